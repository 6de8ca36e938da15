// The readiness checklist in the backlog CSV (its columns are described in READINESS_COLUMNS of
// the field table): a cell's text both ways, and what an import does with the columns.
//
// A cell is one line a person reads in a spreadsheet: the answer, then the evidence, then the
// owner, each after a dash: "Missing — no labels before 2025 — owner: Priya Nair", in the
// export's language ("Fehlt — keine Labels vor 2025 — verantwortlich: Priya Nair"). An empty
// cell is an item not answered; "Unknown" alone is an answer with nothing written to it yet.
// Evidence or an owner that would read back otherwise (spaces at either end, a quote first,
// evidence starting with an owner word and a colon or holding "— owner:", in any language) is
// written in double quotes with a quote inside doubled, as CSV does: every value comes back
// exactly. Reading takes what people type too, in any of the five languages: the answer in any
// case and in the words of READINESS_COLUMNS, an en dash or a hyphen between spaces for the dash.
import { candidateField, fieldLabel, normaliseHeader, READINESS_COLUMNS } from '../session/candidate-fields';
import { choiceWord, readinessAnswerWord, readReadinessAnswer } from '../session/cell-words';
import { dataAvailabilityInStep } from '../session/readiness-edits';
import { writtenWord } from '../session/field-names';
import { defaultReadinessItemNamed } from '../session/readiness-item-names';
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import {
  DATA_AVAILABLE_ITEM,
  LIMITS,
  READINESS_OF_DATA_AVAILABILITY,
  type Candidate,
  type ReadinessAnswer,
  type ReadinessEntry,
  type ReadinessItem,
  type Session,
} from '../session/schema';
import type { ReadinessColumn } from './import-columns';
import { truncate } from './csv-text';
import { listInSentence } from '../i18n/sentence';

// A dash between parts: an em or en dash, or a hyphen with space on both sides ("Real-time" is one word).
const DASH = String.raw`\s*(?:[—–]|(?<=\s)-(?=\s))\s*`;
// Every language's owner words: letters only, so none of them means anything else in a pattern.
const OWNER_WORD = [...new Set(Object.values(READINESS_COLUMNS.ownerWords).flat())].join('|');
const OWNER = String.raw`(?:${OWNER_WORD})\s*:\s*`;
const FIRST_DASH = new RegExp(DASH, 'u');
const OWNER_FIRST = new RegExp(`^${OWNER}`, 'iu');
const DASH_OWNER = new RegExp(DASH + OWNER, 'iu');
const DASH_OWNER_FIRST = new RegExp(`^${DASH}${OWNER}`, 'iu');

type CellEntry = Pick<ReadinessEntry, 'answer' | 'evidence' | 'owner'>;

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Whether evidence reads back as it is without quotes (see the file header). */
function plainEvidence(evidence: string): boolean {
  return evidence === evidence.trim() && !evidence.startsWith('"') && !OWNER_FIRST.test(evidence) && !DASH_OWNER.test(evidence);
}

/** Whether an owner reads back as it is without quotes: it ends the cell, so only its ends matter. */
function plainOwner(owner: string): boolean {
  return owner === owner.trim() && !owner.startsWith('"');
}

/** A readiness answer as its CSV cell, in `language`'s words (readinessAnswerWord): empty when the item is not answered. */
export function readinessCell(entry: CellEntry | undefined, language: Language): string {
  if (entry === undefined) return '';
  let cell = readinessAnswerWord(entry.answer, language);
  if (entry.evidence !== '') cell += ` — ${plainEvidence(entry.evidence) ? entry.evidence : quoted(entry.evidence)}`;
  if (entry.owner !== '') cell += ` — ${writtenWord(READINESS_COLUMNS.ownerWords, language)}: ${plainOwner(entry.owner) ? entry.owner : quoted(entry.owner)}`;
  return cell;
}

/** A quoted part at the start of `text`: its value and what follows the closing quote; undefined when it is never closed. */
function readQuoted(text: string): { value: string; after: string } | undefined {
  let value = '';
  for (let at = 1; ; ) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return undefined;
    value += text.slice(at, quote);
    if (text[quote + 1] !== '"') return { value, after: text.slice(quote + 1) };
    value += '"';
    at = quote + 2;
  }
}

type CellReading = { ok: true; entry: CellEntry | null } | { ok: false; problem: string };

