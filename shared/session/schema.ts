import { z } from 'zod';

// Zod compiles validators with `new Function` unless told not to; the renderer's Content
// Security Policy forbids that (no 'unsafe-eval'), so every process runs it jitless.
z.config({ jitless: true });

/** The version this build writes. Older files are migrated up to it on load. */
export const SESSION_FORMAT = 'pickwise-session' as const;
export const SESSION_VERSION = 1 as const;

// Limits that keep a hostile file from exhausting memory in the validator or in the UI.
export const LIMITS = {
  shortText: 200,
  longText: 20_000,
  participants: 50,
  criteria: 40,
  candidates: 20_000,
  scores: 2_000_000,
  tags: 30,
} as const;

// Bounds on sizes carry no message of their own: a message words every bound from its number
// (issueSentence in issue-message.ts), so one given here would never be read.
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'expected an id made of letters, digits, - or _');
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const isoTimestamp = z.iso.datetime({ offset: true, message: 'expected a date and time such as 2026-11-26T09:00:00Z (ISO 8601)' });
// Zod reports the date branch's issue when the input is text, the union's otherwise.
const isoDateMessage = 'expected a date as YYYY-MM-DD, or empty text';
const isoDate = z.union([z.literal(''), z.iso.date({ message: isoDateMessage })], { message: isoDateMessage });
const weight = z.number().min(0).max(100);

export const backgroundSchema = z.enum(['business', 'technical', 'domain', 'data']);
export const axisSchema = z.enum(['impact', 'complexity']);
export const dataAvailabilitySchema = z.enum(['unknown', 'yes', 'partly', 'no']);
export const candidateStatusSchema = z.enum(['open', 'shortlisted', 'focus', 'parked', 'non-ml']);
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
  dataAvailability: dataAvailabilitySchema,
  nonMlAlternative: longText,
  /** The room judged a simpler approach (SQL, rules, a report) does the job. */
  betterWithoutMl: z.boolean(),
  wrongPredictionCost: longText,
  tags: z.array(shortText.min(1)).max(LIMITS.tags),
  notes: longText,
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
  scale: z.union([z.literal(5), z.literal(10)], { message: 'expected a scale of 5 or 10' }),
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
});

export const productionConstraintSchema = z.enum([
  'data-availability',
  'infrastructure',
  'scaling',
  'availability',
  'data-security',
  'integration',
  'reproducibility',
  'know-how',
]);

/** The focus and its plan. The focus's key metric is the focus candidate's own `keyMetric`. */
export const decisionSchema = z.object({
  focusCandidateId: id.nullable(),
  rationale: longText,
  target: shortText,
  firstVersion: longText,
  constraintsChecked: z.array(productionConstraintSchema).max(productionConstraintSchema.options.length),
  horizon: longText,
  runnersUp: z.array(z.object({ candidateId: id, whyNotNow: longText })).max(LIMITS.candidates),
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
  candidates: z.array(candidateSchema).max(LIMITS.candidates),
  scores: z.array(scoreSchema).max(LIMITS.scores),
  consensusScores: z.array(consensusScoreSchema).max(LIMITS.scores),
  votes: z.array(voteSchema).max(LIMITS.scores),
  settings: settingsSchema,
  decision: decisionSchema,
});

const { focusCandidateId, rationale, ...decisionAfterRationale } = decisionSchema.shape;

/**
 * What a version-1 file holds: the session, plus `decision.keyMetric`, where builds before the
 * focus's key metric became the focus candidate's read it. Files are written with a copy of the
 * focus candidate's key metric there (serializeSession), in its old place, so those builds
 * still open them and show the right metric; on opening, parseSession moves a value found
 * there onto the focus candidate (moveDecisionKeyMetric), which a copy leaves as it is.
 */
export const sessionFileSchema = sessionSchema.extend({
  decision: z.object({
    focusCandidateId,
    rationale,
    keyMetric: shortText.optional().meta({
      deprecated: true,
      description: "A copy of the focus candidate's key metric, for builds that read it here; on opening, a value that differs becomes the focus candidate's key metric.",
    }),
    ...decisionAfterRationale,
  }),
});

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
export type Quadrant = 'quick-wins' | 'big-bets' | 'fill-ins' | 'money-pits';
export type ProductionConstraint = z.infer<typeof productionConstraintSchema>;
export type Override = z.infer<typeof overrideSchema>;
