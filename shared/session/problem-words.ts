// A problem in a session file, said the way a person reads the session rather than the way
// the code stores it: "candidate 4 (“Churn prediction”) has no title", not
// `candidates[3].title: missing`. Used by every check that reads a file (schema, references,
// structure, migrations), so a message never quotes a parser's or validator's own words. The
// words are the files namespace's (shared/i18n/catalogues/<language>/files.ts), in the
// language asked for; they are built only for the problems a message names.
import type { Catalogue } from '../i18n/catalogues';
import { files as english } from '../i18n/catalogues/en/files';
import type { Language } from '../i18n/languages';
import { formatNumber } from '../i18n/numbers';
import { catalogueOf, textsIn, type Texts } from '../i18n/texts';

type Path = readonly PropertyKey[];

/** What a problem is about, in words: whose field ("candidate 4 (“Churn prediction”)") and which field ("title"). */
export interface Place {
  owner: string;
  /** Null when the problem is the owner itself (a candidate that is not an object). */
  field: string | null;
  /** The field of the owner, or the owner: "the title of candidate 4 (“Churn prediction”)". */
  subject: string;
  /** English says "are" and "have" of the subject ("the notes of candidate 3 are …"). */
  plural: boolean;
  /** The same of the owner ("the settings have no scoring scale"). */
  ownerPlural: boolean;
}

/** A problem found in a file: where (its path, to find its line) and what, as a sentence. */
export interface NamedProblem {
  path: Path;
  /** The field is absent: its line is its parent's. */
  absent: boolean;
  /** Lower-case, without a full stop: "candidate 4 (“Churn prediction”) has no title". */
  sentence: string;
}

/** The first few problems of a file, and how many it has in all. */
export interface ProblemList {
  named: NamedProblem[];
  total: number;
}

/**
 * Where problems are in the file when the file holds the session in another form than the
 * checks read (a version-2 file's score tables, file-tables.ts): the path in the file for a
 * path in the checked session, and the file's data to name things from.
 */
export interface FilePlaces {
  path(path: Path): Path;
  data: unknown;
}

/** How many problems a message names before it says "and N more". */
export const PROBLEMS_NAMED = 3;

/** A field in words: on its own ("title"), heading a subject ("the title") and after another field ("of the title"). */
interface FieldWords {
  name: string;
  head: string;
  of: string;
  plural: boolean;
}

/** An owner in words: on its own ("candidate 4") and after a field ("of candidate 4"). */
interface OwnerWords {
  words: string;
  of: string;
  plural: boolean;
}

type Words = Catalogue['files'];
type FieldTables = Words['fields'];
type FieldTable = Exclude<keyof FieldTables, 'followUp' | 'axes' | 'thresholds' | 'axisTitles' | 'quadrantName' | 'tableColumns' | 'tableRows' | 'rowCandidate' | 'rowParticipant' | 'whyNotNow' | 'runnerUpCandidate'>;
type NumberedField = 'item' | 'field' | 'tag' | 'goalMetric' | 'readinessAnswer' | 'criterionColumn' | 'scoreInColumn';
type OwnerKind = keyof Words['place']['owners'];

/** The words of one language, for one place. */
interface Speaker {
  t: Texts;
  fields: FieldTables;
}

function speaker(language: Language): Speaker {
  return { t: textsIn(language), fields: catalogueOf(language).files.fields };
}

// The few fields English says "are" and "have" of: "the notes of candidate 3 are …".
const PLURAL_FIELDS: ReadonlySet<string> = new Set(['candidate notes', 'settings thresholds', 'settings axisLabels', 'settings quadrantNames']);

function named(s: Speaker, name: string, plural = false): FieldWords {
  return { name, head: s.t('files:place.named.head', { field: name }), of: s.t('files:place.named.of', { field: name }), plural };
}

/** A field by its number, or (`field`) by the name the file gives it. */
function numbered(s: Speaker, kind: NumberedField, n: string, name = ''): FieldWords {
  const values = { n, name };
  const head = s.t(`files:place.${kind}.head`, values);
  return { name: head, head, of: s.t(`files:place.${kind}.of`, values), plural: false };
}

