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
  it('marks duplicates by title, matches people by name and says which criteria stay behind', () => {
    const preview = previewBacklogMerge(ours, theirs);
    expect(preview.candidates.map((each) => [each.title, each.duplicateOf, each.scores])).toEqual([
      ['CHURN  prediction', 'churn', 1],
      ['Demand forecasting', null, 5],
    ]);
    expect(preview.participants.map((each) => each.suggested)).toEqual([{ kind: 'same-as', participantId: 'ana' }, { kind: 'add' }]);
    expect(preview.unmatchedCriteria.map((each) => each.name)).toEqual(['Urgency']);
    expect(preview.rescaled).toBe(true);
  });

  it('keeps this session’s language of exports, whatever the other session’s', () => {
    const german = { ...ours, settings: { ...ours.settings, language: 'de' as const } };
    const french = { ...theirs, settings: { ...theirs.settings, language: 'fr' as const } };
    const plan = { candidateIds: ['y'], participants: { p1: { kind: 'add' as const }, p2: { kind: 'add' as const } } };
    expect(mergeBacklog(german, french, plan, ids).settings.language).toBe('de');
    expect(mergeBacklog(ours, french, plan, ids).settings.language).toBeNull();
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
    const parsed = parseSession(serializeSession(merged), 'en');
    expect(parsed.ok ? 'valid' : parsed.error.message).toBe('valid');
  });

  it('brings readiness answers to the items this session has, matched by id or by name, and leaves the rest behind', () => {
    const target = { ...ours, readinessItems: [{ id: 'data', name: 'Data available', question: '' }, { id: 'ops', name: 'Monitoring', question: '' }] };
    const source = {
      ...theirs,
      readinessItems: [
        { id: 'data', name: 'Data there', question: '' },
        { id: 'mon', name: 'monitoring ', question: '' },
        { id: 'gdpr', name: 'GDPR review', question: '' },
      ],
      candidates: theirs.candidates.map((each) =>
        each.id === 'y'
          ? {
              ...each,
              readiness: [
                { itemId: 'data', answer: 'ready' as const, evidence: 'Till data', owner: '' },
                { itemId: 'mon', answer: 'missing' as const, evidence: '', owner: 'Dev' },
                { itemId: 'gdpr', answer: 'unknown' as const, evidence: '', owner: 'Legal' },
              ],
            }
          : each,
      ),
    };
    const merged = mergeBacklog(target, source, { candidateIds: ['y'], participants: { p1: { kind: 'leave-out' }, p2: { kind: 'leave-out' } } }, ids);
    expect(merged.candidates.at(-1)!.readiness).toEqual([
      { itemId: 'data', answer: 'ready', evidence: 'Till data', owner: '' },
      { itemId: 'ops', answer: 'missing', evidence: '', owner: 'Dev' },
    ]);
    const parsed = parseSession(serializeSession(merged), 'en');
    expect(parsed.ok ? 'valid' : parsed.error.message).toBe('valid');
  });

  it('leaves out the scores of people left out, and never brings a second focus', () => {
    const merged = mergeBacklog(ours, theirs, { candidateIds: ['x'], participants: { p1: { kind: 'leave-out' }, p2: { kind: 'leave-out' } } }, ids);
    expect(merged.candidates.at(-1)?.status).toBe('shortlisted');
    expect(merged.scores).toEqual(ours.scores);
    expect(merged.participants).toEqual(ours.participants);
  });

  it('matches titles, names and criteria whatever their case, accents and spacing, but not other words', () => {
    const target = session({
      participants: [participant('jo', 'business', 'José Núñez')],
      criteria: [{ ...criterion('reach', 'impact'), name: 'Reach of the key metric' }],
      candidates: [candidate('cafe', { title: 'Café footfall' })],
    });
    const source = session({
      participants: [participant('a', 'business', '  jose  NUNEZ '), participant('b', 'business', 'Jose Nunes'), participant('c', 'business', 'JoséNúñez')],
      criteria: [
        { ...criterion('r1', 'impact'), name: 'REACH of the  key metric' },
        { ...criterion('r2', 'complexity'), name: 'Reach of the key metric' },
      ],
      candidates: [candidate('x', { title: 'cafe FOOTFALL ' }), candidate('y', { title: 'Cafe foot fall' })],
    });
    const preview = previewBacklogMerge(target, source);
    expect(preview.participants.map((each) => each.suggested)).toEqual([{ kind: 'same-as', participantId: 'jo' }, { kind: 'add' }, { kind: 'add' }]);
    expect(preview.candidates.map((each) => each.duplicateOf)).toEqual(['cafe', null]);
    expect(preview.unmatchedCriteria.map((each) => each.id)).toEqual(['r2']);
    expect(preview.rescaled).toBe(false);
  });

  it('keeps everything the session had, and adds each chosen candidate whole, in order, under the next codes', () => {
    const target = session({
      participants: [participant('ana', 'business', 'Ana Silva')],
      criteria: [criterion('value', 'impact')],
      candidates: [candidate('churn', { code: 'C1', title: 'Churn prediction' })],
      scores: scores('ana', 'churn', { value: 4 }),
      consensusScores: [{ candidateId: 'churn', criterionId: 'value', value: 2 }],
    });
    const source = session({
      participants: [participant('p1', 'data', 'Dev Rao')],
      criteria: [{ ...criterion('v', 'impact'), name: 'value' }],
      candidates: [
        candidate('x', { title: 'Demand forecasting', tags: ['stores'], status: 'parked', override: { impact: 10, complexity: 1 } }),
        candidate('y', { title: 'Routing', status: 'open' }),
      ],
      scores: scores('p1', 'x', { v: 10 }),
      consensusScores: [
        { candidateId: 'x', criterionId: 'v', value: 10 },
        { candidateId: 'x', criterionId: 'elsewhere', value: 3 },
        { candidateId: 'not-chosen', criterionId: 'v', value: 3 },
      ],
      settings: { scale: 10 },
    });
    const made: string[] = [];
    const makeId = (prefix: string) => {
      made.push(prefix);
      return `${prefix}-${made.length}`;
    };
    const merged = mergeBacklog(target, source, { candidateIds: ['x', 'y'], participants: { p1: { kind: 'add' } } }, makeId);
    expect(made).toEqual(['person', 'cand', 'cand']);
    expect(merged.participants).toEqual([...target.participants, { id: 'person-1', name: 'Dev Rao', background: 'data', scoringDone: false }]);
    expect(merged.candidates.map((each) => [each.id, each.code, each.title, each.status])).toEqual([
      ['churn', 'C1', 'Churn prediction', 'open'],
      ['cand-2', 'C2', 'Demand forecasting', 'parked'],
      ['cand-3', 'C3', 'Routing', 'open'],
    ]);
    expect(merged.candidates[1]).toMatchObject({ tags: ['stores'], override: { impact: 5, complexity: 1 } });
    expect(merged.scores).toEqual([...target.scores, { participantId: 'person-1', candidateId: 'cand-2', criterionId: 'value', value: 5 }]);
    expect(merged.consensusScores).toEqual([...target.consensusScores, { candidateId: 'cand-2', criterionId: 'value', value: 5 }]);
    const parsed = parseSession(serializeSession(merged), 'en');
    expect(parsed.ok ? 'valid' : parsed.error.message).toBe('valid');
  });

  it('leaves out a person mapped onto someone who is not in the session, or not mentioned in the plan', () => {
    const merged = mergeBacklog(ours, theirs, { candidateIds: ['y'], participants: { p1: { kind: 'same-as', participantId: 'ghost' } } }, ids);
    expect(merged.participants).toEqual(ours.participants);
    expect(merged.scores).toEqual(ours.scores);
  });
});
