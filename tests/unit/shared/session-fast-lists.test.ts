import { describe, expect, test } from 'vitest';
import { checkSession, createSampleSession, parseSession, serializeSession } from '../../../shared';
import { setAsideCheckedScores } from '../../../shared/session/fast-lists';
import { LIMITS } from '../../../shared/session/schema';

// Big boards skip zod for their scores (shared/session/fast-lists.ts); nothing else changes.

const sample = createSampleSession();
// The session as the gate is given it (the page's flat score list), as plain JSON data.
const asData = () => JSON.parse(JSON.stringify(sample)) as Record<string, unknown> & { scores: Record<string, unknown>[] };

describe('scores checked by hand when opening', () => {
  test('valid scores are set aside and put back unchanged', () => {
    const data = asData();
    const setAside = setAsideCheckedScores(data);
    expect(setAside).not.toBeNull();
    expect(setAside!.rest.scores).toEqual([]);
    expect(setAside!.restore({ scores: [] }).scores).toBe(data.scores);
    const opened = parseSession(serializeSession(sample), 'en');
    expect(opened.ok && opened.session.scores).toEqual(sample.scores);
  });

  test.each([
    ['an unknown key', (score: Record<string, unknown>) => void (score.extra = 1)],
    ['a missing key', (score: Record<string, unknown>) => void delete score.value],
    ['a bad id', (score: Record<string, unknown>) => void (score.candidateId = 'not an id!')],
    ['a bad first character', (score: Record<string, unknown>) => void (score.candidateId = '!cand')],
    ['an empty id', (score: Record<string, unknown>) => void (score.participantId = '')],
    ['a long id', (score: Record<string, unknown>) => void (score.criterionId = 'x'.repeat(65))],
    ['a fraction', (score: Record<string, unknown>) => void (score.value = 2.5)],
    ['text for a number', (score: Record<string, unknown>) => void (score.value = '3')],
  ])('a score with %s goes through zod as before', (_name, spoil) => {
    const data = asData();
    spoil(data.scores[5]!);
    expect(setAsideCheckedScores(data)).toBeNull();
  });

  test('ids of 1 and of 64 characters, of every allowed kind, keep the fast path', () => {
    const data = asData();
    data.scores[0]!.participantId = 'p';
    data.scores[1]!.candidateId = 'x'.repeat(64);
    data.scores[2]!.criterionId = 'Az_09-';
    expect(setAsideCheckedScores(data)).not.toBeNull();
  });

  test.each([
    ['scores that are not a list', (data: Record<string, unknown>) => void (data.scores = { 0: {} })],
    ['a score that is a list', (data: Record<string, unknown> & { scores: unknown[] }) => void (data.scores[2] = ['p', 'c', 'k', 3])],
    ['a score that is null', (data: Record<string, unknown> & { scores: unknown[] }) => void (data.scores[2] = null)],
    ['an id that is a number', (data: Record<string, unknown> & { scores: Record<string, unknown>[] }) => void (data.scores[2]!.participantId = 7)],
    ['an id seen before, then a bad one', (data: Record<string, unknown> & { scores: Record<string, unknown>[] }) => void (data.scores[9]!.criterionId = 'crit-value!')],
  ])('%s go through zod', (_name, spoil) => {
    const data = asData();
    spoil(data as never);
    expect(setAsideCheckedScores(data)).toBeNull();
  });

  test('a list of scores up to the limit keeps the fast path; a longer one goes through zod, which checks its length', () => {
    const data = asData();
    const count = data.scores.length;
    expect(setAsideCheckedScores(data, count)).not.toBeNull();
    expect(setAsideCheckedScores(data, count - 1)).toBeNull();
    // The format's own limit is the default (a list just over it is refused before any score is read).
    expect(setAsideCheckedScores({ ...data, scores: new Array(LIMITS.scores + 1).fill(data.scores[0]) })).toBeNull();
  });

  test('errors in scores are still named by zod, with their place', () => {
    const data = asData();
    data.scores[3]!.value = 2.5;
    const checked = checkSession(data, 'en');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error.message).toMatch(/^The value of score 4 \(by .*\) is 2\.5, not a whole number\.$/);
  });

  test('a score with an unknown key passes with the key dropped, as zod does', () => {
    const data = asData();
    data.scores[0]!.extra = 'x';
    const checked = checkSession(data, 'en');
    if (!checked.ok) throw new Error(checked.error.message);
    expect(Object.keys(checked.session.scores[0]!)).not.toContain('extra');
  });
});
