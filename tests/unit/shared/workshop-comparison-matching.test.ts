import { beforeEach, describe, expect, it } from 'vitest';
import { applyMatchPlan, compareSessions, nameKey, planOf, proposeMatches, titleKey, type Candidate, type CandidateMatching, type Session } from '../../../shared';
import { candidate, session } from './workshop-fixtures';

const codes = (candidates: readonly Candidate[]) => candidates.map((each) => each.code);
const pairCodes = (matching: Pick<CandidateMatching, 'pairs'>) => matching.pairs.map((pair) => [pair.earlier.code, pair.current.code, pair.matchedBy]);

describe('the proposal keeps a pair by id out of the matching by title', () => {
  it('on either side: a candidate kept by id is not offered again for a title it shares', () => {
    const proposal = proposeMatches(
      { candidates: [candidate('a', { code: 'C1', title: 'Churn' }), candidate('c', { code: 'C3', title: 'Churn v2' })] },
      { candidates: [candidate('a', { code: 'C1', title: 'Churn v2' }), candidate('b', { code: 'C2', title: 'Churn' })] },
    );
    expect(pairCodes(proposal)).toEqual([['C1', 'C1', 'id']]);
    expect([codes(proposal.dropped), codes(proposal.added)]).toEqual([['C3'], ['C2']]);
  });
});

describe('titles as the comparison reads them', () => {
  it('ignores case, accents, punctuation and word order', () => {
    expect(titleKey('Churn prediction, monthly')).toBe(titleKey('monthly churn-prediction'));
    expect(titleKey('Churn prediction, monthly')).toBe('churn monthly prediction');
    expect(titleKey('Prévision de la DEMANDE')).toBe(titleKey('prevision  de la demande!'));
    expect(titleKey('Ticket-Routing (Support)')).toBe(titleKey('support ticket routing'));
  });

  it('keeps different words apart and needs every word', () => {
    expect(titleKey('Churn prediction')).not.toBe(titleKey('Churn prediction, monthly'));
    expect(titleKey('Fraud detection')).not.toBe(titleKey('Fraud protection'));
  });

  it('joins a word across an apostrophe and reads compatibility characters as their letters', () => {
    expect(titleKey('Customer’s churn')).toBe(titleKey("customers' churn"));
    expect(titleKey('Proﬁt ﬁrst')).toBe(titleKey('profit first'));
  });

  it('gives nothing for a title of punctuation alone, which then matches nothing', () => {
    expect(titleKey('— ? —')).toBe('');
    const proposal = proposeMatches({ candidates: [candidate('x', { title: '?!' })] }, { candidates: [candidate('y', { title: '…' })] });
    expect(proposal.pairs).toEqual([]);
  });

  it('a name keeps its word order (criteria are named, not described)', () => {
    expect(nameKey('Business value / ROI')).toBe('business value roi');
    expect(nameKey('ROI business value')).not.toBe(nameKey('Business value / ROI'));
  });
});

