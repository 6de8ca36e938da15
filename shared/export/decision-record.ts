// The decision record: a one-page summary of the workshop for the people who were not in the
// room. buildDecisionRecord gathers its content once (every rule comes from shared/workshop);
// the Markdown and HTML writers only lay it out, so both say the same thing.
import type { Session } from '../session/schema';
import { formatDate, formatDateTime } from '../i18n/dates';
import type { Language } from '../i18n/languages';
import { formatScore } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
import { QUADRANT_ORDER } from '../workshop/quadrant';
import { paretoCurve, paretoText, percentOf } from '../workshop/pareto';
import { rankCandidates, rankingRuleText } from '../workshop/ranking';
import { runnersUp } from '../workshop/runners-up';
import { computeCandidateResults } from '../workshop/scoring';
import { askedAs, questionsBeforeCommitting, readinessAnswers, readinessFlagSentence, readinessFlags } from '../workshop/readiness';
import { chartKey } from '../workshop/label-text';
import { beforeAfter } from '../workshop/comparison-notes';
import type { ComparisonRow } from '../workshop/comparison-rows';
import { followUpHeading, followUpStatusLine, lastTimeSentence } from '../workshop/follow-up-words';
import { backgroundLabel, readinessAnswerLabel } from './labels';
import { decisionRecordSince, type DecisionRecordSince, type ExportComparison } from './comparison-export';

/**
 * The record's section headings in `language`, in order (the title heading comes first and is
 * the session's title). A follow-up has one more section after the room, headed "Follow-up of …"
 * (followUpHeading): what became of the earlier focus. While a comparison is in use, one more
 * section, headed "Since …" (sinceHeading), follows the 80/20: what moved since then, after
 * where the board stands today. Neither is in this list, which holds the sections every record has.
 */
export function decisionRecordSections(language: Language) {
  const t = textsIn(language);
  return {
    goal: t('documents:record.sections.goal'),
    room: t('documents:record.sections.room'),
    chart: t('documents:record.sections.chart'),
    topCandidates: t('documents:record.sections.topCandidates'),
    pareto: t('documents:record.sections.pareto'),
    focus: t('documents:record.sections.focus'),
    beforeCommitting: t('documents:record.sections.beforeCommitting'),
    runnersUp: t('documents:record.sections.runnersUp'),
    withoutMl: t('documents:record.sections.withoutMl'),
  };
}

/** How many ranked candidates the record lists. */
export const DECISION_RECORD_TOP_COUNT = 5;

/** How many candidates up to the 80/20's knee the record lists at most (it is one page; a big board's knee can be far). */
const DECISION_RECORD_PARETO_COUNT = 8;

/** The line under a shortened 80/20 table: how many more candidates lie before the knee. */
export function moreUpToKneeText(more: number, language: Language): string {
  return textsIn(language)('documents:record.moreUpToKnee', { count: more });
}

/** The plain sentences the record uses where something is missing, in `language`. */
export function decisionRecordMissing(language: Language) {
  const t = textsIn(language);
  return {
    title: t('documents:record.untitled'),
    goal: t('documents:missing.goal'),
    goalMetrics: t('documents:missing.goalMetrics'),
    room: t('documents:missing.room'),
    chart: t('documents:missing.recordChart'),
    topCandidates: t('documents:missing.topCandidates'),
    focus: t('documents:missing.focus'),
    rationale: t('documents:missing.rationale'),
    keyMetric: t('documents:missing.keyMetric'),
    measurement: t('documents:missing.measurement'),
    target: t('documents:missing.target'),
    firstVersion: t('documents:missing.firstVersion'),
    readiness: t('documents:missing.readiness'),
    beforeCommitting: t('documents:missing.beforeCommitting'),
    horizon: t('documents:missing.horizon'),
    runnersUp: t('documents:missing.runnersUp'),
    runnerUpReason: t('documents:missing.runnerUpReason'),
    withoutMl: t('documents:missing.withoutMl'),
    nonMlAlternative: t('documents:missing.nonMlAlternative'),
  };
}

interface DecisionRecordTopRow {
  rank: number;
  code: string;
  title: string;
  quadrant: string;
  impact: number;
  complexity: number;
  /** Overall disagreement (spread); undefined when fewer than two people scored. */
  spread: number | undefined;
  dots: number;
}

/** One candidate of the 80/20 up to its knee, with the shares reached once it is done. */
interface DecisionRecordParetoRow {
  rank: number;
  code: string;
  title: string;
  impact: number;
  complexity: number;
  /** Share of the backlog's impact up to this candidate, in whole percent. */
  impactPercent: number;
  /** Share of the backlog's effort up to this candidate, in whole percent. */
  effortPercent: number;
}

interface DecisionRecordFocus {
  code: string;
  title: string;
  /** The quadrant's name; undefined when the focus is not on the matrix. */
  quadrant: string | undefined;
  rationale: string;
  keyMetric: string;
  /** How the key metric will be measured: the focus candidate's own field. */
  measurement: string;
  target: string;
  firstVersion: string;
  /** The focus's readiness checklist, one row per session item (an unanswered item reads Unknown). */
  readiness: { item: string; answer: string; evidence: string; owner: string }[];
  horizon: string;
}

