// The readiness checklist in the backlog CSV (its columns are described in READINESS_COLUMNS of
// the field table): a cell's text both ways, and what an import does with the columns.
//
// A cell is one line a person reads in a spreadsheet: the answer, then the evidence, then the
// owner, each after a dash: "Missing — no labels before 2025 — owner: Priya Nair". An empty
// cell is an item not answered; "Unknown" alone is an answer with nothing written to it yet.
// Evidence or an owner that would read back otherwise (spaces at either end, a quote first,
// evidence starting with "owner:" or holding "— owner:") is written in double quotes with a
// quote inside doubled, as CSV does: every value comes back exactly. Reading takes what people
// type too: the answer in any case and in the words of READINESS_COLUMNS, an en dash or a
// hyphen between spaces for the dash.
import { candidateField, normaliseHeader, READINESS_COLUMNS, readReadinessAnswer } from '../session/candidate-fields';
import { joinWords } from '../session/issue-message';
import { dataAvailabilityInStep } from '../session/readiness-edits';
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

const ANSWER_LABELS = Object.fromEntries(READINESS_COLUMNS.answers.map((option) => [option.value, option.label])) as Record<ReadinessAnswer, string>;
const ANSWER_CHOICES = joinWords(READINESS_COLUMNS.answers.map((option) => option.label));

// A dash between parts: an em or en dash, or a hyphen with space on both sides ("Real-time" is one word).
const DASH = String.raw`\s*(?:[—–]|(?<=\s)-(?=\s))\s*`;
const OWNER = String.raw`${READINESS_COLUMNS.ownerWord}\s*:\s*`;
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

