// A comparison as the exports and the table say it: one row per candidate with before and
// after side by side and the reasons in the room's words, under a "Since …" heading.
//
// Rows: matched and new candidates first, in today's ranking order (unranked ones after the
// ranked, by code and title), then the dropped ones in the earlier ranking's order. Quadrants
// are named with today's quadrant names; numbers are left as numbers for each export to format.
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Frame, Quadrant, Session } from '../session/schema';
import { midSentenceIn } from '../i18n/sentence';
import { compareCandidates, titledBy } from './compare';
import type { ComparedSessions, CandidateDelta } from './comparison';
import type { MoveReason, Standing } from './comparison-reasons';

/** How a candidate fares in the comparison: matched with an earlier one, new since then, or dropped since then. */
export type ComparisonRowStatus = 'matched' | 'new' | 'dropped';

/** One candidate's line in a comparison table or export. */
export interface ComparisonRow {
  status: ComparisonRowStatus;
  /** Today's candidate id; the earlier one for a dropped candidate. */
  candidateId: string;
  /** Today's code and title; the earlier ones for a dropped candidate. */
  code: string;
  title: string;
  /** The earlier title when it was renamed; else null. */
  renamedFrom: string | null;
  quadrantBefore: string | null;
  quadrantAfter: string | null;
  rankBefore: number | null;
  rankAfter: number | null;
  impactBefore: number | null;
  impactAfter: number | null;
  impactChange: number | null;
  complexityBefore: number | null;
  complexityAfter: number | null;
  complexityChange: number | null;
  /** Why it changed, one phrase each in sentence case; empty when nothing changed. */
  reasons: string[];
  /** The reasons as one line ("Scores changed; weights or criteria changed"), or "No change". */
  why: string;
}

/** The phrases rows use beyond the reasons; 'sealed' is a paired candidate's while either session's scores are sealed. */
export type ComparisonWord = 'noChange' | 'new' | 'dropped' | 'sealed';

/** A phrase a row uses beyond the reasons: "No change", "New since then", … */
export function comparisonWord(word: ComparisonWord, language: Language): string {
  return textsIn(language)(`rules:comparison.words.${word}`);
}

/** The phrase of a reason, by its direction where it has one. */
function reasonKey(reason: MoveReason, delta: Pick<CandidateDelta, 'before' | 'after' | 'moved'>) {
  const { before, after } = delta;
  switch (reason) {
    case 'scores':
    case 'weights':
    case 'votes':
    case 'others':
      return reason;
    case 'thresholds':
      return delta.moved ? 'thresholds' : 'thresholdsOnly';
    case 'placement':
      if (!before.placedByRoom) return 'placed';
      return after.placedByRoom ? 'placedElsewhere' : 'noLongerPlaced';
    case 'set-aside':
      return after.withoutMl ? 'setAside' : 'backAmongMl';
  }
}

/** A reason in the room's words, for one candidate (some reasons read differently by direction). */
export function reasonWords(reason: MoveReason, delta: Pick<CandidateDelta, 'before' | 'after' | 'moved'>, language: Language): string {
  return textsIn(language)(`rules:comparison.reasons.${reasonKey(reason, delta)}`);
}

/** Phrases as one line: the first as it is, the rest mid-sentence, joined by semicolons. */
function asLine(phrases: readonly string[], empty: string, language: Language): string {
  if (phrases.length === 0) return empty;
  return phrases.map((phrase, i) => (i === 0 ? phrase : midSentenceIn(phrase, language))).join(textsIn(language)('rules:phraseSeparator'));
}

/** The heading of a comparison in the decision record and CSV: "Since “<earlier title>”, <date>". */
export function sinceHeading(earlierFrame: Pick<Frame, 'title' | 'date'>, language: Language): string {
  const { by, title, date } = titledBy(earlierFrame, language);
  return textsIn(language)(`rules:comparison.since.${by}`, { title, date });
}

type Names = Session['settings']['quadrantNames'];

function nameOf(names: Names, quadrant: Quadrant | null): string | null {
  if (quadrant === null) return null;
  const name = names[quadrant].trim();
  return name === '' ? quadrant : name;
}

const EMPTY = { quadrant: null, rank: null, point: null } as const;

function row(
  status: ComparisonRowStatus,
  candidate: { id: string; code: string; title: string },
  before: Pick<Standing, 'quadrant' | 'rank' | 'point'>,
  after: Pick<Standing, 'quadrant' | 'rank' | 'point'>,
  names: Names,
  extra: Pick<ComparisonRow, 'renamedFrom' | 'reasons' | 'why' | 'impactChange' | 'complexityChange'>,
): ComparisonRow {
  return {
    status,
    candidateId: candidate.id,
    code: candidate.code,
    title: candidate.title,
    quadrantBefore: nameOf(names, before.quadrant),
    quadrantAfter: nameOf(names, after.quadrant),
    rankBefore: before.rank,
    rankAfter: after.rank,
    impactBefore: before.point?.impact ?? null,
    impactAfter: after.point?.impact ?? null,
    complexityBefore: before.point?.complexity ?? null,
    complexityAfter: after.point?.complexity ?? null,
    ...extra,
  };
}

/** The row of a candidate on one side only: new today, or dropped since. */
function oneSided(
  status: 'new' | 'dropped',
  candidate: { id: string; code: string; title: string },
  before: Parameters<typeof row>[2],
  after: Parameters<typeof row>[3],
  names: Names,
  language: Language,
): ComparisonRow {
  const words = comparisonWord(status, language);
  return row(status, candidate, before, after, names, { renamedFrom: null, reasons: [words], why: words, impactChange: null, complexityChange: null });
}

// Unranked rows (null) come after the ranked; two unranked ones tie (∞ − ∞ is NaN, read as 0).
const byRank = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity) || 0;

/** Every candidate of a comparison as a row, in the order at the top of this file. */
export function comparisonRows(comparison: ComparedSessions, quadrantNames: Names, language: Language): ComparisonRow[] {
  const noChange = comparisonWord('noChange', language);
  const today = [
    ...comparison.deltas.map((delta) => {
      const reasons = delta.reasons.map((reason) => reasonWords(reason, delta, language));
      const renamed = delta.earlier.title !== delta.current.title;
      return {
        candidate: delta.current,
        rank: delta.after.rank,
        row: row('matched', delta.current, delta.before, delta.after, quadrantNames, {
          renamedFrom: renamed ? delta.earlier.title : null,
          reasons,
          why: asLine(reasons, noChange, language),
          impactChange: delta.impactChange,
          complexityChange: delta.complexityChange,
        }),
      };
    }),
    ...comparison.added.map(({ candidate, after }) => ({ candidate, rank: after.rank, row: oneSided('new', candidate, EMPTY, after, quadrantNames, language) })),
  ];
  const gone = comparison.dropped.map(({ candidate, before }) => ({ candidate, rank: before.rank, row: oneSided('dropped', candidate, before, EMPTY, quadrantNames, language) }));
  const order = (a: (typeof today)[number], b: (typeof today)[number]) => byRank(a.rank, b.rank) || compareCandidates(a.candidate, b.candidate);
  return [...today.sort(order), ...gone.sort(order)].map((entry) => entry.row);
}