/** `inner` of `outer`: "the evidence of readiness answer 2", "item 1 of the title". */
function within(s: Speaker, inner: FieldWords, outer: FieldWords): FieldWords {
  return {
    name: s.t('files:place.subject', { field: inner.name, owner: outer.of }),
    head: s.t('files:place.subject', { field: inner.head, owner: outer.of }),
    of: s.t('files:place.subject', { field: inner.of, owner: outer.of }),
    plural: false,
  };
}

function owner(s: Speaker, kind: OwnerKind, { n = '', name = '', about = '' }: { n?: string; name?: string; about?: string } = {}): OwnerWords {
  const values = { n, name, about };
  return { words: s.t(`files:place.owners.${kind}`, values), of: s.t(`files:place.ownersOf.${kind}`, values), plural: kind === 'settings' };
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(value: unknown, key: PropertyKey | undefined): unknown {
  if (Array.isArray(value) && typeof key === 'number') return value[key];
  if (isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key)) return value[key];
  return undefined;
}

/** The value at `path` in `data`, or undefined when any step is absent. */
export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) value = child(value, key);
  return value;
}

/** Whether the value at `path` is absent from `data` (JSON has no undefined, so undefined is absent). */
export function isAbsent(data: unknown, path: Path): boolean {
  return path.length > 0 && valueAt(data, path) === undefined;
}

/** Text from a file made safe and short to quote: one line, at most 40 characters. */
function shortText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  return [...flat].length > 40 ? `${[...flat].slice(0, 39).join('')}…` : flat;
}

/** Text from a file, made safe and short to quote: one line, at most 40 characters, in the language's quotes. */
export function quoteText(text: string, language: Language): string {
  return textsIn(language)('files:quote', { text: shortText(text) });
}

/** A value from the file in words: `42`, `the text “sales”`, `a list`, `empty text`. */
export function valueWords(value: unknown, language: Language): string {
  const t = textsIn(language);
  if (value === null) return t('files:values.null');
  if (Array.isArray(value)) return value.length === 0 ? t('files:values.emptyList') : t('files:values.list');
  if (typeof value === 'string') return value === '' ? t('files:values.emptyText') : t('files:values.text', { text: quoteText(value, language) });
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, language) : t('files:values.tooLarge');
  if (typeof value === 'boolean') return String(value);
  if (isRecord(value)) return t('files:values.object');
  return t('files:values.nothing');
}

/** The value as short text to quote, or null when it is no text or nothing would show of it. */
function quotable(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const short = shortText(value);
  return short === '' ? null : short;
}

/** " (“Churn prediction”)" from the item's name or title, else " (C4)" from its code, else nothing. */
function nameOf(s: Speaker, item: unknown, nameKey: string, codeKey?: string): string {
  const name = quotable(child(item, nameKey));
  if (name !== null) return ` (${s.t('files:quote', { text: name })})`;
  const code = quotable(child(item, codeKey));
  return code === null ? '' : ` (${code})`;
}

function itemNamed(s: Speaker, list: unknown, id: unknown, key: string): string | null {
  if (typeof id !== 'string' || !Array.isArray(list)) return null;
  const name = quotable(child(list.find((each) => child(each, 'id') === id), key));
  return name === null ? null : s.t('files:quote', { text: name });
}

type About = 'by' | 'for' | 'on';

/** " (by “Ana”, for “Churn prediction”)": what a score or row is about, as far as the file says. */
function aboutWords(s: Speaker, parts: readonly (readonly [About, string | null])[]): string {
  const said = parts.filter((part): part is readonly [About, string] => part[1] !== null).map(([word, name]) => s.t(`files:place.about.${word}`, { name }));
  return said.length === 0 ? '' : ` (${said.join(', ')})`;
}

/** "by “Ana”, for “Churn prediction”, on “Urgency”": what a score is about, as far as the file says. */
function scoreContext(s: Speaker, data: unknown, entry: unknown): string {
  return aboutWords(s, [
    ['by', itemNamed(s, child(data, 'participants'), child(entry, 'participantId'), 'name')],
    ['for', itemNamed(s, child(data, 'candidates'), child(entry, 'candidateId'), 'title')],
    ['on', itemNamed(s, child(data, 'criteria'), child(entry, 'criterionId'), 'name')],
  ]);
}