/** A readiness answer as its CSV cell: empty when the item is not answered. */
export function readinessCell(entry: CellEntry | undefined): string {
  if (entry === undefined) return '';
  let cell = ANSWER_LABELS[entry.answer];
  if (entry.evidence !== '') cell += ` — ${plainEvidence(entry.evidence) ? entry.evidence : quoted(entry.evidence)}`;
  if (entry.owner !== '') cell += ` — ${READINESS_COLUMNS.ownerWord}: ${plainOwner(entry.owner) ? entry.owner : quoted(entry.owner)}`;
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

const fail = (problem: string): CellReading => ({ ok: false, problem });
const read = (answer: ReadinessAnswer, evidence: string, owner: string): CellReading => ({ ok: true, entry: { answer, evidence, owner } });

/** What an owner part (after "owner:") holds. */
function readOwner(answer: ReadinessAnswer, evidence: string, text: string): CellReading {
  if (!text.startsWith('"')) return read(answer, evidence, text.trim());
  const owner = readQuoted(text);
  if (owner === undefined) return fail('the owner opens a quote (") that is never closed');
  if (owner.after.trim() !== '') return fail('there is more after the quoted owner');
  return read(answer, evidence, owner.value);
}

/**
 * A cell's answer, evidence and owner; null for an empty cell; a problem, for a person, when
 * the cell cannot be read (an answer word it does not know, a quote never closed).
 */
export function readReadinessCell(text: string): CellReading {
  if (text.trim() === '') return { ok: true, entry: null };
  const dash = FIRST_DASH.exec(text);
  const word = dash === null ? text : text.slice(0, dash.index);
  const answer = readReadinessAnswer(word);
  if (answer === undefined) return fail(`“${word.trim()}” is not ${ANSWER_CHOICES}`);
  if (dash === null) return read(answer, '', '');
  const rest = text.slice(dash.index + dash[0].length);
  if (rest.startsWith('"')) {
    const evidence = readQuoted(rest);
    if (evidence === undefined) return fail('the evidence opens a quote (") that is never closed');
    if (evidence.after.trim() === '') return read(answer, evidence.value, '');
    const owner = DASH_OWNER_FIRST.exec(evidence.after);
    if (owner === null) return fail(`after the quoted evidence comes something other than “— ${READINESS_COLUMNS.ownerWord}: …”`);
    return readOwner(answer, evidence.value, evidence.after.slice(owner[0].length));
  }
  const ownerFirst = OWNER_FIRST.exec(rest);
  if (ownerFirst !== null) return readOwner(answer, '', rest.slice(ownerFirst[0].length));
  const owner = DASH_OWNER.exec(rest);
  if (owner === null) return read(answer, rest.trim(), '');
  return readOwner(answer, rest.slice(0, owner.index).trim(), rest.slice(owner.index + owner[0].length));
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

function quote(text: string): string {
  return `“${text}”`;
}

/** “A”, or “A” and “B”: the names as a sentence's subject, with the verb's number. */
function names(list: readonly string[]): { words: string; many: boolean } {
  return { words: joinWords(list.map(quote), 'and'), many: list.length > 1 };
}

/**
 * Which item each readiness column answers: the session's item of that name (as written, or
 * else normalised as a column name is), or a new item the import adds, up to the session's
 * limit. A column naming no item, or one an earlier column answers, is left out. Every choice
 * is said in `notes`.
 */
export function planReadinessImport(columns: readonly ReadinessColumn[], session: Pick<Session, 'readinessItems'>, makeId: (prefix: string) => string): ReadinessImport {
  const items = [...session.readinessItems];
  const ids = new Set(items.map((item) => item.id));
  const plan: ReadinessImport = { columns: [], added: [], notes: [] };
  const answeredBy = new Map<string, ReadinessColumn>();
  const tooMany: string[] = [];
  const find = (name: string) => items.find((item) => item.name.trim() === name) ?? items.find((item) => normaliseHeader(item.name) !== '' && normaliseHeader(item.name) === normaliseHeader(name));
  for (const column of columns) {
    const where = `Column ${column.column + 1} (${quote(column.header)})`;
    if (column.name === '' || column.name.length > LIMITS.shortText) {
      plan.notes.push(`${where} names no readiness item${column.name === '' ? '' : ` of at most ${LIMITS.shortText} characters`} and is left out.`);
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
      plan.notes.push(`${where} answers the same readiness item as column ${earlier.column + 1} and is left out.`);
      continue;
    }
    answeredBy.set(item.id, column);
    plan.columns.push({ column: column.column, header: column.header, itemId: item.id });
  }
  const known = plan.columns.length - plan.added.length;
  if (known > 0) plan.notes.push(`${known} readiness ${known === 1 ? 'column answers an item' : 'columns answer items'} of this session, matched by name.`);
  if (plan.added.length > 0) {
    const { words, many } = names(plan.added.map((item) => item.name));
    plan.notes.push(`${words} ${many ? 'are not readiness items' : 'is not a readiness item'} of this session: importing adds ${many ? 'them' : 'it'}, with the answers in ${many ? 'their columns' : 'its column'}.`);
  }
  if (tooMany.length > 0) {
    const { words, many } = names(tooMany);
    plan.notes.push(`${words} ${many ? 'are' : 'is'} left out: a session holds at most ${LIMITS.readinessItems} readiness items.`);
  }
  return plan;
}

/**
 * A row's readiness answers, in the order of `order` (item ids): each readiness column's cell
 * read; a cell that cannot be read gives no answer and a problem naming its line and column,
 * and evidence or an owner too long for the format is shortened, with a problem.
 */
export function readinessOfRow(cells: readonly string[], plan: ReadinessImport, order: readonly string[], line: number, problems: string[]): ReadinessEntry[] {
  const entries: ReadinessEntry[] = [];
  for (const { column, header, itemId } of plan.columns) {
    const where = `Line ${line}, column ${quote(header)}`;
    const cell = readReadinessCell(cells[column] ?? '');
    if (!cell.ok) {
      problems.push(`${where}: ${cell.problem}; this answer is left out.`);
      continue;
    }
    if (cell.entry === null) continue;
    const entry = { itemId, ...cell.entry };
    for (const part of ['evidence', 'owner'] as const) {
      if (entry[part].length <= LIMITS.shortText) continue;
      problems.push(`${where}: the ${part} is shortened to ${LIMITS.shortText} characters.`);
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
 * contradicts itself is never read silently.
 */
export function dataAvailableInStep(candidate: Candidate, header: string, problems: string[]): Candidate {
  const entry = candidate.readiness.find((each) => each.itemId === DATA_AVAILABLE_ITEM);
  const field = candidate.dataAvailability;
  if (entry !== undefined && field !== 'unknown' && entry.answer !== READINESS_OF_DATA_AVAILABILITY[field]) {
    const { label, kind } = candidateField('dataAvailability');
    const said = kind.options.find((option) => option.value === field)!.label;
    problems.push(
      `${label} ${quote(said)} and ${quote(header)} ${quote(ANSWER_LABELS[entry.answer])} disagree: ${label} wins, so the checklist says ${ANSWER_LABELS[READINESS_OF_DATA_AVAILABILITY[field]]}.`,
    );
  }
  return dataAvailabilityInStep(candidate);
}