const read = (answer: ReadinessAnswer, evidence: string, owner: string): CellReading => ({ ok: true, entry: { answer, evidence, owner } });

/** What an owner part (after "owner:") holds. */
function readOwner(answer: ReadinessAnswer, evidence: string, text: string, fail: (problem: 'ownerQuote' | 'afterOwner') => CellReading): CellReading {
  if (!text.startsWith('"')) return read(answer, evidence, text.trim());
  const owner = readQuoted(text);
  if (owner === undefined) return fail('ownerQuote');
  if (owner.after.trim() !== '') return fail('afterOwner');
  return read(answer, evidence, owner.value);
}

/**
 * A cell's answer, evidence and owner; null for an empty cell; a problem, for a person, in
 * `language`, when the cell cannot be read (an answer word it does not know, a quote never closed).
 */
export function readReadinessCell(text: string, language: Language): CellReading {
  const t = textsIn(language);
  const fail = (problem: 'evidenceQuote' | 'ownerQuote' | 'afterOwner'): CellReading => ({ ok: false, problem: t(`documents:import.cell.${problem}`) });
  if (text.trim() === '') return { ok: true, entry: null };
  const dash = FIRST_DASH.exec(text);
  const word = dash === null ? text : text.slice(0, dash.index);
  const answer = readReadinessAnswer(word);
  if (answer === undefined) {
    const answers = listInSentence(
      READINESS_COLUMNS.answers.map((option) => readinessAnswerWord(option.value, language)),
      language,
      'disjunction',
    );
    return { ok: false, problem: t('documents:import.cell.notAnswer', { word: word.trim(), answers }) };
  }
  if (dash === null) return read(answer, '', '');
  const rest = text.slice(dash.index + dash[0].length);
  if (rest.startsWith('"')) {
    const evidence = readQuoted(rest);
    if (evidence === undefined) return fail('evidenceQuote');
    if (evidence.after.trim() === '') return read(answer, evidence.value, '');
    const owner = DASH_OWNER_FIRST.exec(evidence.after);
    if (owner === null) return { ok: false, problem: t('documents:import.cell.afterEvidence', { owner: writtenWord(READINESS_COLUMNS.ownerWords, language) }) };
    return readOwner(answer, evidence.value, evidence.after.slice(owner[0].length), fail);
  }
  const ownerFirst = OWNER_FIRST.exec(rest);
  if (ownerFirst !== null) return readOwner(answer, '', rest.slice(ownerFirst[0].length), fail);
  const owner = DASH_OWNER.exec(rest);
  if (owner === null) return read(answer, rest.trim(), '');
  return readOwner(answer, rest.slice(0, owner.index).trim(), rest.slice(owner.index + owner[0].length), fail);
}

/** The file's readiness columns as an import reads them. */
export interface ReadinessImport {
  /** Each column read, with the item it answers: the session's, or one the import adds. */
  columns: { column: number; header: string; itemId: string }[];
  /** Items the session does not have, which the import adds, in the file's order. */
  added: ReadinessItem[];
  /** What happens to the columns, for a person. */
  notes: string[];
}

/** “A”, or “A” and “B”: the names as a sentence's subject, quoted as `language` quotes. */
function names(list: readonly string[], language: Language): string {
  const t = textsIn(language);
  return listInSentence(
    list.map((name) => t('documents:import.quoted', { text: name })),
    language,
    'conjunction',
  );
}

/**
 * Which item each readiness column answers: the session's item of that name (as written, or
 * else normalised as a column name is), else the session's default item that a new session in
 * one of the five languages names so (readiness-item-names.ts), or else a new item the import
 * adds, up to the session's limit. A column naming no item, or one an earlier column answers,
 * is left out. Every choice is said in `notes`, in `language`.
 */
