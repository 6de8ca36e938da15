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

export type Scale = Settings['scale'];
const DEFAULT_SCALE: Scale = 5;

export interface CriterionTemplate {
  /** Stable short name, used for readable ids where ids need not be random (sample, tests). */
  key: string;
  axis: Axis;
  name: string;
  description: string;
  weight: number;
}

// On the complexity axis a high score means "harder"; the descriptions say so because
// "Data readiness 5" would otherwise read as "perfectly ready".
export const DEFAULT_CRITERIA: readonly CriterionTemplate[] = [
  {
    key: 'value',
    axis: 'impact',
    name: 'Business value / ROI',
    description: 'Money made or saved, or risk removed, if it works. 1 = marginal, 5 = moves a number the board watches.',
    weight: 3,
  },
  {
    key: 'reach',
    axis: 'impact',
    name: 'Reach of the key metric',
    description: 'How many customers, orders or colleagues the key metric touches. 1 = a niche, 5 = nearly everyone.',
    weight: 2,
  },
  {
    key: 'urgency',
    axis: 'impact',
    name: 'Urgency',
    description: 'What it costs to wait another quarter. 1 = it can wait, 5 = it hurts today.',
    weight: 1,
  },
  {
    key: 'data',
    axis: 'complexity',
    name: 'Data readiness',
    description:
      'Work needed before a model can learn from the data. 1 = clean, labelled history at hand, 5 = the data is not collected yet.',
    weight: 2,
  },
  {
    key: 'difficulty',
    axis: 'complexity',
    name: 'Technical difficulty',
    description: 'How hard the modelling problem is. 1 = a well-known recipe, 5 = open research.',
    weight: 2,
  },
  {
    key: 'production',
    axis: 'complexity',
    name: 'Production effort',
    description:
      'Infrastructure, scaling, availability, data security, integration and reproducibility needed to run it for real. 1 = a nightly batch file, 5 = real-time, always on, audited.',
    weight: 2,
  },
  {
    key: 'knowhow',
    axis: 'complexity',
    name: 'Know-how gap',
    description: 'What the team would have to learn or hire. 1 = done it before, 5 = nobody here has.',
    weight: 1,
  },
];

/**
 * The production constraints every candidate is checked against, as a new session has them
 * (editable per session). The method's "start with the end in mind": each one is work before a
 * model runs for real, so an unanswered one counts as effort (shared/workshop/readiness.ts).
 * `data-available` is also what the candidate's "Data available" field answers.
 */
const DEFAULT_READINESS_ITEMS: readonly ReadinessItem[] = [
  { id: 'data-available', name: 'Data available', question: 'Is the data the model needs collected and within reach today?' },
  { id: 'data-quality', name: 'Data quality and labels', question: 'Is the data clean enough, and are there labelled outcomes to learn from?' },
  { id: 'access-rights', name: 'Access rights and personal data', question: 'May we use this data for this purpose, personal data included?' },
  { id: 'infrastructure', name: 'Infrastructure', question: 'Batch or real time, and where will it run?' },
  { id: 'scaling', name: 'Scaling', question: 'Can it handle the volumes: records, requests per second, growth?' },
  { id: 'availability', name: 'Availability', question: 'What happens to the business process when the model is down?' },
  { id: 'security', name: 'Security and compliance', question: 'Which security reviews and regulations apply, and can we meet them?' },
  { id: 'compatibility', name: 'Compatibility', question: 'Which systems must it plug into, and can they take its output?' },
  { id: 'reproducibility', name: 'Reproducibility', question: 'Are data, code and models versioned, and is retraining repeatable?' },
  { id: 'monitoring', name: 'Monitoring', question: 'How will we know when the model degrades?' },
  { id: 'know-how', name: 'Team know-how', question: 'Has the team built and run something like this before?' },
];

/** A fresh copy of the default readiness items, for a new session or an upgraded file. */
export function defaultReadinessItems(): ReadinessItem[] {
  return DEFAULT_READINESS_ITEMS.map((item) => ({ ...item }));
}

/** The settings of a new session, its exports' language not chosen (a new session's is: createEmptySession). */
export function defaultSettings(scale: Scale = DEFAULT_SCALE): Settings {
  return {
    scale,
    thresholds: defaultThresholds(scale),
    axisLabels: { impact: 'Impact', complexity: 'Complexity' },
    quadrantNames: {
      'quick-wins': 'Quick wins',
      'big-bets': 'Big bets',
      'fill-ins': 'Fill-ins',
      'money-pits': 'Money pits',
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

export function createDefaultCriteria(makeId: (prefix: string) => string = createId): Criterion[] {
  return DEFAULT_CRITERIA.map(({ axis, name, description, weight }) => ({
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
 * worked in whatever the interface says later.
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
    criteria: createDefaultCriteria(makeId),
    readinessItems: defaultReadinessItems(),
    candidates: [],
    scores: [],
    consensusScores: [],
    votes: [],
    settings: { ...defaultSettings(), language },
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
