import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import { defaultReadinessItems, defaultSettings, emptyDecision } from './defaults';
import { placeOf, quoteText } from './problem-words';
import { DATA_AVAILABLE_ITEM, LIMITS, READINESS_OF_DATA_AVAILABILITY, SESSION_VERSION } from './schema';

export interface MigrationStep {
  from: number;
  to: number;
  /** What changed, for the people reading the code and the chain check (not shown to users). */
  title: string;
  /**
   * The step only adds and removes fields, so a problem in what it returns is where the file's
   * text has it, and the message can give its line.
   */
  keepsPaths?: true;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * A step found data it cannot carry forward; `words` say where, in the language asked for (the
 * message is the English, for the log).
 */
export class MigrationError extends Error {
  // Stryker disable next-line StringLiteral: parseSession catches it by its class and shows only its words.
  override name = 'MigrationError';

  constructor(readonly words: (language: Language) => string) {
    super(words('en'));
  }
}

export const OLDEST_SESSION_VERSION = 0;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/*
 * Version 0 is the pre-release format written by the prototype used in the pilot workshops:
 *
 *   { format, version: 0, id, createdAt, savedAt,
 *     title, team, date, goal,                    -> frame.{title, team, date, businessGoal}
 *     scale,                                      -> settings.scale (the only setting it had)
 *     participants: [{ id, name, background }],
 *     criteria: [{ id, axis, name, weight }],
 *     candidates: [{ id, title, problem, owner, keyMetric, dataAvailability,
 *                    nonMlAlternative, tags, notes, createdAt?,
 *                    scores: { [participantId]: { [criterionId]: value } } }] }
 *
 * It had no goal metrics, criterion descriptions, candidate codes, baseline, "better
 * without ML", cost of a wrong prediction, status, overrides, consensus scores, votes, blind
 * scoring or decision; those get the defaults a new session has. Fields version 0 did have
 * are carried over as they are, so the schema check reports anything wrong in them.
 */
function flattenScores(data: Json, candidates: unknown[]): Json[] {
  const scores: Json[] = [];
  candidates.forEach((candidate, index) => {
    if (!isRecord(candidate) || candidate.scores === undefined) return;
    const byParticipant = candidate.scores;
    const owner = (language: Language) => placeOf(['candidates', index], data, language).owner;
    if (!isRecord(byParticipant)) {
      throw new MigrationError((language) => textsIn(language)('files:upgrade.scoresNotByParticipant', { owner: owner(language) }));
    }
    for (const participantId of Object.keys(byParticipant)) {
      const byCriterion = byParticipant[participantId];
      if (!isRecord(byCriterion)) {
        throw new MigrationError((language) =>
          textsIn(language)('files:upgrade.scoresNotByCriterion', { owner: owner(language), participant: quoteText(participantId, language) }),
        );
      }
      for (const criterionId of Object.keys(byCriterion)) {
        scores.push({ participantId, candidateId: candidate.id, criterionId, value: byCriterion[criterionId] });
      }
    }
  });
  return scores;
}

function migrateCandidateV0(candidate: unknown, index: number, sessionCreatedAt: unknown): unknown {
  if (!isRecord(candidate)) return candidate;
  const rest = { ...candidate };
  delete rest.scores;
  return {
    ...rest,
    code: `C${index + 1}`,
    baseline: '',
    betterWithoutMl: false,
    wrongPredictionCost: '',
    status: 'open',
    override: null,
    createdAt: candidate.createdAt ?? sessionCreatedAt,
  };
}

function migrateV0toV1(data: Json): Json {
  const { title, team, date, goal, scale, savedAt, participants, criteria, candidates, ...rest } = data;
  // Stryker disable next-line ArrayDeclaration: anything but a list of candidates gives no scores.
  const candidateList = Array.isArray(candidates) ? candidates : [];
  const scores = flattenScores(data, candidateList);
  // Version 0 showed every score as it was typed, so nothing is hidden after the upgrade. An old
  // file knows no language, and Pickwise spoke English when it was written: its new axis labels
  // and quadrant names are the English defaults, as a new session then had them.
  const settings = { ...defaultSettings('en', scale === 10 ? 10 : 5), scale, revealed: scores.length > 0 };
  return {
    ...rest,
    updatedAt: savedAt,
    frame: { title, date, team, businessGoal: goal, goalMetrics: [] },
    participants: Array.isArray(participants)
      ? participants.map((p) => (isRecord(p) ? { ...p, scoringDone: false } : p))
      : participants,
    criteria: Array.isArray(criteria)
      ? criteria.map((c) => (isRecord(c) ? { ...c, description: '' } : c))
      : criteria,
    candidates: Array.isArray(candidates)
      ? candidates.map((c, i) => migrateCandidateV0(c, i, data.createdAt))
      : candidates,
    scores,
    consensusScores: [],
    votes: [],
    settings,
    decision: emptyDecision(),
  };
}

/*
 * Version 1 had no readiness checklist: only the focus had a row of "production constraints
 * checked" (decision.constraintsChecked). Version 2 gives every candidate a checklist against the
 * session's readiness items; a constraint ticked on the focus becomes an entry on the matching
 * item with evidence saying where it came from, so nothing the room recorded is lost and nothing
 * is claimed that it did not say (see answersOf). Every candidate also gets "How it is
 * measured" (measurement), empty: version 1 had nowhere to say it. Version 2 also stores scores
 * as tables (score-table.ts); steps work on the unpacked form, so this one leaves the score
 * lists alone.
 */
const CONSTRAINT_ITEMS: Readonly<Record<string, string>> = {
  'data-availability': 'data-available',
  infrastructure: 'infrastructure',
  scaling: 'scaling',
  availability: 'availability',
  'data-security': 'security',
  integration: 'compatibility',
  reproducibility: 'reproducibility',
  'know-how': 'know-how',
};
const CHECKED_EVIDENCE = 'Ticked as checked on the focus in an earlier Pickwise; how ready it was is not recorded.';

function checkedItems(decision: Json): string[] {
  const checked = decision.constraintsChecked;
  if (checked === undefined) return [];
  if (!Array.isArray(checked)) throw new MigrationError((language) => textsIn(language)('files:upgrade.constraintsNotAList'));
  return checked.map((constraint, i) => {
    const item = typeof constraint === 'string' && Object.hasOwn(CONSTRAINT_ITEMS, constraint) ? CONSTRAINT_ITEMS[constraint] : undefined;
    if (item === undefined) {
      throw new MigrationError((language) => textsIn(language)('files:upgrade.unknownConstraint', { n: String(i + 1), value: quoteValue(constraint, language) }));
    }
    return item;
  });
}

/** The data-available answer a candidate's "Data available" field gives; unknown for anything else, which the schema then reports. */
function answerOfField(value: unknown): string {
  return typeof value === 'string' && Object.hasOwn(READINESS_OF_DATA_AVAILABILITY, value) ? READINESS_OF_DATA_AVAILABILITY[value as keyof typeof READINESS_OF_DATA_AVAILABILITY] : 'unknown';
}

function quoteValue(value: unknown, language: Language): string {
  return typeof value === 'string' ? quoteText(value, language) : JSON.stringify(value) ?? String(value);
}

function migrateV1toV2(v1: Json): Json {
  const data = moveDecisionKeyMetric(v1);
  // In English, as the settings of a version 0 file: an old file knows no language, and its
  // room worked with Pickwise's English words.
  const items = defaultReadinessItems('en');
  // Stryker disable next-line ObjectLiteral: a decision that is not an object is kept as it is below; this stand-in only gives it no focus.
  const { constraintsChecked: _dropped, ...decision } = isRecord(data.decision) ? data.decision : { constraintsChecked: undefined };
  // Stryker disable next-line ArrayDeclaration: a decision that is not an object has no rationale to take a note.
  const checked = isRecord(data.decision) ? checkedItems(data.decision) : [];
  const focusId = decision.focusCandidateId;
  // "Checked" said the room looked at it, not how ready it was: unknown, but for the data,
  // whose answer the candidate's own "Data available" field gives.
  const answersOf = (candidate: Json) =>
    items
      .filter((item) => checked.includes(item.id))
      .map((item) => ({ itemId: item.id, answer: item.id === DATA_AVAILABLE_ITEM ? answerOfField(candidate.dataAvailability) : 'unknown', evidence: CHECKED_EVIDENCE, owner: '' }));
  let focusFound = false;
  const candidates = Array.isArray(data.candidates)
    ? data.candidates.map((candidate) => {
        if (!isRecord(candidate)) return candidate;
        const isFocus = focusId !== null && candidate.id === focusId;
        focusFound ||= isFocus;
        return { ...candidate, measurement: '', readiness: isFocus ? answersOf(candidate) : [] };
      })
    : data.candidates;
  let migratedDecision: unknown = isRecord(data.decision) ? decision : data.decision;
  if (!focusFound && checked.length > 0) {
    // Ticked with no focus to carry them: kept in the rationale, as the key metric is.
    const names = items.filter((item) => checked.includes(item.id)).map((item) => item.name.toLowerCase());
    const rationale = withNote(decision.rationale, `Production constraints checked: ${names.join(', ')}`);
    if (rationale !== null) migratedDecision = { ...decision, rationale };
  }
  return { ...data, readinessItems: items, candidates, decision: migratedDecision };
}

/*
 * Version 3 adds `followUp`: the session a follow-up starts from and what became of its focus
 * (shared/session/follow-up.ts). No earlier file was a follow-up, so each says so with null.
 */
function migrateV2toV3(data: Json): Json {
  return { ...data, followUp: null };
}

/*
 * Version 4 adds `settings.language`: the language the session's exports are written in. No
 * earlier file chose one, so each says so with null, and its exports follow the interface's
 * language as they did.
 */
function migrateV3toV4(data: Json): Json {
  // A settings section that is not an object is kept as it is, for the schema check to report.
  return isRecord(data.settings) ? { ...data, settings: { ...data.settings, language: null } } : data;
}

/** Oldest first; each step takes a file from `from` to `to`. */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 0,
    to: 1,
    // Stryker disable next-line StringLiteral: read only in the chain check's messages, which a sound chain never gives.
    title: 'frame, flat score list, settings and decision',
    migrate: migrateV0toV1,
  },
  {
    from: 1,
    to: 2,
    // Stryker disable next-line StringLiteral: read only in the chain check's messages, which a sound chain never gives.
    title: 'readiness checklists, how the key metric is measured, the focus key metric on the candidate, score tables',
    keepsPaths: true,
    migrate: migrateV1toV2,
  },
  {
    from: 2,
    to: 3,
    // Stryker disable next-line StringLiteral: read only in the chain check's messages, which a sound chain never gives.
    title: 'the link of a follow-up to its earlier session',
    keepsPaths: true,
    migrate: migrateV2toV3,
  },
  {
    from: 3,
    to: 4,
    // Stryker disable next-line StringLiteral: read only in the chain check's messages, which a sound chain never gives.
    title: 'the language of the session’s exports',
    keepsPaths: true,
    migrate: migrateV3toV4,
  },
];