interface DecisionRecordNamed {
  code: string;
  title: string;
}

/** What the readiness checklists say before anyone commits (shared/workshop/readiness.ts). */
interface DecisionRecordBeforeCommitting {
  /** Where the room's complexity and a checklist disagree, in one sentence each. */
  flags: (DecisionRecordNamed & { sentence: string })[];
  /** The quick wins and big bets, in ranking order, with what each must still find out. */
  questions: (DecisionRecordNamed & { quadrant: string; notStarted: boolean; unknown: { question: string; owner: string }[] })[];
}

/** A follow-up's section: its heading, "Last time we chose …", the status and what was learned. */
export interface DecisionRecordFollowUp {
  heading: string;
  sentence: string;
  /** Null when the earlier session had no focus: there was nothing to ask. */
  status: string | null;
  /** What was learned; empty when nothing is written yet, null when nothing was asked. */
  learned: string | null;
}

/** The follow-up section's content in words (follow-up-words.ts), the same in every export, in `language`. */
export function recordFollowUp(session: Pick<Session, 'followUp'>, language: Language): DecisionRecordFollowUp | null {
  const { followUp } = session;
  if (followUp === null) return null;
  const asked = followUp.focus !== null;
  return {
    heading: followUpHeading(followUp.earlier, language),
    sentence: lastTimeSentence(followUp, language),
    status: asked ? followUpStatusLine(followUp, language) : null,
    learned: asked ? followUp.outcome.learned.trim() : null,
  };
}

/** Everything the record says, in reading order; empty strings mean "not written yet". */
export interface DecisionRecord {
  title: string;
  date: string;
  team: string;
  /** When the record was made, in local time as its language writes it (formatDateTime). */
  generatedAt: string;
  goal: string;
  goalMetrics: string[];
  room: { name: string; background: string }[];
  /** One sentence counting the candidates per quadrant, e.g. "12 candidates — Quick wins: 4, Big bets: 4, …". */
  chartSummary: string;
  /** The chart's key: the candidates its picture draws by their code alone, with their whole titles, in code order; then each numbered cluster's members, with its number. */
  chartKey: (DecisionRecordNamed & { cluster?: number })[];
  top: DecisionRecordTopRow[];
  rankingRule: string;
  /** The 80/20 of the backlog (shared/workshop/pareto.ts): its sentence and the candidates up to the knee. */
  pareto: { sentence: string; upToKnee: DecisionRecordParetoRow[]; moreUpToKnee: number };
  /** What became of the earlier session's focus, in a follow-up; else null (and no section). */
  followUp: DecisionRecordFollowUp | null;
  /** What moved since the earlier session, while a comparison is in use; else null (and no section). */
  since: DecisionRecordSince | null;
  focus: DecisionRecordFocus | null;
  beforeCommitting: DecisionRecordBeforeCommitting;
  runnersUp: (DecisionRecordNamed & { reason: string })[];
  withoutMl: (DecisionRecordNamed & { alternative: string })[];
}


function chartSummary(session: Session, ranking: ReturnType<typeof rankCandidates>, language: Language): string {
  const t = textsIn(language);
  const total = session.candidates.length;
  if (total === 0) return t('documents:record.noCandidates');
  const names = session.settings.quadrantNames;
  const quadrants = QUADRANT_ORDER.map((quadrant) => {
    const count = ranking.ranked.filter((row) => row.quadrant === quadrant).length;
    return t('documents:record.quadrantCount', { quadrant: names[quadrant].trim() || quadrant, number: String(count) });
  }).join(', ');
  const extra: string[] = [];
  if (ranking.withoutMl.length > 0) extra.push(t('documents:record.withoutMlCount', { count: ranking.withoutMl.length }));
  if (ranking.unscored.length > 0) extra.push(t('documents:record.notScoredCount', { count: ranking.unscored.length }));
  return extra.length > 0
    ? t('documents:record.chartSummaryMore', { count: total, quadrants, more: extra.join(', ') })
    : t('documents:record.chartSummary', { count: total, quadrants });
}

/**
 * Gathers the record's content from the session (pure; `generatedAt` only stamps it). `coded`
 * names the candidates the chart's picture draws by their code alone, `clusters` the members of
 * each numbered cluster it draws (cluster 1 first); unknown ids are left out. `comparison`, the
 * comparison in use (comparisonForExport), adds the "Since …" section. Written in `language`.
 */