/** A field of a list or section by its key: its name in `table`, "field “colour”" for one the format does not have, "item 3" for a number. */
function fieldWord(s: Speaker, table: FieldTable | null, key: PropertyKey | undefined): FieldWords {
  if (typeof key === 'string') {
    if (table !== null && Object.hasOwn(english.fields[table], key)) {
      return named(s, (s.fields[table] as Record<string, string>)[key]!, PLURAL_FIELDS.has(`${table} ${key}`));
    }
    return numbered(s, 'field', '', s.t('files:quote', { text: shortText(key) }));
  }
  if (typeof key === 'number') return numbered(s, 'item', String(key + 1));
  const { name, head, of } = { name: s.t('files:place.anyField.name'), head: s.t('files:place.anyField.head'), of: s.t('files:place.anyField.of') };
  return { name, head, of, plural: false };
}

/** One step below a field: "item 3", "field “x”". */
function partWord(s: Speaker, key: PropertyKey): FieldWords {
  if (typeof key === 'symbol') {
    const head = s.t('files:place.anyPart.head');
    return { name: head, head, of: s.t('files:place.anyPart.of'), plural: false };
  }
  return fieldWord(s, null, key);
}

/** The rest of a path below a known field, for the rare problem deeper than the format goes. */
function deeper(s: Speaker, field: FieldWords, rest: Path): FieldWords {
  let words = field;
  for (const key of rest) words = within(s, partWord(s, key), words);
  return words;
}

interface Found {
  owner: OwnerWords;
  field: FieldWords | null;
}

function listItem(s: Speaker, data: unknown, list: string, index: number, rest: Path): Found {
  const item = valueAt(data, [list, index]);
  const n = String(index + 1);
  const fieldOf = (table: FieldTable) => (rest.length === 0 ? null : deeper(s, fieldWord(s, table, rest[0]), rest.slice(1)));
  switch (list) {
    case 'participants':
      return { owner: owner(s, 'participant', { n, name: nameOf(s, item, 'name') }), field: fieldOf('participant') };
    case 'criteria':
      return { owner: owner(s, 'criterion', { n, name: nameOf(s, item, 'name') }), field: fieldOf('criterion') };
    case 'readinessItems':
      return { owner: owner(s, 'readinessItem', { n, name: nameOf(s, item, 'name') }), field: fieldOf('readinessItem') };
    case 'candidates':
      return { owner: owner(s, 'candidate', { n, name: nameOf(s, item, 'title', 'code') }), field: rest.length === 0 ? null : candidateField(s, rest) };
    case 'scores':
      return { owner: owner(s, 'score', { n, about: scoreContext(s, data, item) }), field: fieldOf('score') };
    case 'consensusScores':
      return { owner: owner(s, 'consensusScore', { n, about: scoreContext(s, data, item) }), field: fieldOf('score') };
    case 'votes':
      return { owner: owner(s, 'vote', { n, about: scoreContext(s, data, item) }), field: fieldOf('score') };
    default:
      return { owner: owner(s, 'session'), field: deeper(s, fieldWord(s, 'session', list), [index, ...rest]) };
  }
}

function candidateField(s: Speaker, rest: Path): FieldWords {
  const [key, sub, ...more] = rest;
  if (key === 'tags' && typeof sub === 'number') return deeper(s, numbered(s, 'tag', String(sub + 1)), more);
  if (key === 'readiness' && typeof sub === 'number') {
    const answer = numbered(s, 'readinessAnswer', String(sub + 1));
    return more.length === 0 ? answer : deeper(s, within(s, fieldWord(s, 'readinessAnswer', more[0]), answer), more.slice(1));
  }
  if (key === 'override' && (sub === 'impact' || sub === 'complexity')) {
    return deeper(s, within(s, named(s, s.fields.axes[sub]), named(s, s.fields.candidate.override)), more);
  }
  return deeper(s, fieldWord(s, 'candidate', key), rest.slice(1));
}

