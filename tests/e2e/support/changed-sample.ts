import { createSampleSession, type Session } from '../../../shared';

/**
 * The sample as the room left it a quarter later (issue 16's "Done when"): urgency weighted 3
 * instead of 1, C2's production effort and C10's business value rescored by everyone, C4 gone,
 * C13 new, C7 renamed. tests/unit/shared/workshop-comparison-sample.test.ts works out by hand
 * what comparing the sample with it gives.
 */
export function changedSample(): Session {
  const copy = createSampleSession();
  copy.frame = { ...copy.frame, date: '2026-03-05' };
  copy.criteria = copy.criteria.map((criterion) => (criterion.id === 'crit-urgency' ? { ...criterion, weight: 3 } : criterion));
  copy.scores = copy.scores
    .filter((score) => score.candidateId !== 'cand-feed')
    .map((score) => {
      if (score.candidateId === 'cand-recs' && score.criterionId === 'crit-production') return { ...score, value: 1 };
      if (score.candidateId === 'cand-vans' && score.criterionId === 'crit-value') return { ...score, value: 5 };
      return score;
    });
  copy.votes = copy.votes.filter((vote) => vote.candidateId !== 'cand-feed');
  copy.candidates = copy.candidates
    .filter((candidate) => candidate.id !== 'cand-feed')
    .map((candidate) => (candidate.id === 'cand-tickets' ? { ...candidate, title: 'Routing support tickets to the right queue' } : candidate));
  copy.candidates.push({ ...copy.candidates[0]!, id: 'cand-markdown', code: 'C13', title: 'Markdown pricing for seasonal stock', status: 'open', readiness: [] });
  // value 4, reach 4, urgency 3, data 2, difficulty 2, production 3, know-how 2 from everyone.
  for (const participant of copy.participants) {
    copy.criteria.forEach((criterion, k) => copy.scores.push({ participantId: participant.id, candidateId: 'cand-markdown', criterionId: criterion.id, value: Number('4432232'[k]) }));
  }
  return copy;
}
