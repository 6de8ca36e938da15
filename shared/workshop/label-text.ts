// What a point's label on the matrix says, in the forms placeLabels (labels.ts) tries in turn,
// and the key that lists the full titles of the points drawn by their code alone.
//
// Rule: a label is the candidate's code and its whole title on one line; where that does not
// fit, the same words on two lines; then, on the interactive Map only, the title shortened
// with "…" (hovering or selecting a point shows the whole of it); and last the code alone.
// A chart nobody can hover (presentation mode, exported pictures and records) never shortens
// a title: a point drawn by its code is listed in the chart's key with its full title.
import { compareNatural } from './compare';

/** The forms of a label, best first. */
export type LabelForm = 'full' | 'wrapped' | 'short' | 'code';

/** One form of a label: its lines of text (one, or two when wrapped). */
export interface LabelText {
  form: LabelForm;
  lines: readonly string[];
}

/** How long a label's line may be, and how much of a title a shortened label keeps, in characters. */
export const LABEL_TEXT_LIMITS = { lineChars: 44, shortChars: 26 } as const;

/** Where the chart is read: on the Map, where a point can be hovered, or where nobody can (presentation, exports). */
export type LabelReading = 'interactive' | 'print';

/**
 * The title split at the one space that best balances two lines, the first led by `lead`
 * (the code); undefined when the title has no space or either line would be longer than `lineChars`.
 */
export function wrapInTwo(lead: string, title: string, lineChars: number): [string, string] | undefined {
  let best: [string, string] | undefined;
  let longest = Infinity;
  // Stryker disable next-line StringLiteral: searched from 0, the first line would be the lead alone, which is skipped.
  for (let at = title.indexOf(' '); at >= 0; at = title.indexOf(' ', at + 1)) {
    const first = `${lead} ${title.slice(0, at)}`.trim();
    const second = title.slice(at + 1).trim();
    if (first === lead || second === '') continue;
    const longer = Math.max(first.length, second.length);
    if (longer < longest) {
      longest = longer;
      best = [first, second];
    }
  }
  return longest <= lineChars ? best : undefined;
}

/** A label's forms in the order placeLabels tries them; the last is always the code alone. */
export function labelForms(code: string, title: string, reading: LabelReading, limits: { lineChars: number; shortChars: number } = LABEL_TEXT_LIMITS): LabelText[] {
  const words = title.replace(/\s+/g, ' ').trim();
  const forms: LabelText[] = [];
  if (words === '') return [{ form: 'code', lines: [code] }];
  const full = `${code} ${words}`;
  if (full.length <= limits.lineChars) forms.push({ form: 'full', lines: [full] });
  const wrapped = wrapInTwo(code, words, limits.lineChars);
  if (wrapped !== undefined) forms.push({ form: 'wrapped', lines: wrapped });
  if (reading === 'interactive' && words.length > limits.shortChars) forms.push({ form: 'short', lines: [`${code} ${words.slice(0, limits.shortChars - 1).trimEnd()}…`] });
  forms.push({ form: 'code', lines: [code] });
  return forms;
}

/**
 * Text broken into lines of at most `maxChars` at spaces (a word longer than a line is cut
 * into pieces), for a key entry set in a column: nothing is left out.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  // Stryker disable next-line MethodExpression,Regex,ConditionalExpression,StringLiteral: an empty word runs no loop below.
  for (const word of text.split(/\s+/).filter((each) => each !== '')) {
    for (let rest = word; rest !== ''; ) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: a word as long as a line, alone, is pushed whole by the last branch either way.
      const room = line === '' ? width : width - line.length - 1;
      if (rest.length <= room) {
        line = line === '' ? rest : `${line} ${rest}`;
        rest = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One line of a chart's key: a point drawn by its code, or a member of a numbered cluster, and its whole title. */
export interface ChartKeyEntry {
  id: string;
  code: string;
  title: string;
  /** The numbered cluster (shared/workshop/clusters.ts) that names this point; absent for a point drawn by its code. */
  cluster?: number;
}

/**
 * The key of a chart: the candidates drawn by their code, in the codes' natural order (C2 before
 * C10), then each numbered cluster's members (cluster 1 first, `clusters[0]`), in the same order
 * within it.
 */
export function chartKey(candidates: readonly { id: string; code: string; title: string }[], coded: Iterable<string>, clusters: readonly (readonly string[])[] = []): ChartKeyEntry[] {
  const byCode = (a: ChartKeyEntry, b: ChartKeyEntry) => compareNatural(a.code, b.code) || compareNatural(a.title, b.title) || compareNatural(a.id, b.id);
  const entriesOf = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return candidates.filter((candidate) => wanted.has(candidate.id)).map(({ id, code, title }): ChartKeyEntry => ({ id, code, title }));
  };
  return [
    ...entriesOf(coded).sort(byCode),
    ...clusters.flatMap((members, index) =>
      entriesOf(members)
        .sort(byCode)
        .map((entry) => ({ ...entry, cluster: index + 1 })),
    ),
  ];
}
