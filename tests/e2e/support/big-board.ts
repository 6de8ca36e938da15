import { createSampleSession, type Session } from '../../../shared';

/**
 * The sample session grown to `count` candidates: copies of its candidates with their own
 * ids and codes, and every participant's scores nudged so the copies spread over the board.
 */
export function bigBoardSession(count: number): Session {
  const sample = createSampleSession();
  const originals = sample.candidates;
  const candidates: Session['candidates'] = [];
  const scores: Session['scores'] = [];
  for (let index = 0; index < count; index += 1) {
    const original = originals[index % originals.length]!;
    const round = Math.floor(index / originals.length);
    const id = `${original.id}-${round}`;
    candidates.push({ ...original, id, code: `C${index + 1}`, title: round === 0 ? original.title : `${original.title} (${round + 1})`, status: original.status === 'focus' ? 'open' : original.status });
    for (const score of sample.scores.filter((each) => each.candidateId === original.id)) {
      const nudge = ((index * 7 + score.criterionId.length + score.participantId.length) % 3) - 1;
      scores.push({ ...score, candidateId: id, value: Math.min(5, Math.max(1, score.value + (round === 0 ? 0 : nudge))) });
    }
  }
  return {
    ...sample,
    candidates,
    scores,
    consensusScores: [],
    votes: sample.votes.filter((vote) => candidates.some((candidate) => candidate.id === `${vote.candidateId}-0`)).map((vote) => ({ ...vote, candidateId: `${vote.candidateId}-0` })),
    decision: { ...sample.decision, focusCandidateId: null, runnersUp: [] },
  };
}