function settingsField(s: Speaker, rest: Path): FieldWords {
  const [key, sub, ...more] = rest;
  if (key === 'thresholds' && (sub === 'impact' || sub === 'complexity')) return deeper(s, named(s, s.fields.thresholds[sub]), more);
  if (key === 'axisLabels' && (sub === 'impact' || sub === 'complexity')) return deeper(s, named(s, s.fields.axisTitles[sub]), more);
  if (key === 'quadrantNames' && typeof sub === 'string') return deeper(s, named(s, s.t('files:fields.quadrantName', { quadrant: sub })), more);
  return deeper(s, fieldWord(s, 'settings', key), rest.slice(1));
}

const FOLLOW_UP_PARTS = ['earlier', 'focus', 'outcome'] as const;

function followUpField(s: Speaker, rest: Path): FieldWords {
  const [part, key, ...more] = rest;
  // Stryker disable next-line ConditionalExpression: a number names no part: the table has no key such as "0".
  const known = typeof part === 'string' ? FOLLOW_UP_PARTS.find((each) => each === part) : undefined;
  if (known === undefined || key === undefined) return deeper(s, fieldWord(s, 'followUpParts', part), rest.slice(1));
  if (typeof key === 'string' && Object.hasOwn(english.fields.followUp[known], key)) {
    return deeper(s, named(s, (s.fields.followUp[known] as Record<string, string>)[key]!), more);
  }
  return deeper(s, fieldWord(s, null, key), more);
}

/**
 * A place in a version-2 score table (score-table.ts): "criterion column 3 of the score
 * table", "the score on “Urgency” of score row 12 (by “Ana”, for “Churn prediction”)".
 */
function tablePlace(s: Speaker, data: unknown, table: 'scores' | 'consensusScores', part: 'criteria' | 'rows', rest: Path): Found {
  const consensus = table === 'consensusScores';
  const tableOwner = owner(s, consensus ? 'consensusTable' : 'scoreTable');
  const [index, cell, ...more] = rest;
  if (part === 'criteria') {
    // A column is named by a criterion's id, a text: no problem lies deeper than the column.
    return { owner: tableOwner, field: typeof index === 'number' ? numbered(s, 'criterionColumn', String(index + 1)) : named(s, s.fields.tableColumns) };
  }
  if (typeof index !== 'number') return { owner: tableOwner, field: deeper(s, named(s, s.fields.tableRows), rest) };
  const row = valueAt(data, [table, 'rows', index]);
  const leading = consensus ? 1 : 2;
  const about = aboutWords(s, [
    ['by', consensus ? null : itemNamed(s, child(data, 'participants'), child(row, 1), 'name')],
    ['for', itemNamed(s, child(data, 'candidates'), child(row, 0), 'title')],
  ]);
  const rowOwner = owner(s, consensus ? 'consensusRow' : 'scoreRow', { n: String(index + 1), about });
  if (typeof cell !== 'number') return { owner: rowOwner, field: cell === undefined ? null : deeper(s, fieldWord(s, null, cell), more) };
  if (cell < leading) return { owner: rowOwner, field: deeper(s, named(s, cell === 0 ? s.fields.rowCandidate : s.fields.rowParticipant), more) };
  const criterion = itemNamed(s, child(data, 'criteria'), valueAt(data, [table, 'criteria', cell - leading]), 'name');
  if (criterion === null) return { owner: rowOwner, field: deeper(s, numbered(s, 'scoreInColumn', String(cell - leading + 1)), more) };
  const scoreOn: FieldWords = {
    name: s.t('files:place.scoreOn.name', { criterion }),
    head: s.t('files:place.scoreOn.head', { criterion }),
    of: s.t('files:place.scoreOn.of', { criterion }),
    plural: false,
  };
  return { owner: rowOwner, field: deeper(s, scoreOn, more) };
}

function decisionPlace(s: Speaker, data: unknown, second: PropertyKey, rest: Path): Found {
  if (second === 'runnersUp' && typeof rest[0] === 'number') {
    const [index, key, ...more] = rest;
    const title = itemNamed(s, child(data, 'candidates'), valueAt(data, ['decision', 'runnersUp', index, 'candidateId']), 'title');
    const runnerUp = owner(s, 'runnerUp', { n: String(index + 1), name: title === null ? '' : ` (${title})` });
    if (key === undefined) return { owner: runnerUp, field: null };
    const field = key === 'whyNotNow' ? named(s, s.fields.whyNotNow) : key === 'candidateId' ? named(s, s.fields.runnerUpCandidate) : fieldWord(s, null, key);
    return { owner: runnerUp, field: deeper(s, field, more) };
  }
  return { owner: owner(s, 'decision'), field: deeper(s, fieldWord(s, 'decision', second), rest) };
}

