import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared';
import { criteriaChanges, criteriaForEarlierScores, linkCriteria, reweighedAggregates } from '../../../shared/workshop/comparison-criteria';
import { titleKey } from '../../../shared/workshop/comparison-names';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

// Today's criteria linked to the earlier ones (comparison-criteria.ts): by id, else by a name
// that reads the same on the same axis, each earlier criterion standing for one of today's.

const named = (id: string, name: string, axis: Criterion['axis'] = 'impact', weight = 1): Criterion => ({ ...criterion(id, axis, weight), name });
const links = (earlier: Criterion[], current: Criterion[]) => linkCriteria(earlier, current).map((link) => [link.current.id, link.earlier?.id ?? null]);

describe('linkCriteria', () => {
  it('links by id whatever the name, else by a name that reads the same (case, accents, punctuation)', () => {
    expect(links([named('e1', 'Business value'), named('e2', 'Reach')], [named('e1', 'Value now'), named('t2', ' REACH! ')])).toEqual([
      ['e1', 'e1'],
      ['t2', 'e2'],
    ]);
  });

  it('links by the name that reads the same, not the first criterion free on the axis', () => {
    expect(links([named('e1', 'Value'), named('e2', 'Reach')], [named('t2', 'Reach')])).toEqual([['t2', 'e2']]);
  });

  it('links by name only on the same axis, and never a name of punctuation alone', () => {
    expect(links([named('e1', 'Data', 'complexity')], [named('t1', 'Data', 'impact')])).toEqual([['t1', null]]);
    expect(links([named('e1', '—'), named('e2', '?')], [named('t1', '…')])).toEqual([['t1', null]]);
  });

  it('lets an earlier criterion stand for one of today’s only: one kept by id is not taken by name, and the first by name wins', () => {
    expect(links([named('e1', 'Reach')], [named('t0', 'Reach'), named('e1', 'Reach (old)')])).toEqual([
      ['t0', null],
      ['e1', 'e1'],
    ]);
    expect(links([named('e1', 'Reach')], [named('t1', 'Reach'), named('t2', 'reach')])).toEqual([
      ['t1', 'e1'],
      ['t2', null],
    ]);
  });
});

describe('criteriaChanges', () => {
  it('lists today’s criteria added, reweighted or moved to the other axis, then the earlier ones gone', () => {
    const earlier = [named('e1', 'Value', 'impact', 2), named('e2', 'Reach'), named('e3', 'Data', 'impact', 1), named('e4', 'Effort', 'complexity')];
    const current = [named('e1', 'Value', 'impact', 3), named('t5', 'Urgency', 'impact', 1), named('e3', 'Data', 'complexity', 1), named('e4', 'Effort', 'complexity')];
    expect(criteriaChanges(earlier, current)).toEqual([
      { name: 'Value', before: { axis: 'impact', weight: 2 }, after: { axis: 'impact', weight: 3 } },
      { name: 'Urgency', before: null, after: { axis: 'impact', weight: 1 } },
      { name: 'Data', before: { axis: 'impact', weight: 1 }, after: { axis: 'complexity', weight: 1 } },
      { name: 'Reach', before: { axis: 'impact', weight: 1 }, after: null },
    ]);
    expect(criteriaChanges(earlier, earlier)).toEqual([]);
  });
});

describe('criteriaForEarlierScores', () => {
  it('files each linked criterion under its earlier id with today’s axis and weight, and leaves the new ones out', () => {
    const result = criteriaForEarlierScores(linkCriteria([named('e1', 'Reach', 'impact', 1)], [named('t1', 'reach', 'complexity', 3), named('t2', 'New')]));
    // Linked by name across axes? No: t1 is on another axis, so nothing links and nothing is filed.
    expect(result).toEqual([]);
    const linked = criteriaForEarlierScores(linkCriteria([named('e1', 'Reach', 'impact', 1)], [named('t1', 'reach', 'impact', 3), named('t2', 'New')]));
    expect(linked).toEqual([{ ...named('t1', 'reach', 'impact', 3), id: 'e1' }]);
  });
});

describe('titleKey', () => {
  it('reads a title whatever its word order, case and punctuation', () => {
    expect(titleKey('Churn prediction, monthly')).toBe('churn monthly prediction');
    expect(titleKey('monthly churn-prediction')).toBe('churn monthly prediction');
    expect(titleKey('zeta alpha alpha')).toBe('alpha alpha zeta');
    expect(titleKey('?!')).toBe('');
  });
});

describe('reweighedAggregates', () => {
  it('reads the earlier scores with today’s weights, each axis scored by whom the earlier session had score it', () => {
    const earlier = session({
      participants: [participant('pb', 'business'), participant('pt', 'technical')],
      criteria: [named('i1', 'Value', 'impact', 1), named('i2', 'Reach', 'impact', 1), named('c1', 'Effort', 'complexity', 1)],
      candidates: [candidate('a')],
      scores: [...scores('pb', 'a', { i1: 5, i2: 1, c1: 1 }), ...scores('pt', 'a', { i1: 1, i2: 1, c1: 5 })],
      settings: { revealed: true, scoreByBackground: true },
    });
    // Today Value weighs 3 and Reach 1: the business participant's impact (5·3 + 1)/4 = 4; the technical one's effort 5.
    const today = { criteria: [named('i1', 'Value', 'impact', 3), named('i2', 'Reach', 'impact', 1), named('c1', 'Effort', 'complexity', 1)] };
    expect(reweighedAggregates(earlier, today, ['a']).get('a')).toEqual({ impact: 4, complexity: 5 });
  });
});