/** Whether every step from `fromVersion` on keeps paths (see MigrationStep.keepsPaths). */
export function stepsKeepPaths(fromVersion: number, steps: readonly MigrationStep[] = MIGRATIONS): boolean {
  return steps.filter((step) => step.from >= fromVersion).every((step) => step.keepsPaths === true);
}

/** Empty when the steps lead without gaps from the oldest version to the current one. */
export function migrationChainProblems(
  steps: readonly MigrationStep[] = MIGRATIONS,
  oldest: number = OLDEST_SESSION_VERSION,
  current: number = SESSION_VERSION,
): string[] {
  const problems: string[] = [];
  let expected = oldest;
  for (const step of steps) {
    if (step.from !== expected) problems.push(`step "${step.title}" starts at ${step.from}, expected ${expected}`);
    if (step.to <= step.from) problems.push(`step "${step.title}" goes from ${step.from} back to ${step.to}`);
    expected = step.to;
  }
  if (expected !== current) problems.push(`the steps end at version ${expected}, not at ${current}`);
  return problems;
}

/**
 * Runs every step from `fromVersion` up to the current version. Data a step cannot carry
 * forward throws MigrationError, whose message is for a person; anything else a step throws
 * is a bug and goes through untouched, so it is never shown as if it were about the file.
 */
