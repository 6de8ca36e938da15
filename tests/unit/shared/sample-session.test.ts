import { describe, expect, it } from 'vitest';
import {
  buildDecisionRecord,
  candidatesToScore,
  candidateWarnings,
  computeCandidateResults,
  createSampleSession,
  defaultSettings,
  dotsRemaining,
  participantsStillScoring,
  QUADRANT_ORDER,
  rankCandidates,
  scoresSealed,
  scoringProgress,
  widestGaps,
} from '../../../shared';

// What "Sample session" promises a new user (README: "a realistic workshop with twelve
// candidates, four participants and full scores"; the sample's own header: every field filled,
// every participant's scores in, a decision taken), checked through what the app shows of it.

const sample = createSampleSession();
const AT = new Date(2025, 2, 12, 16, 5);

function byCode(code: string) {
  return sample.candidates.find((candidate) => candidate.code === code)!;
}

function codeOf(candidateId: string): string | undefined {
  return sample.candidates.find((candidate) => candidate.id === candidateId)?.code;
}

describe('the sample session', () => {
  it('has a room of four, one of each background, who have all finished their turn: it opens revealed', () => {
    expect(sample.participants.map((participant) => participant.background)).toEqual(['business', 'technical', 'domain', 'data']);
    expect(participantsStillScoring(sample)).toEqual([]);
    for (const progress of scoringProgress(sample).values()) expect(progress.done).toBe(progress.total);
    expect(scoresSealed(sample)).toBe(false);
  });

  it('has full scores: every participant on every candidate and every criterion', () => {
    const keys = new Set(sample.scores.map((score) => `${score.participantId}/${score.candidateId}/${score.criterionId}`));
    expect(sample.scores).toHaveLength(12 * 4 * 7);
    for (const participant of sample.participants) {
      for (const candidate of sample.candidates) {
        for (const criterion of sample.criteria) expect(keys.has(`${participant.id}/${candidate.id}/${criterion.id}`)).toBe(true);
      }
    }
  });

  it('lists twelve candidates C1…C12, each with its details written in', () => {
    expect(sample.candidates.map((candidate) => candidate.code)).toEqual(Array.from({ length: 12 }, (_, i) => `C${i + 1}`));
    for (const candidate of sample.candidates) {
      for (const field of ['title', 'problem', 'owner', 'baseline', 'measurement', 'nonMlAlternative', 'wrongPredictionCost', 'notes'] as const) {
        expect(candidate[field].trim(), `${candidate.code} ${field}`).not.toBe('');
      }
      expect(candidate.tags.length, `${candidate.code} tags`).toBeGreaterThan(0);
    }
  });

  it('gives every candidate its key metric but C10, so the missing-metric flag shows (with its no-data flag)', () => {
    expect(candidateWarnings(sample, 'en')).toEqual([
      expect.objectContaining({ code: 'missing-key-metric', candidateIds: [byCode('C10').id], message: '1 candidate has no key metric: C10.' }),
      expect.objectContaining({ code: 'no-data', candidateIds: [byCode('C10').id] }),
    ]);
  });

  it('sets one candidate apart as better solved without ML, the SQL job, and puts every other one up for scoring', () => {
    const ranking = rankCandidates(sample);
    expect(ranking.withoutMl.map((candidate) => candidate.code)).toEqual(['C8']);
    expect(byCode('C8')).toMatchObject({ betterWithoutMl: true, status: 'non-ml' });
    expect(sample.candidates.filter((candidate) => candidate.betterWithoutMl).map((candidate) => candidate.code)).toEqual(['C8']);
    expect(candidatesToScore(sample)).toHaveLength(11);
  });

  it('places every other candidate on the chart by the room’s scores, with every quadrant in use', () => {
    const ranking = rankCandidates(sample);
    expect(ranking.unscored).toEqual([]);
    expect(ranking.ranked).toHaveLength(11);
    for (const row of ranking.ranked) expect(row.result.position?.scoredBy, row.candidate.code).toBe(4);
    expect(new Set(ranking.ranked.map((row) => row.quadrant))).toEqual(new Set(QUADRANT_ORDER));
  });

  it('shows one candidate moved on the chart by the room (C9), its scores kept', () => {
    const moved = sample.candidates.filter((candidate) => candidate.override !== null).map((candidate) => candidate.code);
    expect(moved).toEqual(['C9']);
    expect(computeCandidateResults(sample).get(byCode('C9').id)?.position).toMatchObject({ source: 'override', scoredBy: 4 });
  });

  it('puts the disagreement its notes describe at the top of the widest gaps: the video feed (C4), on impact', () => {
    const [widest] = widestGaps(computeCandidateResults(sample), 3);
    expect(widest?.candidate.code).toBe('C4');
    expect(widest?.disagreement.axis).toBe('impact');
    expect(byCode('C4').notes).toMatch(/disagreement on impact/);
  });

  it('has held the dot vote: every dot used, the most on the focus, as its rationale says', () => {
    for (const participant of sample.participants) expect(dotsRemaining(sample, participant.id), participant.name).toBe(0);
    const [first, ...rest] = rankCandidates(sample).ranked;
    expect(first?.candidate.id).toBe(sample.decision.focusCandidateId);
    for (const row of rest) expect(row.votes).toBeLessThan(first!.votes);
    expect(sample.decision.rationale).toMatch(/quick win.*Most dots/s);
  });

  it('has taken a decision: the top quick win as the focus, its record written out in full, with runners-up and their reasons', () => {
    const focus = sample.candidates.find((candidate) => candidate.id === sample.decision.focusCandidateId)!;
    expect(focus).toMatchObject({ code: 'C5', status: 'focus' });
    const record = buildDecisionRecord(sample, AT, [], [], null, 'en');
    for (const field of ['title', 'date', 'team', 'goal'] as const) expect(record[field], field).not.toBe('');
    expect(record.goalMetrics).toHaveLength(3);
    expect(record.focus).toMatchObject({ code: 'C5', quadrant: 'Quick wins' });
    for (const field of ['rationale', 'keyMetric', 'target', 'firstVersion', 'horizon'] as const) expect(record.focus![field], field).not.toBe('');
    // The focus's checklist is filled: every item answered, the open ones with an owner.
    expect(record.focus!.readiness.map((row) => row.answer)).not.toContain('');
    expect(record.focus!.readiness.filter((row) => row.answer === 'Unknown' || row.answer === 'Missing').every((row) => row.owner !== '')).toBe(true);
    expect(record.focus!.readiness.filter((row) => row.answer === 'Ready').length).toBeGreaterThan(5);
    const reasons = new Map(record.runnersUp.map((runnerUp) => [runnerUp.code, runnerUp.reason]));
    expect(sample.decision.runnersUp.map((runnerUp) => codeOf(runnerUp.candidateId))).toEqual(['C7', 'C6', 'C12']);
    // Every runner-up the record shows (the candidates ranked just below the focus) has its reason.
    expect([...reasons.keys()].sort()).toEqual(['C12', 'C6', 'C7']);
    for (const [code, reason] of reasons) expect(reason, code).not.toBe('');
    expect(record.withoutMl).toEqual([expect.objectContaining({ code: 'C8' })]);
    expect(record.withoutMl[0]!.alternative).not.toBe('');
  });

  it('uses the default settings, revealed: Impact against Complexity, the usual quadrant names, everyone scoring both axes', () => {
    expect(sample.settings).toEqual({ ...defaultSettings('en', 5), revealed: true });
    expect(buildDecisionRecord(sample, AT, [], [], null, 'en').chartSummary).toBe(
      '12 candidates — Quick wins: 4, Big bets: 4, Fill-ins: 1, Money pits: 2; 1 better solved without ML.',
    );
  });
});
