import { beforeEach, describe, expect, it } from 'vitest';
import { createDefaultCriteria, createEmptySession, createId, defaultReadinessItems, defaultSettings, DEFAULT_CRITERIA } from '../../../shared/session/defaults';
import { parseSession } from '../../../shared/session/parse';
import { createSampleSession, sampleSession } from '../../../shared/session/sample-session';
import { serializeSession } from '../../../shared/session/serialize';
import type { Session } from '../../../shared/session/schema';

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-${(n += 1)}`;
}

describe('createId', () => {
  it('makes readable, distinct, schema-valid ids', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => createId('cand')));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^cand-[0-9a-f]{12}$/);
  });
});

describe('createEmptySession', () => {
  const now = new Date('2025-06-02T12:00:00.000Z');
  // Made in each test, not once for the block: Stryker credits code to the tests that run it,
  // and code run while the tests are being collected belongs to none of them.
  let session: Session;
  beforeEach(() => {
    session = createEmptySession('de', now, counter());
  });

  it('is a valid session that survives a save and open', () => {
    const result = parseSession(serializeSession(session), 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.session).toEqual(session);
  });

  it('is stamped with the time given and ids from the factory given', () => {
    expect(session.createdAt).toBe('2025-06-02T12:00:00.000Z');
    expect(session.updatedAt).toBe(session.createdAt);
    expect(session.frame.date).toMatch(/^2025-06-0[123]$/);
    expect(session.id).toBe('session-1');
    expect(session.criteria.map((c) => c.id)).toEqual(['crit-2', 'crit-3', 'crit-4', 'crit-5', 'crit-6', 'crit-7', 'crit-8']);
  });

  it('leaves the framing blank for the room to fill in, bar the day', () => {
    expect(session.frame).toEqual({ title: '', date: session.frame.date, team: '', businessGoal: '', goalMetrics: [] });
  });

  it('has the default criteria, weighted as the method suggests', () => {
    expect(session.criteria.map((c) => [c.axis, c.name, c.weight])).toEqual([
      ['impact', 'Business value / ROI', 3],
      ['impact', 'Reach of the key metric', 2],
      ['impact', 'Urgency', 1],
      ['complexity', 'Data readiness', 2],
      ['complexity', 'Technical difficulty', 2],
      ['complexity', 'Production effort', 2],
      ['complexity', 'Know-how gap', 1],
    ]);
    const production = session.criteria.find((c) => c.name === 'Production effort')!;
    for (const word of ['infrastructure', 'scaling', 'availability', 'data security', 'integration', 'reproducibility']) {
      expect(production.description.toLowerCase()).toContain(word);
    }
  });

  it('writes its exports in the language it is made in (the interface’s, passed in), which a save and open keep', () => {
    expect(session.settings.language).toBe('de');
    expect(createEmptySession('pt', now, counter()).settings.language).toBe('pt');
    const reopened = parseSession(serializeSession(session), 'en');
    expect(reopened.ok && reopened.session.settings.language).toBe('de');
  });

  it('starts blind, on 1–5, split at the midpoint, with nothing decided', () => {
    expect(session.settings).toEqual({ ...defaultSettings(5), language: 'de' });
    expect(session.settings).toMatchObject({
      scale: 5,
      thresholds: { impact: 3, complexity: 3 },
      axisLabels: { impact: 'Impact', complexity: 'Complexity' },
      quadrantNames: { 'quick-wins': 'Quick wins', 'big-bets': 'Big bets', 'fill-ins': 'Fill-ins', 'money-pits': 'Money pits' },
      scoringMode: 'blind',
      aggregation: 'mean',
      revealed: false,
      dotsPerParticipant: 3,
      brainstormMinutes: 15,
    });
    expect(session.decision.focusCandidateId).toBeNull();
    expect([session.participants, session.candidates, session.scores, session.votes]).toEqual([[], [], [], []]);
  });

  it('tells the room what a 1 and a 5 mean on every default criterion', () => {
    for (const { name, description } of DEFAULT_CRITERIA) {
      expect(description, name).toMatch(/\b1 = .+, 5 = .+\.$/);
    }
  });

  it('gives the default criteria readable, distinct keys for the ids of the sample', () => {
    const keys = DEFAULT_CRITERIA.map((each) => each.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+$/);
    expect(sampleSession.criteria.map((each) => each.id)).toEqual(keys.map((key) => `crit-${key}`));
  });

  it('gives every call its own criteria', () => {
    expect(createDefaultCriteria(counter())).toHaveLength(DEFAULT_CRITERIA.length);
    expect(createEmptySession('en', now).criteria[0]!.id).not.toBe(createEmptySession('en', now).criteria[0]!.id);
  });
});

describe('sampleSession', () => {
  it('is valid as shipped', () => {
    const result = parseSession(serializeSession(sampleSession), 'en');
    expect(result.ok && result.migratedFrom).toBeNull();
  });

  it('has a full room and a full score sheet', () => {
    expect(new Set(sampleSession.participants.map((p) => p.background))).toEqual(new Set(['business', 'technical', 'domain', 'data']));
    expect(sampleSession.candidates).toHaveLength(12);
    expect(sampleSession.criteria).toHaveLength(7);
    expect(sampleSession.scores).toHaveLength(12 * 4 * 7);
    expect(sampleSession.settings.revealed).toBe(true);
    expect(sampleSession.votes.length).toBeGreaterThan(0);
  });

  it('fills every field, except one key metric left open so the flag shows', () => {
    const withoutMetric = sampleSession.candidates.filter((c) => c.keyMetric === '');
    expect(withoutMetric).toHaveLength(1);
    expect(sampleSession.candidates.map((c) => c.code)).toEqual(Array.from({ length: 12 }, (_, i) => `C${i + 1}`));
    for (const candidate of sampleSession.candidates) {
      for (const field of ['problem', 'owner', 'baseline', 'measurement', 'nonMlAlternative', 'wrongPredictionCost', 'notes'] as const) {
        expect(candidate[field], `${candidate.code}.${field}`).not.toBe('');
      }
      expect(candidate.tags.length).toBeGreaterThan(0);
    }
  });

  it('fills the framing, the room’s names and every runner-up’s reason, and shows the default settings revealed', () => {
    const { frame } = sampleSession;
    for (const field of ['title', 'date', 'team', 'businessGoal'] as const) expect(frame[field], field).not.toBe('');
    expect(frame.goalMetrics.length).toBeGreaterThan(0);
    for (const metric of frame.goalMetrics) expect(metric).not.toBe('');
    for (const { name } of sampleSession.participants) expect(name).toMatch(/^\S+ \S+$/);
    for (const { whyNotNow } of sampleSession.decision.runnersUp) expect(whyNotNow).not.toBe('');
    expect(sampleSession.readinessItems).toEqual(defaultReadinessItems());
    expect(sampleSession.settings).toEqual({ ...defaultSettings(5), revealed: true });
  });

  it('keeps the SQL job as its own outcome', () => {
    const buckets = sampleSession.candidates.find((c) => c.title.includes('Quantile bucketing'))!;
    expect(buckets).toMatchObject({ betterWithoutMl: true, status: 'non-ml' });
  });

  it('records a decision with three runners-up', () => {
    const { decision } = sampleSession;
    const focus = sampleSession.candidates.find((c) => c.id === decision.focusCandidateId)!;
    expect(focus.title).toMatch(/churn|ticket/i);
    expect(decision.runnersUp).toHaveLength(3);
    for (const field of ['rationale', 'target', 'firstVersion', 'horizon'] as const) {
      expect(decision[field]).not.toBe('');
    }
    expect(focus.keyMetric).not.toBe('');
  });

  it('has a real spread of scores: room to disagree', () => {
    const values = new Set(sampleSession.scores.map((s) => s.value));
    expect([...values].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('hands out copies that do not share state with the sample', () => {
    const copy = createSampleSession();
    copy.candidates[0]!.title = 'changed';
    expect(sampleSession.candidates[0]!.title).not.toBe('changed');
  });

  it('has no language of exports chosen; a copy opened as a new session writes its exports in the language passed', () => {
    expect(sampleSession.settings.language).toBeNull();
    expect(createSampleSession().settings.language).toBeNull();
    expect(createSampleSession('es').settings.language).toBe('es');
    expect(sampleSession.settings.language).toBeNull();
  });
});
