// The readiness checklist: "start with the end in mind", so production constraints count toward
// complexity from the first minute, not after the proof of concept.
//
// Rules (each pinned by tests/unit/shared/workshop-readiness.test.ts):
// - Every session item gets one answer per candidate; no entry means unknown. The item
//   `data-available` without a known answer in the checklist takes the candidate's quick "Data
//   available" field (yes → ready, partly, no → missing): both answer one question.
// - A started checklist suggests a production effort on the scale: 1 + (scale − 1) × the mean
//   effort of the answers (ready 0, partly ½, missing and unknown 1), to one decimal.
// - The candidate is flagged when the room's complexity (its point on the matrix, the room's
//   placement included) and the suggestion differ by a quarter of the scale or more.
// - Before committing, the quick wins and big bets are asked, in ranking order.
// The room decides: nothing here changes a score. Nothing is flagged or asked while the scores
// are sealed, nor for candidates better solved without ML (no model goes into production).
import type { Language } from '../i18n/languages';
import { formatNumber } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
import { DATA_AVAILABLE_ITEM, READINESS_OF_DATA_AVAILABILITY, type Candidate, type Quadrant, type ReadinessAnswer, type ReadinessItem, type Session, type Settings } from '../session/schema';
import { isBetterWithoutMl, rankCandidates, type RankedCandidate } from './ranking';
import { scoresSealed } from './blind-scoring';
import { computeCandidateResults, type CandidateResult } from './scoring';
import { midSentenceIn } from '../i18n/sentence';
import { tidyNumber } from './statistics';

/** One item of a candidate's checklist as the views show it; `answered` = the answer is known. */
export interface ReadinessRow {
  item: ReadinessItem;
  answer: ReadinessAnswer;
  evidence: string;
  owner: string;
  answered: boolean;
  /** The answer comes from the quick "Data available" field, not from the checklist. */
  fromDataAvailable: boolean;
}

/** Whether a row asks for an owner it has not got: someone to find out (unknown) or to make it ready (missing). */
export function ownerWanted(row: Pick<ReadinessRow, 'answer' | 'owner'>): boolean {
  return (row.answer === 'missing' || row.answer === 'unknown') && row.owner.trim() === '';
}

/** The words an item is asked in: its question, or its name where it has none. */
export function askedAs(item: ReadinessItem): string {
  return (item.question.trim() || item.name).trim();
}

/**
 * The key that gives an answer while an item's answers have focus: the initial of its word
 * (Ready, Partly, Missing, Unknown), so the checklist can be filled without leaving the keys.
 */
export const READINESS_ANSWER_KEYS: Readonly<Record<ReadinessAnswer, string>> = { ready: 'R', partly: 'P', missing: 'M', unknown: 'U' };

const ANSWER_OF_KEY = new Map(Object.entries(READINESS_ANSWER_KEYS).map(([answer, key]) => [key, answer as ReadinessAnswer]));

/** The answer a key stands for, in either case (a key event's `key`), or undefined. */
export function readinessAnswerOfKey(key: string): ReadinessAnswer | undefined {
  return ANSWER_OF_KEY.get(key.toUpperCase());
}

/** The work an answer stands for: what is not known to be ready is work, never ready. */
export const READINESS_EFFORT: Readonly<Record<ReadinessAnswer, number>> = { ready: 0, partly: 0.5, missing: 1, unknown: 1 };

/** How many reasons a flag's sentence names before "and N more" (the rest are in `reasons`). */
export const READINESS_REASONS_NAMED = 3;

type Checklist = Pick<Candidate, 'readiness' | 'dataAvailability'>;
type Scale = Settings['scale'];

/** The candidate's answer on every session item, in the items' order; a removed item's entry is ignored. */
export function readinessAnswers(candidate: Checklist, items: readonly ReadinessItem[]): ReadinessRow[] {
  // A duplicated entry keeps the last one in the file, as scores do.
  const entries = new Map(candidate.readiness.map((entry) => [entry.itemId, entry]));
  return items.map((item) => {
    const entry = entries.get(item.id);
    const row = { item, answer: entry?.answer ?? 'unknown', evidence: entry?.evidence ?? '', owner: entry?.owner ?? '', fromDataAvailable: false };
    if (item.id === DATA_AVAILABLE_ITEM && row.answer === 'unknown' && candidate.dataAvailability !== 'unknown') {
      row.answer = READINESS_OF_DATA_AVAILABILITY[candidate.dataAvailability];
      row.fromDataAvailable = true;
    }
    return { ...row, answered: row.answer !== 'unknown' };
  });
}

/**
 * Whether the room has worked on the checklist: an entry with a known answer, evidence or an
 * owner. The quick "Data available" field alone does not count, or every candidate marked
 * "Data available: yes" would get a suggestion from one answer.
 */
export function checklistStarted(candidate: Pick<Candidate, 'readiness'>, items: readonly ReadinessItem[]): boolean {
  const ids = new Set(items.map((item) => item.id));
  return candidate.readiness.some(
    (entry) => ids.has(entry.itemId) && (entry.answer !== 'unknown' || entry.evidence.trim() !== '' || entry.owner.trim() !== ''),
  );
}

function toTenth(value: number): number {
  return Math.round(tidyNumber(value * 10)) / 10;
}

/** The production effort the checklist suggests on the session's scale; undefined until it is started. */
export function suggestedEffort(candidate: Checklist, items: readonly ReadinessItem[], scale: Scale): number | undefined {
  // An empty item list is never started, so the mean below always has rows.
  if (!checklistStarted(candidate, items)) return undefined;
  const rows = readinessAnswers(candidate, items);
  const effort = rows.reduce((sum, row) => sum + READINESS_EFFORT[row.answer], 0) / rows.length;
  return toTenth(1 + (scale - 1) * effort);
}