export function planReadinessImport(
  columns: readonly ReadinessColumn[],
  session: Pick<Session, 'readinessItems'>,
  makeId: (prefix: string) => string,
  language: Language,
): ReadinessImport {
  const t = textsIn(language);
  const items = [...session.readinessItems];
  const ids = new Set(items.map((item) => item.id));
  const plan: ReadinessImport = { columns: [], added: [], notes: [] };
  const answeredBy = new Map<string, ReadinessColumn>();
  const tooMany: string[] = [];
  const find = (name: string) =>
    items.find((item) => item.name.trim() === name) ??
    items.find((item) => normaliseHeader(item.name) !== '' && normaliseHeader(item.name) === normaliseHeader(name)) ??
    // A default item under its name in another language ("Daten verfügbar" in a session that started in English).
    items.find((item) => item.id === defaultReadinessItemNamed(name));
  for (const column of columns) {
    const where = { number: String(column.column + 1), header: column.header };
    if (column.name === '' || column.name.length > LIMITS.shortText) {
      plan.notes.push(column.name === '' ? t('documents:import.readiness.noItem', where) : t('documents:import.readiness.itemTooLong', { ...where, max: String(LIMITS.shortText) }));
      continue;
    }
    let item = find(column.name);
    if (item === undefined) {
      if (items.length >= LIMITS.readinessItems) {
        tooMany.push(column.name);
        continue;
      }
      let id = makeId('item');
      while (ids.has(id)) id = makeId('item');
      ids.add(id);
      item = { id, name: column.name, question: '' };
      items.push(item);
      plan.added.push(item);
    }
    const earlier = answeredBy.get(item.id);
    if (earlier !== undefined) {
      plan.notes.push(t('documents:import.readiness.sameItem', { ...where, earlier: String(earlier.column + 1) }));
      continue;
    }
    answeredBy.set(item.id, column);
    plan.columns.push({ column: column.column, header: column.header, itemId: item.id });
  }
  const known = plan.columns.length - plan.added.length;
  if (known > 0) plan.notes.push(t('documents:import.readiness.matched', { count: known }));
  if (plan.added.length > 0) {
    plan.notes.push(t('documents:import.readiness.added', { names: names(plan.added.map((item) => item.name), language), count: plan.added.length }));
  }
  if (tooMany.length > 0) {
    plan.notes.push(t('documents:import.readiness.tooMany', { names: names(tooMany, language), count: tooMany.length, max: String(LIMITS.readinessItems) }));
  }
  return plan;
}

/**
 * A row's readiness answers, in the order of `order` (item ids): each readiness column's cell
 * read; a cell that cannot be read gives no answer and a problem naming its line and column,
 * and evidence or an owner too long for the format is shortened, with a problem (in `language`).
 */
export function readinessOfRow(cells: readonly string[], plan: ReadinessImport, order: readonly string[], line: number, problems: string[], language: Language): ReadinessEntry[] {
  const t = textsIn(language);
  const entries: ReadinessEntry[] = [];
  for (const { column, header, itemId } of plan.columns) {
    const where = { line: String(line), column: header };
    const cell = readReadinessCell(cells[column] ?? '', language);
    if (!cell.ok) {
      problems.push(t('documents:import.readiness.cellProblem', { ...where, problem: cell.problem }));
      continue;
    }
    if (cell.entry === null) continue;
    const entry = { itemId, ...cell.entry };
    for (const part of ['evidence', 'owner'] as const) {
      if (entry[part].length <= LIMITS.shortText) continue;
      const words = { ...where, max: String(LIMITS.shortText) };
      problems.push(part === 'evidence' ? t('documents:import.readiness.evidenceShortened', words) : t('documents:import.readiness.ownerShortened', words));
      entry[part] = truncate(entry[part], LIMITS.shortText).trim();
    }
    entries.push(entry);
  }
  return entries.sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId));
}

/**
 * The candidate with its "Data available" field and its data-available answer made one answer,
 * by the rule merging uses (dataAvailabilityInStep: a known field wins, an unknown field takes
 * a known answer). When the file's answer loses to the field, a problem says so: a file that
 * contradicts itself is never read silently (the problem is in `language`).
 */
export function dataAvailableInStep(candidate: Candidate, header: string, problems: string[], language: Language): Candidate {
  const entry = candidate.readiness.find((each) => each.itemId === DATA_AVAILABLE_ITEM);
  const field = candidate.dataAvailability;
  if (entry !== undefined && field !== 'unknown' && entry.answer !== READINESS_OF_DATA_AVAILABILITY[field]) {
    problems.push(
      textsIn(language)('documents:import.readiness.dataDisagree', {
        field: fieldLabel('dataAvailability', language),
        value: choiceWord(candidateField('dataAvailability').kind.options, field, language),
        column: header,
        answer: readinessAnswerWord(entry.answer, language),
        result: readinessAnswerWord(READINESS_OF_DATA_AVAILABILITY[field], language),
      }),
    );
  }
  return dataAvailabilityInStep(candidate);
}