describe('the proposed pairs', () => {
  let earlier: Pick<Session, 'candidates'>;
  let current: Pick<Session, 'candidates'>;
  beforeEach(() => {
    earlier = {
      candidates: [
        candidate('e-churn', { code: 'C1', title: 'Churn prediction, monthly' }),
        candidate('same', { code: 'C2', title: 'Support-ticket routing' }),
        candidate('e-fraud', { code: 'C3', title: 'Fraud detection' }),
        candidate('e-gone', { code: 'C4', title: 'Personalised video feed' }),
      ],
    };
    current = {
      candidates: [
        candidate('same', { code: 'K1', title: 'Routing of support tickets to the right queue' }),
        candidate('n-fraud', { code: 'K2', title: 'FRAUD — detection' }),
        candidate('n-churn', { code: 'K3', title: 'monthly churn-prediction' }),
        candidate('n-new', { code: 'K4', title: 'Demand forecasting' }),
      ],
    };
  });

  it('pairs by id first (whatever the title became), then by title, in the current order', () => {
    const proposal = proposeMatches(earlier, current);
    expect(pairCodes(proposal)).toEqual([
      ['C2', 'K1', 'id'],
      ['C3', 'K2', 'title'],
      ['C1', 'K3', 'title'],
    ]);
    expect(codes(proposal.dropped)).toEqual(['C4']);
    expect(codes(proposal.added)).toEqual(['K4']);
    expect(proposal.clashes).toEqual([]);
  });

  it('an id match takes the candidate out of title matching', () => {
    // The current "same" now carries the title of the earlier fraud candidate; the earlier
    // "same" is already its pair, so the fraud candidates still pair with each other.
    current.candidates[0] = { ...current.candidates[0]!, title: 'Fraud detection' };
    expect(pairCodes(proposeMatches(earlier, current))).toEqual([
      ['C2', 'K1', 'id'],
      ['C3', 'K2', 'title'],
      ['C1', 'K3', 'title'],
    ]);
  });

  it('two current candidates with the same title: neither is paired, and the clash says so with all three', () => {
    current.candidates.push(candidate('n-fraud-2', { code: 'K5', title: 'Fraud detection' }));
    const proposal = proposeMatches(earlier, current);
    expect(pairCodes(proposal)).toEqual([
      ['C2', 'K1', 'id'],
      ['C1', 'K3', 'title'],
    ]);
    expect(proposal.clashes.map((clash) => [clash.key, codes(clash.earlier), codes(clash.current)])).toEqual([['detection fraud', ['C3'], ['K2', 'K5']]]);
    expect(codes(proposal.dropped)).toEqual(['C3', 'C4']);
    expect(codes(proposal.added)).toEqual(['K2', 'K4', 'K5']);
  });

  it('two earlier candidates with the same title: the same, from the other side', () => {
    earlier.candidates.push(candidate('e-fraud-2', { code: 'C5', title: 'fraud detection' }));
    const proposal = proposeMatches(earlier, current);
    expect(proposal.clashes.map((clash) => [codes(clash.earlier), codes(clash.current)])).toEqual([[['C3', 'C5'], ['K2']]]);
    expect(codes(proposal.dropped)).toEqual(['C3', 'C4', 'C5']);
  });

  it('duplicates on one side only, with nothing to pair on the other, are no clash', () => {
    current.candidates.push(candidate('n-new-2', { code: 'K5', title: 'demand forecasting' }));
    expect(proposeMatches(earlier, current).clashes).toEqual([]);
  });

  it('lists every candidate of both sessions exactly once', () => {
    current.candidates.push(candidate('n-fraud-2', { code: 'K5', title: 'Fraud detection' }));
    const proposal = proposeMatches(earlier, current);
    const earlierIds = [...proposal.pairs.map((pair) => pair.earlier.id), ...proposal.dropped.map((each) => each.id)];
    const currentIds = [...proposal.pairs.map((pair) => pair.current.id), ...proposal.added.map((each) => each.id)];
    expect(earlierIds.sort()).toEqual(earlier.candidates.map((each) => each.id).sort());
    expect(currentIds.sort()).toEqual(current.candidates.map((each) => each.id).sort());
  });
});

