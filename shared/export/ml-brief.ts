// The one-page ML brief: what a sponsor reads in two minutes before saying yes to one candidate.
// buildMlBrief gathers its content once (every rule comes from shared/workshop); the Markdown and
// HTML writers only lay it out, so both say the same thing.
//
// One page whatever the room typed: a text field may hold 20,000 characters and a session 30
// readiness items, so each part of the brief has a length budget. A text over its budget is
// shortened at a word and ends in "…", and the brief says so: nothing is cut off unannounced.
// The budgets come in levels, each tighter than the one before; main prints the first level
// that fits on one page (fonts differ between machines, so the page is measured, not guessed).
import { dataAvailabilityLabel, fieldLabel } from '../session/candidate-fields';
import { DATA_AVAILABLE_ITEM, type Candidate, type ReadinessAnswer, type Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { formatDate, formatDateTime } from '../i18n/dates';
import { textsIn } from '../i18n/texts';
import { scoresSealed, sealedExportRefusal } from '../workshop/blind-scoring';
import { rankCandidates, type Ranking } from '../workshop/ranking';
import { askedAs, readinessAnswers, readinessFlag, readinessFlagSentence, suggestedEffort, type ReadinessRow } from '../workshop/readiness';
import { runnersUp } from '../workshop/runners-up';
import { computeCandidateResults } from '../workshop/scoring';
import { recordFollowUp, type DecisionRecordFollowUp } from './decision-record';
import { midSentenceIn } from '../i18n/sentence';
import { backgroundLabel, readinessAnswerLabel } from './labels';

/** The brief's section headings in `language`, in reading order. */
export function mlBriefSections(language: Language) {
  const t = textsIn(language);
  return {
    problem: t('documents:brief.sections.problem'),
    metric: t('documents:brief.sections.metric'),
    withoutMl: t('documents:brief.sections.withoutMl'),
    data: t('documents:brief.sections.data'),
    startSmall: t('documents:brief.sections.startSmall'),
    thinkBig: t('documents:brief.sections.thinkBig'),
    wrongPrediction: t('documents:brief.sections.wrongPrediction'),
    matrix: t('documents:brief.sections.matrix'),
    whyThis: t('documents:brief.sections.whyThis'),
    room: t('documents:brief.sections.room'),
    readiness: t('documents:brief.sections.readiness'),
    openQuestions: t('documents:brief.sections.openQuestions'),
  };
}

/** The plain sentences the brief uses where something is missing, in `language`. */
export function mlBriefMissing(language: Language) {
  const t = textsIn(language);
  return {
    problem: t('documents:missing.problem'),
    owner: t('documents:missing.owner'),
    keyMetric: t('documents:missing.keyMetric'),
    baseline: t('documents:missing.baseline'),
    target: t('documents:missing.target'),
    measurement: t('documents:missing.measurement'),
    withoutMl: t('documents:missing.simplerAlternative'),
    firstVersion: t('documents:missing.firstVersion'),
    horizon: t('documents:missing.horizon'),
    notFocusPlan: t('documents:missing.notFocusPlan'),
    wrongPrediction: t('documents:missing.wrongPrediction'),
    rationale: t('documents:missing.rationale'),
    room: t('documents:missing.room'),
    chart: t('documents:missing.briefChart'),
    readiness: t('documents:missing.readiness'),
    openQuestions: t('documents:missing.openQuestions'),
    noOwner: t('documents:missing.noOwner'),
  };
}

/** Said under the brief when any text was shortened to keep it to one page. */
export function mlBriefShortenedNote(language: Language): string {
  return textsIn(language)('documents:brief.shortened');
}

/** The length budgets of one fit level (characters, or rows for the lists). */
interface BriefBudget {
  title: number;
  longText: number;
  shortText: number;
  evidence: number;
  name: number;
  checklistRows: number;
  questions: number;
  runnersUp: number;
  reason: number;
  people: number;
}

/**
 * From roomy to tight; the last must fit any session on one A4 and one Letter page. The last
 * is for a follow-up filled to every limit: its section about the earlier focus needs the room
 * of a few lines that the level before gives every other text.
 */
export const ML_BRIEF_BUDGETS: readonly BriefBudget[] = [
  { title: 140, longText: 480, shortText: 160, evidence: 110, name: 44, checklistRows: 14, questions: 6, runnersUp: 3, reason: 150, people: 8 },
  { title: 110, longText: 300, shortText: 110, evidence: 70, name: 34, checklistRows: 12, questions: 4, runnersUp: 3, reason: 100, people: 6 },
  { title: 80, longText: 150, shortText: 70, evidence: 50, name: 24, checklistRows: 7, questions: 3, runnersUp: 2, reason: 60, people: 4 },
  { title: 60, longText: 100, shortText: 50, evidence: 36, name: 20, checklistRows: 5, questions: 2, runnersUp: 1, reason: 40, people: 3 },
];

/** The fit level from which the page also sets smaller type and a smaller chart. */
export const ML_BRIEF_COMPACT_LEVEL = 2;

interface BriefChecklistRow {
  item: string;
  /** The answer in words; `status` is the answer itself. */
  answer: string;
  status: ReadinessAnswer;
  evidence: string;
  owner: string;
}

/** Everything the brief says, in reading order; empty strings mean "not written yet". */
export interface MlBrief {
  code: string;
  title: string;
  /** Whether this is the room's focus (the plan fields are the focus's own). */
  isFocus: boolean;
  session: { title: string; date: string; team: string };
  generatedAt: string;
  problem: string;
  /** Who has the problem: the candidate's owner. */
  owner: string;
  metric: { keyMetric: string; baseline: string; target: string; measurement: string };
  withoutMl: string;
  /** The answer on data availability with its evidence, e.g. "Partly — two years of orders". */
  data: string;
  firstVersion: string;
  horizon: string;
  wrongPrediction: string;
  /** Where it sits: quadrant, rank and position; null when it is not on the matrix. */
  matrix: { quadrant: string; rank: number; of: number; impact: number; complexity: number } | null;
  /** The production effort the checklist suggests, beside the room's complexity, and the flag if they disagree. */
  effort: { checklistSays: number | undefined; flag: string | null };
  whyThis: { rationale: string; runnersUp: { code: string; title: string; reason: string }[]; focusElsewhere: string | null };
  room: { people: string[]; more: number };
  /**
   * In a follow-up, what became of the earlier focus: the decision record's words
   * (recordFollowUp), fitted to the page; null in a session that follows up nothing.
   */
  followUp: DecisionRecordFollowUp | null;
  readiness: { rows: BriefChecklistRow[]; others: string | null };
  openQuestions: { question: string; owner: string }[];
  moreQuestions: number;
  /** Some text was shortened to fit the page (the brief says so). */
  shortened: boolean;
}

/** Why a brief cannot be made for this candidate now, in `language`; null when it can. */
export function mlBriefRefusal(session: Session, candidateId: string, language: Language): string | null {
  const sealed = sealedExportRefusal(session, 'mlBrief', language);
  if (sealed !== null) return sealed;
  if (!session.candidates.some((candidate) => candidate.id === candidateId)) {
    return textsIn(language)('documents:brief.candidateGone');
  }
  return null;
}

/**
 * The candidates a brief can be made for, in the order the room weighs them: the ranking, then
 * the unscored, then those better solved without ML.
 */
export function briefCandidates(session: Session): Candidate[] {
  // While the scores are sealed the order would tell them: the session's own order then.
  if (scoresSealed(session)) return [...session.candidates];
  const ranking = rankCandidates(session);
  return [...ranking.ranked.map((row) => row.candidate), ...ranking.unscored, ...ranking.withoutMl];
}

/** The candidate a brief is offered for first: the one asked for, else the focus, else the top of the ranking. */
export function defaultBriefCandidate(session: Session, preferredId: string | null): string | null {
  const ids = new Set(session.candidates.map((candidate) => candidate.id));
  for (const id of [preferredId, session.decision.focusCandidateId]) if (id !== null && ids.has(id)) return id;
  return briefCandidates(session)[0]?.id ?? null;
}

/** Shortens text to a budget at a word boundary, ending in "…"; notes that it did. */
function shortener(): { fit(text: string, budget: number): string; readonly used: boolean } {
  let used = false;
  return {
    fit(text, budget) {
      const whole = text.trim().replace(/\s+/g, ' ');
      if (whole.length <= budget) return whole;
      used = true;
      const cut = whole.slice(0, budget - 1);
      const space = cut.lastIndexOf(' ');
      // A word longer than a fifth of the budget is cut inside rather than dropped whole.
      return `${(space >= budget * 0.8 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
    },
    get used() {
      return used;
    },
  };
}

/** Ends a sentence with a full stop, unless it was shortened (it ends in "…" then). */
function endSentence(text: string): string {
  return text.endsWith('…') ? text : `${text}.`;
}

// Rows the brief names first: what stands in the way, then what is on its way, then what is ready.
const CONCERN = { missing: 0, unknown: 1, partly: 2, ready: 3 } as const;

/** "2 missing": how many of the items the table leaves out have an answer. */
function answerCount(answer: ReadinessAnswer, count: number, language: Language): string {
  const t = textsIn(language);
  switch (answer) {
    case 'missing':
      return t('documents:brief.answerCount.missing', { count });
    case 'unknown':
      return t('documents:brief.answerCount.unknown', { count });
    case 'partly':
      return t('documents:brief.answerCount.partly', { count });
    case 'ready':
      return t('documents:brief.answerCount.ready', { count });
  }
}

function checklist(rows: ReadinessRow[], budget: BriefBudget, fit: (text: string, max: number) => string, language: Language): MlBrief['readiness'] {
  const t = textsIn(language);
  const shown = rows.length <= budget.checklistRows ? rows : [...rows].sort((a, b) => CONCERN[a.answer] - CONCERN[b.answer]).slice(0, budget.checklistRows);
  const rest = rows.filter((row) => !shown.includes(row));
  const others =
    rest.length === 0
      ? null
      : t('documents:brief.alsoItems', {
          counts: (['missing', 'unknown', 'partly', 'ready'] as const)
            .map((answer) => [answer, rest.filter((row) => row.answer === answer).length] as const)
            .filter(([, count]) => count > 0)
            .map(([answer, count]) => answerCount(answer, count, language))
            .join(', '),
          items: endSentence(fit(rest.map((row) => row.item.name.trim()).join(', '), budget.longText)),
        });
  return {
    rows: rows
      .filter((row) => shown.includes(row))
      .map((row) => ({
        item: fit(row.item.name, budget.name),
        answer: readinessAnswerLabel(row.answer, language),
        status: row.answer,
        evidence: fit(row.evidence, budget.evidence),
        owner: fit(row.owner, budget.name),
      })),
    others,
  };
}

function dataSentence(candidate: Candidate, rows: ReadinessRow[], language: Language): string {
  const row = rows.find((each) => each.item.id === DATA_AVAILABLE_ITEM);
  if (row !== undefined) return [readinessAnswerLabel(row.answer, language), row.evidence.trim()].filter((part) => part !== '').join(' — ');
  return dataAvailabilityLabel(candidate.dataAvailability, language);
}

function matrixPlace(ranking: Ranking, candidateId: string, names: Session['settings']['quadrantNames']): MlBrief['matrix'] {
  const row = ranking.ranked.find((each) => each.candidate.id === candidateId);
  if (row === undefined) return null;
  return { quadrant: names[row.quadrant].trim() || row.quadrant, rank: row.rank, of: ranking.ranked.length, impact: row.impact, complexity: row.complexity };
}

/** The follow-up's words as the decision record has them, each fitted to the level's budget. */
function followUpOf(session: Session, fit: (text: string, max: number) => string, budget: BriefBudget, language: Language): MlBrief['followUp'] {
  const words = recordFollowUp(session, language);
  if (words === null) return null;
  return {
    heading: fit(words.heading, budget.title),
    sentence: fit(words.sentence, budget.longText),
    status: words.status,
    learned: words.learned === null ? null : fit(words.learned, budget.reason),
  };
}

/**
 * Gathers the brief of one candidate at a fit level (0 roomiest; see ML_BRIEF_BUDGETS), in
 * `language`. Pure; `generatedAt` only stamps it. Call mlBriefRefusal first: sealed scores make no brief.
 */
export function buildMlBrief(session: Session, candidateId: string, generatedAt: Date, level: number, language: Language): MlBrief {
  const t = textsIn(language);
  const candidate = session.candidates.find((each) => each.id === candidateId);
  if (candidate === undefined) throw new Error(`The candidate ${candidateId} is not in the session.`);
  const budget = ML_BRIEF_BUDGETS[Math.min(Math.max(level, 0), ML_BRIEF_BUDGETS.length - 1)]!;
  const shortening = shortener();
  const fit = shortening.fit;
  const long = (text: string) => fit(text, budget.longText);
  const short = (text: string) => fit(text, budget.shortText);

  const results = computeCandidateResults(session);
  const ranking = rankCandidates(session, results);
  const names = session.settings.quadrantNames;
  const { decision, frame } = session;
  const isFocus = decision.focusCandidateId === candidate.id;
  const rows = readinessAnswers(candidate, session.readinessItems);
  const result = results.get(candidate.id);
  const flag = result === undefined ? undefined : readinessFlag(session, result);
  const focus = decision.focusCandidateId === null ? undefined : session.candidates.find((each) => each.id === decision.focusCandidateId);
  const reasons = new Map(decision.runnersUp.map((runnerUp) => [runnerUp.candidateId, runnerUp.whyNotNow]));
  const unknown = rows.filter((row) => row.answer === 'unknown');
  const people = session.participants.map((participant) => `${participant.name.trim()} (${midSentenceIn(backgroundLabel(participant.background, language), language)})`);

  const brief: Omit<MlBrief, 'shortened'> = {
    code: candidate.code,
    title: fit(candidate.title, budget.title),
    isFocus,
    session: { title: short(frame.title), date: formatDate(frame.date, language), team: short(frame.team) },
    generatedAt: formatDateTime(generatedAt, language),
    problem: long(candidate.problem),
    owner: short(candidate.owner),
    metric: {
      keyMetric: short(candidate.keyMetric),
      baseline: short(candidate.baseline),
      target: isFocus ? short(decision.target) : '',
      measurement: short(candidate.measurement),
    },
    withoutMl: long(candidate.nonMlAlternative),
    data: long(dataSentence(candidate, rows, language)),
    firstVersion: isFocus ? long(decision.firstVersion) : '',
    horizon: isFocus ? long(decision.horizon) : '',
    wrongPrediction: long(candidate.wrongPredictionCost),
    matrix: matrixPlace(ranking, candidate.id, names),
    effort: { checklistSays: suggestedEffort(candidate, session.readinessItems, session.settings.scale), flag: flag === undefined ? null : endSentence(fit(readinessFlagSentence(flag, language), budget.longText / 2)) },
    whyThis: {
      rationale: isFocus ? long(decision.rationale) : '',
      runnersUp: isFocus
        ? runnersUp(session, ranking)
            .slice(0, budget.runnersUp)
            .map((runner) => ({ code: runner.code, title: fit(runner.title, budget.name * 2), reason: fit(reasons.get(runner.id) ?? '', budget.reason) }))
        : [],
      focusElsewhere: isFocus
        ? null
        : focus === undefined
          ? t('documents:brief.noFocusYet')
          : t('documents:brief.focusIs', { candidate: [focus.code, fit(focus.title, budget.name * 2)].filter((part) => part !== '').join(' · ') }),
    },
    room: { people: people.slice(0, budget.people).map((person) => fit(person, budget.name * 2)), more: Math.max(0, people.length - budget.people) },
    followUp: followUpOf(session, fit, budget, language),
    readiness: checklist(rows, budget, fit, language),
    openQuestions: unknown.slice(0, budget.questions).map((row) => ({ question: fit(askedAs(row.item), budget.shortText), owner: fit(row.owner, budget.name) })),
    moreQuestions: Math.max(0, unknown.length - budget.questions),
  };
  return { ...brief, shortened: shortening.used };
}

/** The workshop a brief's candidate belongs to, as the line under its title says it (`workshop`: its title, maybe escaped; empty when it has none). */
export function briefContext(brief: Pick<MlBrief, 'isFocus'>, workshop: string, language: Language): string {
  const t = textsIn(language);
  if (workshop === '') return t(brief.isFocus ? 'documents:brief.focusOfUntitled' : 'documents:brief.candidateOfUntitled');
  return t(brief.isFocus ? 'documents:brief.focusOf' : 'documents:brief.candidateOf', { workshop });
}

/** The label of a candidate field as the brief names it in `language` (the field table's words). */
export function mlBriefFieldLabels(language: Language) {
  const t = textsIn(language);
  return {
    owner: t('documents:brief.whoHasIt'),
    keyMetric: fieldLabel('keyMetric', language),
    baseline: fieldLabel('baseline', language),
    target: t('documents:record.target'),
    measurement: fieldLabel('measurement', language),
  };
}
