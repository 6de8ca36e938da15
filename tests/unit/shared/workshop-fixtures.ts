// A minimal, valid Session builder for the workshop-rule tests (no dependency on the session
// engineer's factories, which may change independently).
import { SESSION_VERSION, type Axis, type Background, type Candidate, type Criterion, type Participant, type Score, type Session, type Settings } from '../../../shared/session/schema';

const STAMP = '2025-01-01T09:00:00.000Z';

export function participant(id: string, background: Background = 'domain', name = id): Participant {
  return { id, name, background, scoringDone: false };
}

export function criterion(id: string, axis: Axis, weight = 1): Criterion {
  return { id, axis, name: id, description: '', weight };
}

export function candidate(id: string, fields: Partial<Candidate> = {}): Candidate {
  return {
    id,
    code: id.toUpperCase(),
    title: `Candidate ${id}`,
    problem: '',
    owner: '',
    keyMetric: 'a metric',
    baseline: '',
    measurement: '',
    dataAvailability: 'yes',
    nonMlAlternative: '',
    betterWithoutMl: false,
    wrongPredictionCost: '',
    tags: [],
    notes: '',
    readiness: [],
    status: 'open',
    override: null,
    createdAt: STAMP,
    ...fields,
  };
}

/** Scores of one participant on one candidate: { criterionId: value }. */
export function scores(participantId: string, candidateId: string, values: Record<string, number>): Score[] {
  return Object.entries(values).map(([criterionId, value]) => ({ participantId, candidateId, criterionId, value }));
}

export function settings(fields: Partial<Settings> = {}): Settings {
  const scale = fields.scale ?? 5;
  return {
    scale,
    thresholds: { impact: (1 + scale) / 2, complexity: (1 + scale) / 2 },
    axisLabels: { impact: 'Impact', complexity: 'Complexity' },
    quadrantNames: { 'quick-wins': 'Quick wins', 'big-bets': 'Big bets', 'fill-ins': 'Fill-ins', 'money-pits': 'Money pits' },
    scoringMode: 'blind',
    aggregation: 'mean',
    scoreByBackground: false,
    revealed: false,
    dotsPerParticipant: 3,
    brainstormMinutes: 15,
    language: null,
    ...fields,
  };
}

/** Two impact criteria (weights 2, 1) and two complexity criteria (weights 1, 1). */
export const STANDARD_CRITERIA: Criterion[] = [
  criterion('i1', 'impact', 2),
  criterion('i2', 'impact', 1),
  criterion('c1', 'complexity', 1),
  criterion('c2', 'complexity', 1),
];

export function session(fields: Partial<Omit<Session, 'settings'>> & { settings?: Partial<Settings> } = {}): Session {
  const { settings: s, ...rest } = fields;
  return {
    format: 'pickwise-session',
    version: SESSION_VERSION,
    id: 'test-session',
    createdAt: STAMP,
    updatedAt: STAMP,
    frame: { title: 'Test', date: '2025-01-01', team: '', businessGoal: '', goalMetrics: [] },
    participants: [],
    criteria: STANDARD_CRITERIA,
    readinessItems: [],
    candidates: [],
    scores: [],
    consensusScores: [],
    votes: [],
    decision: {
      focusCandidateId: null,
      rationale: '',
      target: '',
      firstVersion: '',
      horizon: '',
      runnersUp: [],
    },
    followUp: null,
    ...rest,
    settings: settings(s),
  };
}

/** A big board: n candidates × the given participants × 8 criteria, deterministic pseudo-random scores. */
export function bigSession(n: number, participantCount = 4, scale: 5 | 10 = 5): Session {
  const criteria: Criterion[] = [];
  for (let k = 0; k < 4; k++) criteria.push(criterion(`imp${k}`, 'impact', k + 1));
  for (let k = 0; k < 4; k++) criteria.push(criterion(`cx${k}`, 'complexity', 4 - k));
  const backgrounds: Background[] = ['business', 'technical', 'domain', 'data'];
  const participants = Array.from({ length: participantCount }, (_, i) => participant(`p${i}`, backgrounds[i % 4]));
  const candidates = Array.from({ length: n }, (_, i) => candidate(`k${i}`, { code: `C${i + 1}` }));
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 1 + (Math.floor(seed / 65536) % scale);
  };
  const all: Score[] = [];
  for (const c of candidates) for (const p of participants) for (const cr of criteria) all.push({ participantId: p.id, candidateId: c.id, criterionId: cr.id, value: next() });
  return session({ participants, criteria, candidates, scores: all, settings: { scale } });
}