export function buildDecisionRecord(
  session: Session,
  generatedAt: Date,
  coded: readonly string[],
  clusters: readonly (readonly string[])[],
  comparison: ExportComparison | null,
  language: Language,
): DecisionRecord {
  const results = computeCandidateResults(session);
  const ranking = rankCandidates(session, results);
  const names = session.settings.quadrantNames;
  const { decision, frame } = session;
  const byId = new Map(session.candidates.map((candidate) => [candidate.id, candidate]));

  const focusCandidate = decision.focusCandidateId === null ? undefined : byId.get(decision.focusCandidateId);
  let focus: DecisionRecordFocus | null = null;
  if (focusCandidate !== undefined) {
    const quadrant = results.get(focusCandidate.id)?.quadrant;
    focus = {
      code: focusCandidate.code,
      title: focusCandidate.title,
      quadrant: quadrant === undefined ? undefined : names[quadrant],
      rationale: decision.rationale,
      keyMetric: focusCandidate.keyMetric,
      measurement: focusCandidate.measurement,
      target: decision.target,
      firstVersion: decision.firstVersion,
      readiness: readinessAnswers(focusCandidate, session.readinessItems).map((row) => ({
        item: row.item.name.trim(),
        answer: readinessAnswerLabel(row.answer, language),
        evidence: row.evidence.trim(),
        owner: row.owner.trim(),
      })),
      horizon: decision.horizon,
    };
  }

  const pareto = paretoCurve(ranking);
  const reasons = new Map(decision.runnersUp.map((runnerUp) => [runnerUp.candidateId, runnerUp.whyNotNow]));
  const runnerCandidates = runnersUp(session, ranking);

  return {
    title: frame.title.trim(),
    date: formatDate(frame.date, language),
    team: frame.team.trim(),
    generatedAt: formatDateTime(generatedAt, language),
    goal: frame.businessGoal.trim(),
    goalMetrics: frame.goalMetrics.map((metric) => metric.trim()).filter((metric) => metric !== ''),
    room: session.participants.map((participant) => ({ name: participant.name, background: backgroundLabel(participant.background, language) })),
    followUp: recordFollowUp(session, language),
    chartSummary: chartSummary(session, ranking, language),
    chartKey: chartKey(session.candidates, coded, clusters).map(({ code, title, cluster }) => (cluster === undefined ? { code, title } : { code, title, cluster })),
    top: ranking.ranked.slice(0, DECISION_RECORD_TOP_COUNT).map((row) => ({
      rank: row.rank,
      code: row.candidate.code,
      title: row.candidate.title,
      quadrant: names[row.quadrant],
      impact: row.impact,
      complexity: row.complexity,
      spread: row.result.disagreement?.overall,
      dots: row.votes,
    })),
    rankingRule: rankingRuleText(names, language),
    pareto: {
      sentence: paretoText(pareto, language),
      upToKnee: pareto.steps.slice(0, Math.min(pareto.kneeCount, DECISION_RECORD_PARETO_COUNT)).map((step) => ({
        rank: step.rank,
        code: step.candidate.code,
        title: step.candidate.title,
        impact: step.impact,
        complexity: step.complexity,
        impactPercent: percentOf(step.impactShare),
        effortPercent: percentOf(step.effortShare),
      })),
      moreUpToKnee: Math.max(0, pareto.kneeCount - DECISION_RECORD_PARETO_COUNT),
    },
    since: comparison === null ? null : decisionRecordSince(session, comparison, language),
    focus,
    beforeCommitting: {
      flags: [...readinessFlags(session, results)].map(([candidateId, flag]) => {
        const candidate = byId.get(candidateId)!;
        return { code: candidate.code, title: candidate.title, sentence: readinessFlagSentence(flag, language) };
      }),
      questions: questionsBeforeCommitting(session, results).map((entry) => ({
        code: entry.candidate.code,
        title: entry.candidate.title,
        quadrant: names[entry.quadrant],
        notStarted: entry.notStarted,
        unknown: entry.unknown.map((row) => ({ question: askedAs(row.item), owner: row.owner.trim() })),
      })),
    },
    // Without a focus there is nothing to be a runner-up to, unless the room wrote reasons.
    runnersUp: focusCandidate === undefined && decision.runnersUp.length === 0 ? [] : runnerCandidates.map((candidate) => ({
      code: candidate.code,
      title: candidate.title,
      reason: reasons.get(candidate.id)?.trim() ?? '',
    })),
    withoutMl: ranking.withoutMl.map((candidate) => ({ code: candidate.code, title: candidate.title, alternative: candidate.nonMlAlternative.trim() })),
  };
}


/**
 * One row of the "Since …" table as both writers show it (plain text, escaped by each writer):
 * the title with its earlier one when it was renamed; quadrant, rank, impact and complexity as
 * "before → after", or the value alone when it stayed.
 */
export function sinceCells(row: ComparisonRow, language: Language): Record<'code' | 'candidate' | 'quadrant' | 'rank' | 'impact' | 'complexity' | 'why', string> {
  return {
    code: row.code,
    candidate: row.renamedFrom === null ? row.title : textsIn(language)('documents:since.renamed', { title: row.title, earlier: row.renamedFrom }),
    quadrant: beforeAfter(row.quadrantBefore, row.quadrantAfter),
    rank: beforeAfter(row.rankBefore, row.rankAfter),
    impact: beforeAfter(row.impactBefore === null ? null : formatScore(row.impactBefore, language), row.impactAfter === null ? null : formatScore(row.impactAfter, language)),
    complexity: beforeAfter(row.complexityBefore === null ? null : formatScore(row.complexityBefore, language), row.complexityAfter === null ? null : formatScore(row.complexityAfter, language)),
    why: row.why,
  };
}
