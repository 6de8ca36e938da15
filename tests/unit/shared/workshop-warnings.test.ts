import { describe, expect, it } from 'vitest';
import { candidateWarnings, framingWarnings, participantWarnings, scoringWarnings } from '../../../shared/workshop';
import { candidate, criterion, participant, session } from './workshop-fixtures';

const codes = (ws: Array<{ code: string }>) => ws.map((w) => w.code);

describe('participantWarnings', () => {
  it('a balanced room of 3–4 raises nothing', () => {
    expect(participantWarnings(session({ participants: [participant('a', 'business'), participant('b', 'technical'), participant('c', 'data')] }), 'en')).toEqual([]);
    expect(
      participantWarnings(
        session({ participants: [participant('a', 'business'), participant('b', 'technical'), participant('c', 'data'), participant('d', 'domain')] }), 'en',
      ),
    ).toEqual([]);
  });

  it('an empty room gets one message', () => {
    const ws = participantWarnings(session(), 'en');
    expect(codes(ws)).toEqual(['no-participants']);
    expect(ws[0]!.message).toMatch(/No participants yet/);
  });

  it('flags a room without business or technical people', () => {
    expect(codes(participantWarnings(session({ participants: [participant('a', 'technical'), participant('b', 'data'), participant('c', 'domain')] }), 'en'))).toEqual([
      'no-business',
    ]);
    expect(codes(participantWarnings(session({ participants: [participant('a', 'business'), participant('b', 'data'), participant('c', 'domain')] }), 'en'))).toEqual([
      'no-technical',
    ]);
  });

  it('flags more than 4 people, and notes fewer than 3', () => {
    const five = ['business', 'technical', 'data', 'domain', 'data'] as const;
    const ws = participantWarnings(session({ participants: five.map((b, i) => participant(`p${i}`, b)) }), 'en');
    expect(codes(ws)).toEqual(['too-many-participants']);
    expect(ws[0]!.message).toBe('5 participants: the method works best with 3–4 people. Consider a smaller scoring group.');
    const two = participantWarnings(session({ participants: [participant('a', 'business'), participant('b', 'technical')] }), 'en');
    expect(two).toEqual([
      { code: 'few-participants', level: 'note', message: 'Only 2 participants: 3–4 people give a fuller view of impact and complexity.' },
    ]);
    expect(participantWarnings(session({ participants: [participant('a', 'business')] }), 'en').map((w) => w.message)).toContain(
      'Only 1 participant: 3–4 people give a fuller view of impact and complexity.',
    );
  });
});

describe('candidateWarnings', () => {
  it('lists candidates without a key metric, by code, naming at most 5', () => {
    const cands = Array.from({ length: 7 }, (_, i) => candidate(`k${i}`, { code: `C${7 - i}`, keyMetric: '  ' }));
    const ws = candidateWarnings(session({ candidates: [...cands, candidate('ok')] }), 'en');
    expect(ws).toHaveLength(1);
    expect(ws[0]!.code).toBe('missing-key-metric');
    expect(ws[0]!.message).toBe('7 candidates have no key metric: C1, C2, C3, C4, C5 and 2 more.');
    expect(ws[0]!.candidateIds).toEqual(['k6', 'k5', 'k4', 'k3', 'k2', 'k1', 'k0']);
  });

  it('names a candidate by title when it has no code; singular wording', () => {
    const ws = candidateWarnings(session({ candidates: [candidate('a', { code: '', title: 'Churn prediction', keyMetric: '' })] }), 'en');
    expect(ws[0]!.message).toBe('1 candidate has no key metric: Churn prediction.');
  });

  it("flags ML candidates with data availability 'no' (not those better without ML)", () => {
    const ws = candidateWarnings(
      session({
        candidates: [
          candidate('a', { code: 'C1', dataAvailability: 'no' }),
          candidate('b', { code: 'C2', dataAvailability: 'partly' }),
          candidate('c', { code: 'C3', dataAvailability: 'no', betterWithoutMl: true }),
          candidate('d', { code: 'C4', dataAvailability: 'unknown' }),
        ],
      }), 'en',
    );
    expect(ws).toEqual([{ code: 'no-data', level: 'warning', message: '1 candidate has no data available: C1.', candidateIds: ['a'] }]);
  });
});

describe('framingWarnings and scoringWarnings', () => {
  it('framing = room then backlog', () => {
    const s = session({ participants: [participant('a', 'business')], candidates: [candidate('x', { keyMetric: '' })] });
    expect(codes(framingWarnings(s, 'en'))).toEqual(['no-technical', 'few-participants', 'missing-key-metric']);
  });

  it('flags an axis with no weighted criterion', () => {
    const s = session({ criteria: [criterion('i', 'impact', 0), criterion('c', 'complexity', 1)] });
    expect(codes(scoringWarnings(s, 'en'))).toEqual(['no-impact-criteria']);
  });

  it('flags an axis nobody scores under scoring by background', () => {
    const s = session({ participants: [participant('a', 'business'), participant('b', 'business')], settings: { scoreByBackground: true } });
    expect(codes(scoringWarnings(s, 'en'))).toEqual(['nobody-scores-complexity']);
    expect(scoringWarnings({ ...s, settings: { ...s.settings, scoreByBackground: false } }, 'en')).toEqual([]);
  });
});
