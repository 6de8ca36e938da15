// Pins what a point's label says in each of its forms (shared/workshop/label-text.ts): the whole
// title on one line, on two, shortened only where it can be hovered, the code alone last; and
// the key that lists the whole titles of the points drawn by their code.
import { describe, expect, it } from 'vitest';
import { chartKey, LABEL_TEXT_LIMITS, labelForms, wrapInTwo, wrapWords } from '../../../shared/workshop';

const limits = { lineChars: 20, shortChars: 10 };

describe('a label’s forms', () => {
  it('are the whole title, the same on two lines, shortened and the code, in that order, on the Map', () => {
    expect(labelForms('C12', 'Churn of loyal users', 'interactive', limits)).toEqual([
      { form: 'wrapped', lines: ['C12 Churn of', 'loyal users'] },
      { form: 'short', lines: ['C12 Churn of…'] },
      { form: 'code', lines: ['C12'] },
    ]);
    expect(labelForms('C1', 'Fraud', 'interactive', limits)).toEqual([
      { form: 'full', lines: ['C1 Fraud'] },
      { form: 'code', lines: ['C1'] },
    ]);
  });

  it('never shorten a title where nobody can hover: the code alone stands for it (and the key names it)', () => {
    const forms = labelForms('C12', 'Forecast call-centre volume per half hour for staff rostering', 'print');
    expect(forms.map((form) => form.form)).toEqual(['wrapped', 'code']);
    expect(forms.flatMap((form) => form.lines).join(' ')).not.toContain('…');
    expect(forms[0]!.lines).toEqual(['C12 Forecast call-centre volume', 'per half hour for staff rostering']);
  });

  it('keep the one line within the limit and offer it whenever it is', () => {
    const title = 'x'.repeat(LABEL_TEXT_LIMITS.lineChars - 4);
    expect(labelForms('C9', title, 'print')[0]).toEqual({ form: 'full', lines: [`C9 ${title}`] });
    expect(labelForms('C9', `${title}yy`, 'print')[0]!.form).toBe('code');
  });

  it('wrap a short title too, for where only a narrower label fits', () => {
    expect(labelForms('C7', 'Support-ticket routing', 'print').map((form) => form.lines)).toEqual([['C7 Support-ticket routing'], ['C7 Support-ticket', 'routing'], ['C7']]);
  });

  it('shorten only a title longer than the limit, keeping one character less than it and an ellipsis', () => {
    expect(labelForms('C3', '0123456789', 'interactive', limits).map((form) => form.form)).toEqual(['full', 'code']);
    expect(labelForms('C3', '0123456789ab', 'interactive', limits).find((form) => form.form === 'short')!.lines).toEqual(['C3 012345678…']);
    // Shortened before a space, the space goes.
    expect(labelForms('C3', 'abcd efgh ijkl', 'interactive', { lineChars: 8, shortChars: 6 }).find((form) => form.form === 'short')!.lines).toEqual(['C3 abcd…']);
  });

  it('read a title with runs of spaces as its words, and an empty one as the code alone', () => {
    expect(labelForms('C4', '  Demand   forecasting  ', 'print')[0]!.lines).toEqual(['C4 Demand forecasting']);
    expect(labelForms('C4', '   ', 'interactive')).toEqual([{ form: 'code', lines: ['C4'] }]);
  });
});

describe('wrapping in two', () => {
  it('splits at the space that makes the longer line shortest, the code leading the first', () => {
    expect(wrapInTwo('C1', 'aaaa bb cc dd', 40)).toEqual(['C1 aaaa', 'bb cc dd']);
    expect(wrapInTwo('C1', 'aa bb cc dddd', 40)).toEqual(['C1 aa bb', 'cc dddd']);
    expect(wrapInTwo('C10', 'one two three', 40)).toEqual(['C10 one', 'two three']);
    // Equally good splits (the longer line 8 either way): the first wins.
    expect(wrapInTwo('C1', 'aa bb cc dd', 40)).toEqual(['C1 aa', 'bb cc dd']);
  });

  it('gives nothing for a single word, or when a line would pass the limit', () => {
    expect(wrapInTwo('C1', 'Forecasting', 40)).toBeUndefined();
    expect(wrapInTwo('C1', 'aaaa bbbb', 7)).toEqual(['C1 aaaa', 'bbbb']);
    expect(wrapInTwo('C1', 'aaaa bbbb', 6)).toBeUndefined();
  });
});