export function migrateToCurrent(data: Json, fromVersion: number, steps: readonly MigrationStep[] = MIGRATIONS): Json {
  let version = fromVersion;
  let current = data;
  while (version < SESSION_VERSION) {
    const step = steps.find((s) => s.from === version);
    if (!step) {
      const from = String(version);
      throw new MigrationError((language) => textsIn(language)('files:upgrade.noStep', { version: from }));
    }
    try {
      current = { ...step.migrate(current), version: step.to };
    } catch (error) {
      if (!(error instanceof MigrationError)) throw error;
      const values = { from: String(step.from), to: String(step.to) };
      throw new MigrationError((language) => textsIn(language)('files:upgrade.inStep', { ...values, why: error.words(language) }));
    }
    version = step.to;
  }
  return current;
}

/** `text` with `note` added as a paragraph, or null when the result would not fit in a long text field. */
function withNote(text: unknown, note: string): string | null {
  if (typeof text !== 'string') return null;
  const joined = text.trim() === '' ? note : `${text}\n\n${note}`;
  return joined.length <= LIMITS.longText ? joined : null;
}

/**
 * Version 1 files written before the focus's key metric became the focus candidate's own carry
 * it in `decision.keyMetric`. No new version for that (the decision record, CSV and warnings
 * read the candidate's), so every file passes through here after its migrations, and the
 * value moves onto the focus candidate with nothing lost:
 *
 * - the candidate has no key metric, or the same one: the decision's becomes its key metric;
 * - it has another one: the decision's wins (it is what the decision record showed), and the
 *   candidate's own is kept in its notes ("Key metric before the decision: …");
 * - there is no focus candidate: the metric is kept in the decision's rationale
 *   ("Key metric: …"), which the Decide view shows again once a focus is chosen.
 *
 * A note goes to the rationale when the candidate's notes are full, and to the notes when the
 * rationale is; only when both are full (20,000 characters each) is the older text dropped.
 * Anything that is not a session is returned untouched for the schema check to report.
 */
