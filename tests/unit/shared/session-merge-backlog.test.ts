import { describe, expect, it } from 'vitest';
import { mergeBacklog, parseSession, previewBacklogMerge, serializeSession } from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const ours = session({
  participants: [participant('ana', 'business', 'Ana Silva'), participant('ben', 'technical', 'Ben Okafor')],
  criteria: [criterion('value', 'impact'), criterion('effort', 'complexity')],
  candidates: [candidate('churn', { code: 'C1', title: 'Churn prediction' })],
});
const theirs = session({
  participants: [participant('p1', 'business', 'ana  silva'), participant('p2', 'data', 'Dev Rao')],
  criteria: [
    { ...criterion('v', 'impact'), name: 'value' },
    { ...criterion('e', 'complexity'), name: 'effort' },
    { ...criterion('u', 'impact'), name: 'Urgency' },
  ],
  candidates: [candidate('x', { code: 'C1', title: 'CHURN  prediction', status: 'focus' }), candidate('y', { code: 'C2', title: 'Demand forecasting' })],
  scores: [...scores('p1', 'y', { v: 5, e: 1, u: 4 }), ...scores('p2', 'y', { v: 3, e: 3 }), ...scores('p1', 'x', { v: 2 })],
  settings: { scale: 10 },
});
const ids = (() => {
  let next = 0;
  return (prefix: string) => `${prefix}-new-${(next += 1)}`;
})();

describe('merging another room’s backlog', () => {
  const preview = previewBacklogMerge(ours, theirs);

  it('marks duplicates by title, matches people by name and says which criteria stay behind', () => {
    expect(preview.candidates.map((each) => [each.title, each.duplicateOf, each.scores])).toEqual([
      ['CHURN  prediction', 'churn', 1],
      ['Demand forecasting', null, 5],
    ]);
    expect(preview.participants.map((each) => each.suggested)).toEqual([{ kind: 'same-as', participantId: 'ana' }, { kind: 'add' }]);
    expect(preview.unmatchedCriteria.map((each) => each.name)).toEqual(['Urgency']);
    expect(preview.rescaled).toBe(true);
  });

  it('adds the chosen candidates under new codes with their scores mapped, rescaled and valid', () => {
    const merged = mergeBacklog(ours, theirs, { candidateIds: ['y'], participants: { p1: { kind: 'same-as', participantId: 'ana' }, p2: { kind: 'add' } } }, ids);
    const added = merged.candidates.at(-1)!;
    expect(added).toMatchObject({ code: 'C2', title: 'Demand forecasting' });
    expect(merged.participants.map((each) => each.name)).toEqual(['Ana Silva', 'Ben Okafor', 'Dev Rao']);
    const dev = merged.participants[2]!.id;
    // 1–10 → 1–5: 5 → 2.78 → 3, 1 → 1, 3 → 1.89 → 2; Urgency has no match and stays behind.
    expect(merged.scores.filter((score) => score.candidateId === added.id).map((score) => [score.participantId, score.criterionId, score.value])).toEqual([
      ['ana', 'value', 3],
      ['ana', 'effort', 1],
      [dev, 'value', 2],
      [dev, 'effort', 2],
    ]);
    const parsed = parseSession(serializeSession(merged));
    expect(parsed.ok ? 'valid' : parsed.error.message).toBe('valid');
  });

  it('leaves out the scores of people left out, and never brings a second focus', () => {
    const merged = mergeBacklog(ours, theirs, { candidateIds: ['x'], participants: { p1: { kind: 'leave-out' }, p2: { kind: 'leave-out' } } }, ids);
    expect(merged.candidates.at(-1)?.status).toBe('shortlisted');
    expect(merged.scores).toEqual(ours.scores);
    expect(merged.participants).toEqual(ours.participants);
  });
});
