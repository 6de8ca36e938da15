// How two sessions recognise the same thing under slightly different words: a candidate typed
// again by another room ("Churn prediction, monthly" and "monthly churn-prediction"), or a
// criterion whose name was retyped. Pure text rules, used by the comparison's matching.

// Apostrophes join a word ("customer's" reads as one word, not as "customer" and "s").
const APOSTROPHES = /['’ʼ`´]/gu;
// Anything that is neither a letter nor a digit separates words: punctuation, dashes, symbols.
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * A name with case, accents and punctuation ignored: compatibility-decomposed (NFKD, so "é"
 * loses its accent and the ligature "ﬁ" reads "fi"), marks removed, lower case, every run of
 * punctuation or space one space. "Business value / ROI" and "business value – roi" give
 * "business value roi". Word order is kept: criteria are named, not described.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * A candidate's title as the comparison matches it: nameKey, then its words sorted (plain
 * code-unit order, the same on every machine), so word order is ignored too. "Churn
 * prediction, monthly" and "monthly churn-prediction" both give "churn monthly prediction". A
 * title of punctuation alone gives "", which matches nothing.
 */
export function titleKey(title: string): string {
  const key = nameKey(title);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; "" split and joined is "" too.
  if (key === '') return '';
  return key
    .split(' ')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join(' ');
}