function find(s: Speaker, path: Path, data: unknown): Found {
  const [top, second, ...rest] = path;
  if (top === undefined) return { owner: owner(s, 'session'), field: null };
  // Stryker disable next-line ConditionalExpression: only the score tables have fields named criteria or rows.
  if ((top === 'scores' || top === 'consensusScores') && (second === 'criteria' || second === 'rows')) return tablePlace(s, data, top, second, rest);
  if (top === 'frame' && second !== undefined) {
    if (second === 'goalMetrics' && typeof rest[0] === 'number') return { owner: owner(s, 'session'), field: deeper(s, numbered(s, 'goalMetric', String(rest[0] + 1)), rest.slice(1)) };
    return { owner: owner(s, 'session'), field: deeper(s, fieldWord(s, 'frame', second), rest) };
  }
  if (typeof top === 'string' && typeof second === 'number') return listItem(s, data, top, second, rest);
  if (top === 'settings' && second !== undefined) return { owner: owner(s, 'settings'), field: settingsField(s, [second, ...rest]) };
  if (top === 'decision' && second !== undefined) return decisionPlace(s, data, second, rest);
  if (top === 'followUp' && second !== undefined) return { owner: owner(s, 'followUp'), field: followUpField(s, [second, ...rest]) };
  return { owner: owner(s, 'session'), field: deeper(s, fieldWord(s, 'session', top), [second, ...rest].filter((key) => key !== undefined)) };
}

/** Where a problem is, in words (see Place). `data` is the file's content, for names. */
export function placeOf(path: Path, data: unknown, language: Language): Place {
  const s = speaker(language);
  const { owner: whose, field } = find(s, path, data);
  return {
    owner: whose.words,
    field: field === null ? null : field.name,
    subject: field === null ? whose.words : s.t('files:place.subject', { field: field.head, owner: whose.of }),
    plural: field === null ? whose.plural : field.plural,
    ownerPlural: whose.plural,
  };
}

/** "the title of candidate 4 (“Churn prediction”)", or the owner alone. */
export function subjectOf(place: Place): string {
  return place.subject;
}

/** "candidate 4 (“Churn prediction”) has no title" */
export function missingSentence(place: Place, language: Language): string {
  const t = textsIn(language);
  if (place.field === null) return t('files:issue.ownerMissing', { owner: place.owner });
  return t('files:issue.missing', { owner: place.owner, field: place.field, context: place.ownerPlural ? 'plural' : undefined });
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One message for several problems: the first PROBLEMS_NAMED of them, then "and N more", so a
 * person sees at once how much is wrong. Sentences come lower-case and without a full stop.
 * `upgradedFrom` is the version a file was upgraded from before it was checked, if it was.
 */
export function problemsMessage(sentences: readonly string[], total: number, upgradedFrom: number | null, language: Language): string {
  const t = textsIn(language);
  const upgraded = upgradedFrom !== null;
  const version = upgraded ? String(upgradedFrom) : '';
  if (sentences.length === 0) return upgraded ? t('files:problems.noneAfterUpgrade', { version }) : t('files:problems.none');
  if (total <= 1) return capitalised(upgraded ? t('files:problems.oneAfterUpgrade', { version, problem: sentences[0]! }) : t('files:problems.one', { problem: sentences[0]! }));
  const named = sentences.slice(0, PROBLEMS_NAMED);
  const more = total - named.length;
  const values = { version, total: String(total), problems: named.join(t('files:problems.separator')) };
  if (more > 0) {
    return upgraded ? t('files:problems.severalAndMoreAfterUpgrade', { ...values, count: more }) : t('files:problems.severalAndMore', { ...values, count: more });
  }
  return upgraded ? t('files:problems.severalAfterUpgrade', values) : t('files:problems.several', values);
}