export function moveDecisionKeyMetric(data: Json): Json {
  const decision = data.decision;
  if (!isRecord(decision) || !Object.hasOwn(decision, 'keyMetric')) return data;
  const { keyMetric, ...rest } = decision;
  const moved: Json = { ...data, decision: rest };
  if (typeof keyMetric !== 'string' || keyMetric.trim() === '') return moved;

  // Stryker disable next-line ArrayDeclaration: a list of anything but candidates holds no focus.
  const candidates = Array.isArray(data.candidates) ? data.candidates : [];
  const index = candidates.findIndex((candidate) => isRecord(candidate) && candidate.id === rest.focusCandidateId);
  const keepInRationale = (note: string) => {
    const rationale = withNote(rest.rationale, note);
    if (rationale !== null) moved.decision = { ...rest, rationale };
  };
  if (index < 0) {
    keepInRationale(`Key metric: ${keyMetric}`);
    return moved;
  }
  const focus = candidates[index] as Json;
  const own = focus.keyMetric;
  const updated: Json = { ...focus, keyMetric };
  if (typeof own === 'string' && own.trim() !== '' && own.trim() !== keyMetric.trim()) {
    const note = `Key metric before the decision: ${own}`;
    const notes = withNote(focus.notes, note);
    if (notes !== null) updated.notes = notes;
    else keepInRationale(note);
  }
  moved.candidates = candidates.map((candidate, i) => (i === index ? updated : candidate));
  return moved;
}
