import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type Axis,
  type Criterion,
  type Decision,
  type Frame,
  type ReadinessItem,
  type Session,
  type Settings,
} from './schema';
import { defaultThresholds } from '../workshop/scale';
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';

export type Scale = Settings['scale'];
const DEFAULT_SCALE: Scale = 5;

/** A default criterion: its stable key, axis and weight, the same in every language. */
interface DefaultCriterion {
  /** Stable short name: the criterion's texts in the `starter` catalogue, and readable ids where ids need not be random (sample, tests). */
  key: string;
  axis: Axis;
  weight: number;
}

/** The default criteria, weighted as the method suggests; their names and descriptions are the `starter` catalogue's. */
export const DEFAULT_CRITERIA = [
  { key: 'value', axis: 'impact', weight: 3 },
  { key: 'reach', axis: 'impact', weight: 2 },
  { key: 'urgency', axis: 'impact', weight: 1 },
  { key: 'data', axis: 'complexity', weight: 2 },
  { key: 'difficulty', axis: 'complexity', weight: 2 },
  { key: 'production', axis: 'complexity', weight: 2 },
  { key: 'knowhow', axis: 'complexity', weight: 1 },
] as const satisfies readonly DefaultCriterion[];

/** A default criterion with its name and description in a language. */
export interface CriterionTemplate extends DefaultCriterion {
  name: string;
  description: string;
}

/**
 * The production constraints every candidate is checked against, as a new session has them
 * (editable per session), by id; their names and questions are the `starter` catalogue's. The
 * method's "start with the end in mind": each one is work before a model runs for real, so an
 * unanswered one counts as effort (shared/workshop/readiness.ts). `data-available` is also
 * what the candidate's "Data available" field answers.
 */
export const DEFAULT_READINESS_ITEM_IDS = [
  'data-available',
  'data-quality',
  'access-rights',
  'infrastructure',
  'scaling',
  'availability',
  'security',
  'compatibility',
  'reproducibility',
  'monitoring',
  'know-how',
] as const;

/**
 * How the `starter` catalogue's texts are read (in a language whose catalogue is loaded, as the
 * interface's is; English until it is): never disguised by the pseudo-locale, as they become
 * the session's own content, saved in its file, not words Pickwise says.
 */
const AS_CONTENT = { postProcess: [] as string[] };

/** The default criteria with their names and descriptions in `language`. */
export function defaultCriteria(language: Language): CriterionTemplate[] {
  const t = textsIn(language);
  return DEFAULT_CRITERIA.map(({ key, axis, weight }) => ({
    key,
    axis,
    name: t(`starter:criteria.${key}.name`, AS_CONTENT),
    description: t(`starter:criteria.${key}.description`, AS_CONTENT),
    weight,
  }));
}

/** A fresh copy of the default readiness items, named and asked in `language`, for a new session or an upgraded file. */
export function defaultReadinessItems(language: Language): ReadinessItem[] {
  const t = textsIn(language);
  return DEFAULT_READINESS_ITEM_IDS.map((id) => ({ id, name: t(`starter:readinessItems.${id}.name`, AS_CONTENT), question: t(`starter:readinessItems.${id}.question`, AS_CONTENT) }));
}

/**
 * The settings of a new session, its axis labels and quadrant names in `language`, its exports'
 * language not chosen (a new session's is: createEmptySession).
 */
export function defaultSettings(language: Language, scale: Scale = DEFAULT_SCALE): Settings {
  const t = textsIn(language);
  return {
    scale,
    thresholds: defaultThresholds(scale),
    axisLabels: { impact: t('starter:axisLabels.impact', AS_CONTENT), complexity: t('starter:axisLabels.complexity', AS_CONTENT) },
    quadrantNames: {
      'quick-wins': t('starter:quadrantNames.quick-wins', AS_CONTENT),
      'big-bets': t('starter:quadrantNames.big-bets', AS_CONTENT),
      'fill-ins': t('starter:quadrantNames.fill-ins', AS_CONTENT),
      'money-pits': t('starter:quadrantNames.money-pits', AS_CONTENT),
    },
    scoringMode: 'blind',
    aggregation: 'mean',
    scoreByBackground: false,
    revealed: false,
    dotsPerParticipant: 3,
    brainstormMinutes: 15,
    language: null,
  };
}

export function emptyDecision(): Decision {
  return {
    focusCandidateId: null,
    rationale: '',
    target: '',
    firstVersion: '',
    horizon: '',
    runnersUp: [],
  };
}

/** YYYY-MM-DD in the local calendar: the workshop happens on the room's day, not UTC's. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function emptyFrame(now: Date): Frame {
  return { title: '', date: localDate(now), team: '', businessGoal: '', goalMetrics: [] };
}

/** The default criteria of a new session, named and described in `language`, each with a new id. */
export function createDefaultCriteria(language: Language, makeId: (prefix: string) => string = createId): Criterion[] {
  return defaultCriteria(language).map(({ axis, name, description, weight }) => ({
    id: makeId('crit'),
    axis,
    name,
    description,
    weight,
  }));
}

/**
 * A new, empty session. Its exports are written in `language`, the interface's language as it is
 * made (the creating code passes it in): chosen once, so the record keeps the language the room
 * worked in whatever the interface says later. Its criteria, readiness items, axis labels and
 * quadrant names start in that language too (the `starter` catalogue): from then on they are the
 * session's own content, which the room edits and nothing translates.
 */
export function createEmptySession(language: Language, now: Date = new Date(), makeId: (prefix: string) => string = createId): Session {
  const timestamp = now.toISOString();
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: makeId('session'),
    createdAt: timestamp,
    updatedAt: timestamp,
    frame: emptyFrame(now),
    participants: [],
    criteria: createDefaultCriteria(language, makeId),
    readinessItems: defaultReadinessItems(language),
    candidates: [],
    scores: [],
    consensusScores: [],
    votes: [],
    settings: { ...defaultSettings(language), language },
    decision: emptyDecision(),
    followUp: null,
  };
}

// 48 random bits: short enough to read aloud, and a CSV import of 20,000 candidates still
// has well under a one-in-a-million chance of a collision (8 hex digits would be ~5%).
const ID_BYTES = 6;

/**
 * A readable random id such as `cand-1a2b3c4d5e6f`. getRandomValues rather than randomUUID:
 * both exist in Node 20 and Chromium, but randomUUID is missing outside secure contexts.
 */
export function createId(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(ID_BYTES));
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}-${hex}`;
}
