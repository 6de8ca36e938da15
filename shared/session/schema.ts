import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

// Zod compiles validators with `new Function` unless told not to; the renderer's Content
// Security Policy forbids that (no 'unsafe-eval'), so every process runs it jitless.
z.config({ jitless: true });

/** The version this build writes. Older files are migrated up to it on load. */
export const SESSION_FORMAT = 'pickwise-session' as const;
export const SESSION_VERSION = 4 as const;

// Limits that keep a hostile file from exhausting memory in the validator or in the UI.
export const LIMITS = {
  shortText: 200,
  longText: 20_000,
  participants: 50,
  criteria: 40,
  candidates: 20_000,
  scores: 2_000_000,
  tags: 30,
  readinessItems: 30,
} as const;

// Bounds on sizes carry no message of their own: a message words every bound from its number
// (issueSentence in issue-message.ts), so one given here would never be read.
// The rules' own messages: a person reads them in the words of the files namespace
// (`files:expected.*`, by these same keys); issue-message.ts knows a rule by its message.
export const SCHEMA_MESSAGES = {
  id: 'expected an id made of letters, digits, - or _',
  timestamp: 'expected a date and time such as 2026-11-26T09:00:00Z (ISO 8601)',
  date: 'expected a date as YYYY-MM-DD, or empty text',
  scale: 'expected a scale of 5 or 10',
} as const;
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, SCHEMA_MESSAGES.id);
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const isoTimestamp = z.iso.datetime({ offset: true, message: SCHEMA_MESSAGES.timestamp });
// Zod reports the date branch's issue when the input is text, the union's otherwise.
const isoDate = z.union([z.literal(''), z.iso.date({ message: SCHEMA_MESSAGES.date })], { message: SCHEMA_MESSAGES.date });
const weight = z.number().min(0).max(100);

export const backgroundSchema = z.enum(['business', 'technical', 'domain', 'data']);
export const axisSchema = z.enum(['impact', 'complexity']);
export const dataAvailabilitySchema = z.enum(['unknown', 'yes', 'partly', 'no']);
export const candidateStatusSchema = z.enum(['open', 'shortlisted', 'focus', 'parked', 'non-ml']);
/** How ready a candidate is on one readiness item; an item with no answer counts as unknown. */
export const readinessAnswerSchema = z.enum(['ready', 'partly', 'missing', 'unknown']);
const scoringModeSchema = z.enum(['blind', 'consensus']);
const aggregationSchema = z.enum(['mean', 'median']);

const frameSchema = z.object({
  title: shortText,
  date: isoDate,
  team: shortText,
  businessGoal: longText,
  goalMetrics: z.array(shortText).max(LIMITS.tags),
});

const participantSchema = z.object({
  id,
  name: shortText.min(1),
  background: backgroundSchema,
  /** Set when the participant has finished their blind-scoring turn. */
  scoringDone: z.boolean(),
});

const criterionSchema = z.object({
  id,
  axis: axisSchema,
  name: shortText.min(1),
  description: longText,
  weight,
});

/** One production constraint the room checks every candidate against, e.g. "Data quality and labels". */
const readinessItemSchema = z.object({
  id,
  name: shortText.min(1),
  /** The one-line question the room answers for each candidate. */
  question: shortText,
});

/** A candidate's answer on one readiness item: how ready, the evidence, who finds out. */
const readinessEntrySchema = z.object({
  itemId: id,
  answer: readinessAnswerSchema,
  evidence: shortText,
  /** Who answers it or makes it ready (asked for when the answer is missing or unknown). */
  owner: shortText,
});

/** A point placed by the room on the matrix; the participants' scores stay untouched. */
const overrideSchema = z.object({ impact: z.number(), complexity: z.number() });

const candidateSchema = z.object({
  id,
  /** Short code shown on the chart, e.g. "C7". */
  code: z.string().max(12),
  title: shortText.min(1),
  problem: longText,
  owner: shortText,
  keyMetric: shortText,
  baseline: shortText,
  /** How the key metric will be measured: the report, the query, the sensor. */
  measurement: shortText,
  dataAvailability: dataAvailabilitySchema,
  nonMlAlternative: longText,
  /** The room judged a simpler approach (SQL, rules, a report) does the job. */
  betterWithoutMl: z.boolean(),
  wrongPredictionCost: longText,
  tags: z.array(shortText.min(1)).max(LIMITS.tags),
  notes: longText,
  /** Answers to the session's readiness items, in the items' order; an item not here is unknown. */
  readiness: z.array(readinessEntrySchema).max(LIMITS.readinessItems),
  status: candidateStatusSchema,
  override: overrideSchema.nullable(),
  createdAt: isoTimestamp,
});

const scoreSchema = z.object({
  participantId: id,
  candidateId: id,
  criterionId: id,
  value: z.number().int(),
});

