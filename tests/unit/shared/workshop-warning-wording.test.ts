// Pins what each framing and scoring warning says and how loud it is, at the edges the
// existing warning tests leave open: exactly five candidates named, plural wording, the
// order of the no-data list, and which room or mode raises "nobody scores this axis".
import { describe, expect, it } from 'vitest';
import { candidateWarnings, participantWarnings, scoringWarnings, type WorkshopWarning } from '../../../shared/workshop';
import { candidate, criterion, participant, session } from './workshop-fixtures';

const byCode = (warnings: WorkshopWarning[], code: string) => warnings.find((w) => w.code === code);

describe('room warnings', () => {
  it('are warnings, except the gentle note for a small room', () => {
    const empty = participantWarnings({ participants: [] }, 'en');
    expect(empty.map((w) => [w.code, w.level])).toEqual([['no-participants', 'warning']]);
    const crowd = participantWarnings({ participants: ['a', 'b', 'c', 'd', 'e'].map((id) => participant(id, 'domain')) }, 'en');
    expect(crowd.map((w) => [w.code, w.level])).toEqual([
      ['no-business', 'warning'],
      ['no-technical', 'warning'],
      ['too-many-participants', 'warning'],
    ]);
    expect(participantWarnings({ participants: [participant('a', 'business'), participant('b', 'technical')] }, 'en').map((w) => w.level)).toEqual(['note']);
  });

  it('say which background is missing and why it matters', () => {
    const warnings = participantWarnings({ participants: [participant('a', 'domain'), participant('b', 'data'), participant('c', 'domain')] }, 'en');
    expect(byCode(warnings, 'no-business')!.message).toBe('No one with a business background: impact and key metrics may go unchallenged.');
    expect(byCode(warnings, 'no-technical')!.message).toBe('No one with a technical background: complexity and production constraints may be underestimated.');
  });
});

describe('backlog warnings', () => {
  it('name exactly five candidates without "and 0 more"', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => candidate(id, { keyMetric: '' }));
    expect(byCode(candidateWarnings({ candidates: five }, 'en'), 'missing-key-metric')!.message).toBe('5 candidates have no key metric: A, B, C, D, E.');
  });

  it('list candidates without data by code, in the plural, as warnings', () => {
    const noData = [candidate('b', { code: 'C10', dataAvailability: 'no' }), candidate('a', { code: 'C2', dataAvailability: 'no' })];
    const warning = byCode(candidateWarnings({ candidates: noData }, 'en'), 'no-data')!;
    expect(warning).toEqual({ code: 'no-data', level: 'warning', message: '2 candidates have no data available: C2, C10.', candidateIds: ['a', 'b'] });
    const metric = byCode(candidateWarnings({ candidates: [candidate('x', { keyMetric: ' ' })] }, 'en'), 'missing-key-metric')!;
    expect(metric.level).toBe('warning');
  });
});

describe('scoring warnings', () => {
  const room = [participant('biz', 'business'), participant('tech', 'technical')];

  it('name the axis that has no weighted criterion', () => {
    const noComplexity = scoringWarnings(session({ participants: room, criteria: [criterion('i', 'impact'), criterion('c', 'complexity', 0)] }), 'en');
    expect(noComplexity).toEqual([
      { code: 'no-complexity-criteria', level: 'warning', message: 'No complexity criterion has a weight above 0, so no candidate can be placed by its scores.' },
    ]);
    const noImpact = scoringWarnings(session({ participants: room, criteria: [criterion('c', 'complexity')] }), 'en');
    expect(noImpact.map((w) => [w.code, w.message])).toEqual([
      ['no-impact-criteria', 'No impact criterion has a weight above 0, so no candidate can be placed by its scores.'],
    ]);
  });

  it('say when nobody in a room scoring by background scores impact', () => {
    const technical = scoringWarnings(session({ participants: [participant('t1', 'technical'), participant('t2', 'technical')], settings: { scoreByBackground: true } }), 'en');
    expect(technical).toEqual([{ code: 'nobody-scores-impact', level: 'warning', message: 'With scoring by background, nobody in the room scores impact.' }]);
  });

  it('stay quiet when at least one person scores each axis', () => {
    const mixed = [participant('biz', 'business'), participant('dom', 'domain')];
    expect(scoringWarnings(session({ participants: mixed, settings: { scoreByBackground: true } }), 'en')).toEqual([]);
  });

  it('stay quiet in consensus mode, where the room scores as one', () => {
    const business = [participant('b1', 'business'), participant('b2', 'business')];
    expect(scoringWarnings(session({ participants: business, settings: { scoreByBackground: true, scoringMode: 'consensus' } }), 'en')).toEqual([]);
    expect(scoringWarnings(session({ participants: business, settings: { scoreByBackground: true } }), 'en').map((w) => w.code)).toEqual(['nobody-scores-complexity']);
  });
});