describe('wrapping words into lines', () => {
  it('fills each line up to the limit at spaces, and loses nothing', () => {
    const text = 'Recommend substitutes when an online order item is out of stock';
    const lines = wrapWords(text, 20);
    expect(lines).toEqual(['Recommend', 'substitutes when an', 'online order item is', 'out of stock']);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('cuts a word longer than a line into pieces, and gives no line for no text', () => {
    expect(wrapWords('ab supercalifragilistic cd', 8)).toEqual(['ab', 'supercal', 'ifragili', 'stic cd']);
    expect(wrapWords('  ', 8)).toEqual([]);
    expect(wrapWords('abc', 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('the chart’s key', () => {
  const candidates = [
    { id: 'c10', code: 'C10', title: 'Price elasticity for promotions', status: 'open' },
    { id: 'c2', code: 'C2', title: 'Product recommendations in the web shop' },
    { id: 'c1', code: 'C1', title: 'Fraud detection for card payments' },
    { id: 'x2', code: 'C2', title: 'Another with the same code' },
  ];

  it('lists the coded candidates with their whole titles, in the codes’ natural order, ties by title', () => {
    expect(chartKey(candidates, ['c10', 'c2', 'x2'])).toEqual([
      { id: 'x2', code: 'C2', title: 'Another with the same code' },
      { id: 'c2', code: 'C2', title: 'Product recommendations in the web shop' },
      { id: 'c10', code: 'C10', title: 'Price elasticity for promotions' },
    ]);
  });

  it('leaves out ids that name no candidate, and names each candidate once', () => {
    expect(chartKey(candidates, ['c1', 'gone', 'c1']).map((entry) => entry.id)).toEqual(['c1']);
    expect(chartKey(candidates, [])).toEqual([]);
  });

  it('lists each numbered cluster’s members after the coded candidates, cluster 1 first, in the codes’ order within it', () => {
    expect(chartKey(candidates, ['c2'], [['c10', 'c1'], ['x2']])).toEqual([
      { id: 'c2', code: 'C2', title: 'Product recommendations in the web shop' },
      { id: 'c1', code: 'C1', title: 'Fraud detection for card payments', cluster: 1 },
      { id: 'c10', code: 'C10', title: 'Price elasticity for promotions', cluster: 1 },
      { id: 'x2', code: 'C2', title: 'Another with the same code', cluster: 2 },
    ]);
  });

  it('orders exact ties by id, so the key is the same on every run', () => {
    const twins = [
      { id: 'b', code: 'C5', title: 'Same' },
      { id: 'a', code: 'C5', title: 'Same' },
    ];
    expect(chartKey(twins, ['b', 'a']).map((entry) => entry.id)).toEqual(['a', 'b']);
  });
});

describe('splitting a title in two, and wrapping words for a key', () => {
  it('splits only at a space, at the one that balances the lines best', () => {
    expect(wrapInTwo('C1', 'abcdefghijkl mn', 44)).toEqual(['C1 abcdefghijkl', 'mn']);
    expect(wrapInTwo('C1', 'ab cd efgh ij', 44)).toEqual(['C1 ab cd', 'efgh ij']);
  });

  it('never leaves the code alone on the first line or nothing on the second, spaces at either end included', () => {
    expect(wrapInTwo('C1', ' abcdefgh', 44)).toBeUndefined();
    expect(wrapInTwo('C1', 'abcdefgh ', 44)).toBeUndefined();
    // A space at the very start is skipped, not the end of the search (labelForms gives titles with single spaces).
    expect(wrapInTwo('C1', ' abc def', 44)?.[1]).toBe('def');
    expect(wrapInTwo('C1', 'abc  def', 44)).toEqual(['C1 abc', 'def']);
    expect(wrapInTwo('', 'abc def', 44)).toEqual(['abc', 'def']);
  });

  it('keeps the whole title on one line when it fills the line exactly', () => {
    expect(labelForms('C1', 'x'.repeat(41), 'print')[0]).toEqual({ form: 'full', lines: [`C1 ${'x'.repeat(41)}`] });
  });

  it('wraps words to lines of at most the width, a word that fills a line on a line of its own', () => {
    expect(wrapWords('  abcd efgh  ij ', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapWords('ab cd', 5)).toEqual(['ab cd']);
  });
});