/** Why the room and the checklist disagree on a candidate's complexity (readinessFlagSentence says it in words). */
export interface ReadinessFlag {
  roomSays: number;
  checklistSays: number;
  /** 'more': the checklist sees more work than the room; 'less': less. */
  checklistSees: 'more' | 'less';
  reasons: { item: ReadinessItem; answer: ReadinessAnswer }[];
}

/** The gap that flags: a quarter of the scale (1.25 on 1–5, 2.5 on 1–10), well beyond rounding. */
export function readinessFlagGap(scale: Scale): number {
  return scale / 4;
}

function reasonsFor(rows: readonly ReadinessRow[], checklistSees: 'more' | 'less'): ReadinessFlag['reasons'] {
  // More work: what is missing, then unknown; less work: what is ready. Partly ready items
  // explain the gap only when nothing else does (a checklist answered "partly" throughout).
  // A flag always has a reason: a checklist that sees more than the room's complexity (at
  // least 1) has some effort, so an item not ready; one that sees less than the room (at most
  // the scale) has an item not missing or unknown.
  const [first, then] = checklistSees === 'more' ? [['missing', 'unknown'], ['partly']] : [['ready'], ['partly']];
  const pick = (answers: readonly string[]) => answers.flatMap((answer) => rows.filter((row) => row.answer === answer)).map(({ item, answer }) => ({ item, answer }));
  const reasons = pick(first!);
  return reasons.length > 0 ? reasons : pick(then!);
}

/** The flag on one candidate, or undefined when the room and its checklist roughly agree. */
export function readinessFlag(session: Pick<Session, 'settings' | 'readinessItems'>, result: CandidateResult): ReadinessFlag | undefined {
  const { candidate, position } = result;
  if (scoresSealed(session) || isBetterWithoutMl(candidate) || position.source === 'none') return undefined;
  const { scale } = session.settings;
  const checklistSays = suggestedEffort(candidate, session.readinessItems, scale);
  if (checklistSays === undefined) return undefined;
  const roomSays = position.complexity;
  if (tidyNumber(Math.abs(roomSays - checklistSays)) < readinessFlagGap(scale)) return undefined;
  // Stryker disable next-line EqualityOperator: a flag needs a gap of a quarter of the scale, so the two are never equal here.
  const checklistSees = checklistSays > roomSays ? 'more' : 'less';
  const reasons = reasonsFor(readinessAnswers(candidate, session.readinessItems), checklistSees);
  return { roomSays, checklistSays, checklistSees, reasons };
}

/**
 * A flag in one sentence, without its full stop: "The room says 2; the checklist says 5: data
 * quality and labels missing, access rights unknown", naming READINESS_REASONS_NAMED reasons at most.
 */
export function readinessFlagSentence(flag: Pick<ReadinessFlag, 'roomSays' | 'checklistSays' | 'reasons'>, language: Language): string {
  const t = textsIn(language);
  // Item names hold "and" themselves ("Data quality and labels"), so each names its own answer.
  const named = flag.reasons.slice(0, READINESS_REASONS_NAMED).map((r) => t(`rules:readiness.reason.${r.answer}`, { item: midSentenceIn(r.item.name.trim(), language) }));
  const more = flag.reasons.length - named.length;
  const says = { room: formatNumber(toTenth(flag.roomSays), language), checklist: formatNumber(flag.checklistSays, language), reasons: named.join(', ') } as const;
  return more > 0 ? t('rules:readiness.flagAndMore', { ...says, count: more }) : t('rules:readiness.flag', says);
}

/** Every flagged candidate's flag, by candidate id in session order. */
export function readinessFlags(session: Session, results: ReadonlyMap<string, CandidateResult> = computeCandidateResults(session)): Map<string, ReadinessFlag> {
  const flags = new Map<string, ReadinessFlag>();
  for (const result of results.values()) {
    const flag = readinessFlag(session, result);
    if (flag !== undefined) flags.set(result.candidate.id, flag);
  }
  return flags;
}

/** What a quick win or big bet still has to find out: its unknown rows, or that its checklist has not been started. */
export interface QuestionsFor {
  candidate: Candidate;
  quadrant: Quadrant;
  notStarted: boolean;
  /** The unknown rows with their evidence so far and owner ('' = no owner yet); empty when not started. */
  unknown: ReadinessRow[];
}

/**
 * The candidates whose readiness counts before committing: the quick wins and big bets, in
 * ranking order, however far their checklists are filled. None while the scores are sealed
 * (the quadrants would tell them), nor with an empty item list (the room chose to check nothing).
 */
export function candidatesBeforeCommitting(session: Session, results: ReadonlyMap<string, CandidateResult> = computeCandidateResults(session)): RankedCandidate[] {
  if (scoresSealed(session) || session.readinessItems.length === 0) return [];
  return rankCandidates(session, results).ranked.filter(({ quadrant }) => quadrant === 'quick-wins' || quadrant === 'big-bets');
}

/** "Questions to answer before committing": each of candidatesBeforeCommitting with what it still does not know. */
export function questionsBeforeCommitting(session: Session, results: ReadonlyMap<string, CandidateResult> = computeCandidateResults(session)): QuestionsFor[] {
  const questions: QuestionsFor[] = [];
  for (const { candidate, quadrant } of candidatesBeforeCommitting(session, results)) {
    if (!checklistStarted(candidate, session.readinessItems)) {
      questions.push({ candidate, quadrant, notStarted: true, unknown: [] });
      continue;
    }
    const unknown = readinessAnswers(candidate, session.readinessItems).filter((row) => row.answer === 'unknown');
    if (unknown.length > 0) questions.push({ candidate, quadrant, notStarted: false, unknown });
  }
  return questions;
}