describe('the facilitator’s plan', () => {
  let earlier: Pick<Session, 'candidates'>;
  let current: Pick<Session, 'candidates'>;
  beforeEach(() => {
    earlier = {
      candidates: [
        candidate('a', { code: 'C1', title: 'Churn prediction' }),
        candidate('b', { code: 'C2', title: 'Fraud detection' }),
        candidate('c', { code: 'C3', title: 'Demand forecasting' }),
      ],
    };
    current = {
      candidates: [
        candidate('a', { code: 'C1', title: 'Churn prediction' }),
        candidate('x', { code: 'C2', title: 'fraud detection' }),
        candidate('y', { code: 'C3', title: 'Forecasting of store demand' }),
      ],
    };
  });

  it('starts from the proposal, and applying it unchanged gives the proposal back', () => {
    const proposal = proposeMatches(earlier, current);
    const plan = planOf(proposal);
    expect(plan).toEqual({ pairs: [{ earlierId: 'a', currentId: 'a' }, { earlierId: 'b', currentId: 'x' }] });
    const applied = applyMatchPlan(earlier, current, plan, 'en');
    expect(applied).toEqual({ ok: true, matching: { pairs: proposal.pairs, dropped: proposal.dropped, added: proposal.added } });
  });

  it('takes a pair the facilitator adds, marked as theirs, and leaves out one they remove', () => {
    const applied = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'c', currentId: 'y' }, { earlierId: 'a', currentId: 'a' }] }, 'en');
    if (!applied.ok) throw new Error(applied.message);
    expect(pairCodes(applied.matching)).toEqual([
      ['C1', 'C1', 'id'],
      ['C3', 'C3', 'facilitator'],
    ]);
    expect(codes(applied.matching.dropped)).toEqual(['C2']);
    expect(codes(applied.matching.added)).toEqual(['C2']);
  });

  it('an empty plan drops every earlier candidate and makes every current one new', () => {
    const applied = applyMatchPlan(earlier, current, { pairs: [] }, 'en');
    if (!applied.ok) throw new Error(applied.message);
    expect([applied.matching.pairs, codes(applied.matching.dropped), codes(applied.matching.added)]).toEqual([[], ['C1', 'C2', 'C3'], ['C1', 'C2', 'C3']]);
  });

  it('refuses an id that is not in its session, naming it', () => {
    const applied = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'gone', currentId: 'a' }] }, 'en');
    expect(applied).toEqual({
      ok: false,
      message: 'These pairs cannot be compared: the earlier session has no candidate with the id “gone”.',
      problems: ['the earlier session has no candidate with the id “gone”'],
    });
    const other = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'a', currentId: 'b' }] }, 'en');
    expect(other.ok ? '' : other.message).toBe('These pairs cannot be compared: this session has no candidate with the id “b”.');
  });

  it('refuses a candidate paired twice, on either side, naming it and its partners', () => {
    const twiceEarlier = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'b', currentId: 'x' }, { earlierId: 'b', currentId: 'y' }] }, 'en');
    expect(twiceEarlier.ok ? '' : twiceEarlier.message).toBe(
      'These pairs cannot be compared: C2 “Fraud detection” of the earlier session is paired with 2 candidates (C2 “fraud detection”, C3 “Forecasting of store demand”); it can be paired with one.',
    );
    const twiceCurrent = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'b', currentId: 'x' }, { earlierId: 'c', currentId: 'x' }] }, 'en');
    expect(twiceCurrent.ok ? '' : twiceCurrent.message).toBe(
      'These pairs cannot be compared: C2 “fraud detection” of this session is paired with 2 earlier candidates (C2 “Fraud detection”, C3 “Demand forecasting”); it can be paired with one.',
    );
  });

  it('names a candidate without a code by its title alone', () => {
    earlier.candidates[1] = { ...earlier.candidates[1]!, code: '' };
    const applied = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'b', currentId: 'x' }, { earlierId: 'b', currentId: 'y' }] }, 'en');
    expect(applied.ok ? '' : applied.message).toMatch(/^These pairs cannot be compared: “Fraud detection” of the earlier session/);
  });

  it('counts the same pair named twice once', () => {
    const applied = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'b', currentId: 'x' }, { earlierId: 'b', currentId: 'x' }] }, 'en');
    expect(applied.ok && pairCodes(applied.matching)).toEqual([['C2', 'C2', 'title']]);
  });

  it('names two problems without counting more', () => {
    const applied = applyMatchPlan(earlier, current, { pairs: [{ earlierId: 'p', currentId: 'a' }, { earlierId: 'q', currentId: 'a' }] }, 'en');
    expect(applied.ok ? '' : applied.message).toBe(
      'These pairs cannot be compared, for 2 reasons: the earlier session has no candidate with the id “p”; the earlier session has no candidate with the id “q”.',
    );
  });

  it('calls a pair of titles of punctuation alone the facilitator’s, not a match by title', () => {
    const applied = applyMatchPlan({ candidates: [candidate('x', { title: '?!' })] }, { candidates: [candidate('y', { title: '…' })] }, { pairs: [{ earlierId: 'x', currentId: 'y' }] }, 'en');
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.matching.pairs.map((pair) => pair.matchedBy)).toEqual(['facilitator']);
  });

  it('names the first three problems and counts the rest', () => {
    const pairs = ['p', 'q', 'r', 's', 't'].map((id) => ({ earlierId: id, currentId: 'a' }));
    const applied = applyMatchPlan(earlier, current, { pairs }, 'en');
    if (applied.ok) throw new Error('expected a refusal');
    expect(applied.problems).toHaveLength(5);
    expect(applied.message).toBe(
      'These pairs cannot be compared, for 5 reasons: the earlier session has no candidate with the id “p”; the earlier session has no candidate with the id “q”; the earlier session has no candidate with the id “r”; and 2 more.',
    );
  });

  it('a refused plan refuses the comparison with the same words, computing nothing', () => {
    const full = (candidates: Candidate[]) => session({ candidates, settings: { revealed: true } });
    const result = compareSessions(full(earlier.candidates), full(current.candidates), { pairs: [{ earlierId: 'gone', currentId: 'a' }] }, 'en');
    expect(result).toEqual({
      kind: 'refused',
      message: 'These pairs cannot be compared: the earlier session has no candidate with the id “gone”.',
      problems: ['the earlier session has no candidate with the id “gone”'],
    });
  });

  it('a comparison over a plan uses its pairs', () => {
    const full = (candidates: Candidate[]) => session({ candidates, settings: { revealed: true } });
    const result = compareSessions(full(earlier.candidates), full(current.candidates), { pairs: [{ earlierId: 'c', currentId: 'y' }] }, 'en');
    if (result.kind !== 'compared') throw new Error(result.kind);
    expect(result.deltas.map((delta) => [delta.earlier.id, delta.current.id, delta.matchedBy])).toEqual([['c', 'y', 'facilitator']]);
    expect(result.dropped.map((each) => each.candidate.id)).toEqual(['a', 'b']);
    expect(result.added.map((each) => each.candidate.id)).toEqual(['a', 'x']);
  });
});
