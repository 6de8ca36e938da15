// fast-check builders of valid sessions (consistent references, values on the scale) and a
// helper to rebuild objects with their keys in a scrambled insertion order.
import fc from 'fast-check';
import {
  LIMITS,
  SESSION_FORMAT,
  SESSION_VERSION,
  backgroundSchema,
  axisSchema,
  candidateStatusSchema,
  dataAvailabilitySchema,
  followUpStatusSchema,
  readinessAnswerSchema,
  type Session,
} from '../../../shared/session/schema';
import { LANGUAGES } from '../../../shared/i18n/languages';

// 'binary' units are whole code points, so maxLength 40 stays under 200 UTF-16 units.
const text = (maxLength = 40, minLength = 0) => fc.string({ unit: 'binary', minLength, maxLength });
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
const timestamp = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const isoDate = fc.oneof(fc.constant(''), timestamp.map((t) => t.slice(0, 10)));

function pairs<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
  return as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
}

export const sessionArbitrary: fc.Arbitrary<Session> = fc
  .record({
    scale: fc.constantFrom(5 as const, 10 as const),
    participantIds: fc.uniqueArray(id, { maxLength: 5 }),
    criterionIds: fc.uniqueArray(id, { maxLength: 6 }),
    candidateIds: fc.uniqueArray(id, { maxLength: 8 }),
    readinessItemIds: fc.uniqueArray(id, { maxLength: 4 }),
  })
  .chain(({ scale, participantIds, criterionIds, candidateIds, readinessItemIds }) => {
    const readiness = fc
      .subarray(readinessItemIds)
      .chain((picked) =>
        fc.tuple(
          ...picked.map((itemId) =>
            fc.record({ itemId: fc.constant(itemId), answer: fc.constantFrom(...readinessAnswerSchema.options), evidence: text(), owner: text() }),
          ),
        ),
      );
    const value = fc.integer({ min: 1, max: scale });
    const onScale = fc.double({ min: 1, max: scale, noNaN: true });
    const candidateId = candidateIds.length > 0 ? fc.constantFrom(...candidateIds) : fc.constant(null);
    const triples = participantIds.flatMap((p) => pairs(candidateIds, criterionIds).map(([c, k]) => [p, c, k] as const));
    return fc.record({
      format: fc.constant(SESSION_FORMAT),
      version: fc.constant(SESSION_VERSION),
      id,
      createdAt: timestamp,
      updatedAt: timestamp,
      frame: fc.record({
        title: text(),
        date: isoDate,
        team: text(),
        businessGoal: text(200),
        goalMetrics: fc.array(text(), { maxLength: 4 }),
      }),
      participants: fc.tuple(
        ...participantIds.map((pid) =>
          fc.record({
            id: fc.constant(pid),
            name: text(40, 1),
            background: fc.constantFrom(...backgroundSchema.options),
            scoringDone: fc.boolean(),
          }),
        ),
      ),
      criteria: fc.tuple(
        ...criterionIds.map((cid) =>
          fc.record({
            id: fc.constant(cid),
            axis: fc.constantFrom(...axisSchema.options),
            name: text(40, 1),
            description: text(200),
            weight: fc.double({ min: 0, max: 100, noNaN: true }).map((n) => n + 0),
          }),
        ),
      ),
      readinessItems: fc.tuple(...readinessItemIds.map((itemId) => fc.record({ id: fc.constant(itemId), name: text(40, 1), question: text() }))),
      candidates: fc.tuple(
        ...candidateIds.map((cid) =>
          fc.record({
            id: fc.constant(cid),
            code: text(6),
            title: text(40, 1),
            problem: text(200),
            owner: text(),
            keyMetric: text(),
            baseline: text(),
            measurement: text(),
            dataAvailability: fc.constantFrom(...dataAvailabilitySchema.options),
            nonMlAlternative: text(100),
            betterWithoutMl: fc.boolean(),
            wrongPredictionCost: text(100),
            tags: fc.array(text(20, 1), { maxLength: Math.min(4, LIMITS.tags) }),
            notes: text(300),
            readiness,
            status: fc.constantFrom(...candidateStatusSchema.options),
            override: fc.option(fc.record({ impact: finite, complexity: finite }), { nil: null }),
            createdAt: timestamp,
          }),
        ),
      ),
      scores: fc
        .subarray(triples)
        .chain((picked) =>
          fc.tuple(
            ...picked.map(([participantId, candidateId, criterionId]) =>
              value.map((v) => ({ participantId, candidateId, criterionId, value: v })),
            ),
          ),
        ),
      consensusScores: fc
        .subarray(pairs(candidateIds, criterionIds))
        .chain((picked) =>
          fc.tuple(...picked.map(([candidateId, criterionId]) => value.map((v) => ({ candidateId, criterionId, value: v })))),
        ),
      votes: fc
        .subarray(pairs(participantIds, candidateIds))
        .chain((picked) =>
          fc.tuple(
            ...picked.map(([participantId, cid]) =>
              fc.integer({ min: 1, max: 100 }).map((dots) => ({ participantId, candidateId: cid, dots })),
            ),
          ),
        ),
      settings: fc.record({
        scale: fc.constant(scale),
        thresholds: fc.record({ impact: onScale, complexity: onScale }),
        axisLabels: fc.record({ impact: text(), complexity: text() }),
        quadrantNames: fc.record({
          'quick-wins': text(),
          'big-bets': text(),
          'fill-ins': text(),
          'money-pits': text(),
        }),
        scoringMode: fc.constantFrom('blind' as const, 'consensus' as const),
        aggregation: fc.constantFrom('mean' as const, 'median' as const),
        scoreByBackground: fc.boolean(),
        revealed: fc.boolean(),
        dotsPerParticipant: fc.integer({ min: 0, max: 20 }),
        brainstormMinutes: fc.integer({ min: 1, max: 240 }),
        language: fc.constantFrom(null, ...LANGUAGES),
      }),
      decision: fc.record({
        focusCandidateId: fc.option(candidateId, { nil: null }).map((c) => c ?? null),
        rationale: text(200),
        target: text(),
        firstVersion: text(200),
        horizon: text(200),
        runnersUp: fc
          .subarray(candidateIds)
          .chain((picked) => fc.tuple(...picked.map((cid) => text(100).map((whyNotNow) => ({ candidateId: cid, whyNotNow }))))),
      }),
      // The earlier focus is another session's candidate: any id, not one of this session's.
      followUp: fc.option(
        fc.record({
          earlier: fc.record({ sessionId: id, title: text(), date: isoDate, fileName: text() }),
          focus: fc.option(fc.record({ candidateId: id, title: text(), keyMetric: text(), baseline: text(), target: text() }), { nil: null }),
          outcome: fc.record({ status: fc.constantFrom(...followUpStatusSchema.options), metricNow: text(), learned: text(200) }),
        }),
        { nil: null },
      ),
    });
  });

/**
 * The session with its score lists in one canonical order, to compare sessions whatever order
 * their scores are in: a file holds them as tables in the session's order (score-table.ts).
 */
export function withScoresSorted(session: Session): Session {
  const key = (score: object) => JSON.stringify(Object.entries(score).sort());
  const sorted = <T extends object>(list: readonly T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return { ...session, scores: sorted(session.scores), consensusScores: sorted(session.consensusScores) };
}

/** A deep copy whose objects get their keys inserted in an order decided by `seed`. */
export function scrambleKeys<T>(value: T, seed: number): T {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: deterministic, so a failing case can be replayed from its seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = walk((v as Record<string, unknown>)[key]);
    return out;
  };
  return walk(value) as T;
}