const consensusScoreSchema = z.object({
  candidateId: id,
  criterionId: id,
  value: z.number().int(),
});

const voteSchema = z.object({
  participantId: id,
  candidateId: id,
  dots: z.number().int().min(1).max(100),
});

const settingsSchema = z.object({
  scale: z.union([z.literal(5), z.literal(10)], { message: SCHEMA_MESSAGES.scale }),
  thresholds: z.object({ impact: z.number(), complexity: z.number() }),
  axisLabels: z.object({ impact: shortText, complexity: shortText }),
  quadrantNames: z.object({
    'quick-wins': shortText,
    'big-bets': shortText,
    'fill-ins': shortText,
    'money-pits': shortText,
  }),
  scoringMode: scoringModeSchema,
  aggregation: aggregationSchema,
  /** Business people score only impact, technical people only complexity. */
  scoreByBackground: z.boolean(),
  revealed: z.boolean(),
  dotsPerParticipant: z.number().int().min(0).max(20),
  brainstormMinutes: z.number().int().min(1).max(240),
  /**
   * The language the session's exports are written in (from version 4); null when none was
   * chosen, and the exports follow the interface's language. Only Pickwise's own words follow
   * it: the session's content is never translated.
   */
  language: z.enum(LANGUAGES).nullable(),
});

/** The focus and its plan. The focus's key metric is the focus candidate's own `keyMetric`. */
const decisionSchema = z.object({
  focusCandidateId: id.nullable(),
  rationale: longText,
  target: shortText,
  firstVersion: longText,
  horizon: longText,
  runnersUp: z.array(z.object({ candidateId: id, whyNotNow: longText })).max(LIMITS.candidates),
});

/** What became of an earlier session's focus, as a follow-up asks it. `unknown` until the room answers. */
export const followUpStatusSchema = z.enum(['unknown', 'not-started', 'in-progress', 'shipped', 'stopped']);

/**
 * The session this one follows up (from version 3), with what the room says became of its
 * focus. `focus` is a copy of the earlier focus as it was chosen, so the decision record can
 * say "Last time we chose …" without the earlier file; null when the earlier session had none.
 */
const followUpSchema = z.object({
  earlier: z.object({
    sessionId: id,
    title: shortText,
    date: isoDate,
    /** The earlier file's name (no folder); empty when it was never saved. */
    fileName: shortText,
  }),
  focus: z
    .object({
      candidateId: id,
      title: shortText,
      keyMetric: shortText,
      baseline: shortText,
      target: shortText,
    })
    .nullable(),
  outcome: z.object({
    status: followUpStatusSchema,
    /** The key metric's value now, as the room reads it. */
    metricNow: shortText,
    learned: longText,
  }),
});

export const sessionSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  id,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  frame: frameSchema,
  participants: z.array(participantSchema).max(LIMITS.participants),
  criteria: z.array(criterionSchema).max(LIMITS.criteria),
  readinessItems: z.array(readinessItemSchema).max(LIMITS.readinessItems),
  candidates: z.array(candidateSchema).max(LIMITS.candidates),
  scores: z.array(scoreSchema).max(LIMITS.scores),
  consensusScores: z.array(consensusScoreSchema).max(LIMITS.scores),
  votes: z.array(voteSchema).max(LIMITS.scores),
  settings: settingsSchema,
  decision: decisionSchema,
  followUp: followUpSchema.nullable(),
});

/**
 * The readiness item that a candidate's own "Data available" field answers too: both ask one
 * question, so an answer given in either is the answer of both (readiness-edits.ts, and
 * shared/workshop/readiness.ts where the checklist has none).
 */
export const DATA_AVAILABLE_ITEM = 'data-available';

/** The checklist answer each value of the "Data available" field stands for. */
export const READINESS_OF_DATA_AVAILABILITY = { yes: 'ready', partly: 'partly', no: 'missing', unknown: 'unknown' } as const satisfies Record<
  z.infer<typeof dataAvailabilitySchema>,
  z.infer<typeof readinessAnswerSchema>
>;

export type Session = z.infer<typeof sessionSchema>;
export type Frame = z.infer<typeof frameSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Background = z.infer<typeof backgroundSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Axis = z.infer<typeof axisSchema>;
export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateStatus = z.infer<typeof candidateStatusSchema>;
export type DataAvailability = z.infer<typeof dataAvailabilitySchema>;
export type Score = z.infer<typeof scoreSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;
export type FollowUpOutcome = FollowUp['outcome'];
export type Quadrant = 'quick-wins' | 'big-bets' | 'fill-ins' | 'money-pits';
export type Override = z.infer<typeof overrideSchema>;
export type ReadinessItem = z.infer<typeof readinessItemSchema>;
export type ReadinessEntry = z.infer<typeof readinessEntrySchema>;
export type ReadinessAnswer = z.infer<typeof readinessAnswerSchema>;
