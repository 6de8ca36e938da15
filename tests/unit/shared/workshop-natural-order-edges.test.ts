// Pins the natural order that sorts every candidate list and export, at its edges: numbers
// with leading zeros or different lengths, numbers against words, case-only differences and
// codes that are blank.
import { describe, expect, it } from 'vitest';
import { candidateLabel, compareCandidates, compareNatural } from '../../../shared/workshop';
import { candidate } from './workshop-fixtures';

const sorted = (texts: string[]) => [...texts].sort(compareNatural);

describe('natural order of codes', () => {
  it('reads runs of digits as numbers, whatever their length or leading zeros', () => {
    expect(sorted(['C100', 'C10', 'C99', 'C9', 'C8'])).toEqual(['C8', 'C9', 'C10', 'C99', 'C100']);
    expect(sorted(['C8', 'C007'])).toEqual(['C007', 'C8']);
    expect(sorted(['v010', 'v2'])).toEqual(['v2', 'v010']);
    // Only zeros in front are dropped: 100 is a hundred, and 008 is eight.
    expect(compareNatural('C100', 'C20')).toBeGreaterThan(0);
    expect(compareNatural('C20', 'C100')).toBeLessThan(0);
    expect(compareNatural('C9', 'C008')).toBeGreaterThan(0);
    expect(compareNatural('C008', 'C9')).toBeLessThan(0);
  });

  it('decides by the number before looking at what follows it', () => {
    expect(compareNatural('a12b', 'a13a')).toBeLessThan(0);
    expect(compareNatural('a13a', 'a12b')).toBeGreaterThan(0);
  });

  it('puts numbers before words', () => {
    expect(sorted(['b', 'a', '12', '3'])).toEqual(['3', '12', 'a', 'b']);
    // A word is not read as a number, whatever the two lengths; nor is punctuation.
    expect(compareNatural('a', '55')).toBeGreaterThan(0);
    expect(compareNatural('55', 'a')).toBeLessThan(0);
    expect(compareNatural('--', '5')).toBeLessThan(0);
    expect(compareNatural('5', '--')).toBeGreaterThan(0);
  });

  it('puts a code before the same code with more after it', () => {
    expect(compareNatural('C1', 'C1a')).toBeLessThan(0);
    expect(compareNatural('C1a', 'C1')).toBeGreaterThan(0);
  });

  it('compares a run of text whole, case-insensitively, in code-unit order', () => {
    expect(compareNatural('C1', 'C-1')).toBeLessThan(0); // "c" before "c-"
    expect(compareNatural('x_1', 'xa')).toBeLessThan(0); // "_" before "a", in lower case
  });

  it('puts an empty text before any other, a number too', () => {
    expect(compareNatural('', 'a')).toBeLessThan(0);
    expect(compareNatural('', '1')).toBeLessThan(0);
    expect(compareNatural('1', '')).toBeGreaterThan(0);
    expect(compareNatural('', '')).toBe(0);
  });

  it('breaks exact ties (case, leading zeros) by plain code-unit order, so the order is total', () => {
    expect(compareNatural('abc', 'ABC')).toBeGreaterThan(0);
    expect(compareNatural('ABC', 'abc')).toBeLessThan(0);
    expect(compareNatural('C07', 'C7')).toBeLessThan(0);
    expect(compareNatural('C7', 'C07')).toBeGreaterThan(0);
    expect(compareNatural('C7', 'C7')).toBe(0);
  });
});

describe('candidate order and labels', () => {
  it('puts candidates whose code is blank or only spaces after those with a code', () => {
    const blank = candidate('a', { code: '   ', title: 'Alpha' });
    const coded = candidate('b', { code: 'C9', title: 'Beta' });
    expect([blank, coded].sort(compareCandidates).map((c) => c.id)).toEqual(['b', 'a']);
    expect([coded, blank].sort(compareCandidates).map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('names a candidate by its trimmed code, or by its title when the code is blank', () => {
    expect(candidateLabel({ code: ' C4 ', title: 'Churn' })).toBe('C4');
    expect(candidateLabel({ code: '   ', title: 'Churn' })).toBe('Churn');
  });
});
