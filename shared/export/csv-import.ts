// From a parsed table to candidates: a preview (one entry per row, with what was changed or
// is wrong, and duplicates marked; notes on the file's readiness columns) and the import itself.
import { blankCandidate, CANDIDATE_FIELDS, candidateField, CHOICE_FIELDS, TEXT_FIELDS, fieldLabel } from '../session/candidate-fields';
import { choiceWord, choiceWords, readChoice, readYesNo } from '../session/cell-words';
import { nextCandidateCode } from '../session/edits';
import type { ImportFieldKey } from '../session/field-names';
import { DATA_AVAILABLE_ITEM, LIMITS, type Candidate, type ReadinessItem, type Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import { clampToScale } from '../workshop/scale';
import { unescapeCsvFormula } from './csv-export';
import { readDate, type DateOrder } from './csv-dates';
import { guessColumnMapping, type ColumnMapping } from './import-columns';
import { listInSentence, midSentenceIn } from '../i18n/sentence';
import type { ParsedTable } from './csv-parse';
import { dataAvailableInStep, planReadinessImport, readinessOfRow } from './csv-readiness';
import { truncate } from './csv-text';

/** One row of the import preview. */
interface ImportPreviewRow {
  /** 1-based line of the row in the file, for messages. */
  line: number;
  /** The candidate the row becomes; null when it cannot be one (no title, too many candidates). */
  candidate: Candidate | null;
  /** Id of the existing candidate, or of an earlier row's candidate, with the same title (case, accents and spacing ignored). */
  duplicateOf: string | null;
  /** What was changed or ignored in the row, for a person ("Title shortened to 200 characters."). */
  problems: string[];
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  /** Readiness items the file's columns name and the session does not have: importing adds them. */
  readinessItems: ReadinessItem[];
  /** What happens to the whole file, for a person (the readiness columns). */
  notes: string[];
}

/** How the file's cells are read where languages differ. */
export interface ImportReading {
  /** A slashed date both ways a date (03/04/2025): day first or month first. */
  dateOrder: DateOrder;
}

export interface ImportOptions {
  /** Leave out rows marked as duplicates. */
  skipDuplicates: boolean;
}

/** The mapping to start the preview with: guessed from the headers, else the first column is the title. */
export function guessTableMapping(table: Pick<ParsedTable, 'headers'>): ColumnMapping {
  return table.headers === null ? { title: 0 } : guessColumnMapping(table.headers);
}

/** The form of a title used to find duplicates: accents, case and spacing ignored. */
function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A number from a cell: '.' or a lone ',' as the decimal point; undefined when empty or not a number. */
function readNumber(text: string): number | undefined | 'invalid' {
  const t = text.trim().replace(/^'/, '');
  if (t === '') return undefined;
  const normalised = /^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return 'invalid';
  const value = Number(normalised);
  return Number.isFinite(value) ? value : 'invalid';
}

function splitTags(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(separator)) {
    const tag = part.trim();
    if (tag === '' || seen.has(tag)) continue;
    seen.add(tag);
    tags.push(tag);
  }
  return tags;
}

const YES_NO_FIELDS = CANDIDATE_FIELDS.filter((field) => field.kind.type === 'yes-no');
const TAG_FIELDS = CANDIDATE_FIELDS.filter((field) => field.kind.type === 'tags');

function codeNumber(code: string): number {
  return Number(/^C(\d+)$/.exec(code)?.[1] ?? '0');
}

/**
 * The import preview: one entry per table row, in order. Cells are read through `mapping`
 * (unmapped fields take the new-candidate defaults); text is trimmed, and the formula
 * apostrophe backlogToCsv adds is removed; "Data available" reads yes/partly/no/unknown in
 * several spellings, "Better without ML" yes/no/true/false/x, tags split on ';' (or ',' when
 * there is no ';'), status by name or label; text longer than the session format allows is
 * shortened, and each change is listed in the row's problems. The readiness columns answer
 * the session's items by name, or items the import adds (csv-readiness.ts); a cell that cannot
 * be read gives no answer and a problem naming its line and column; where "Data available" and
 * its checklist item disagree, the field wins and the row says so. A "Created" column gives the
 * candidate's creation day in the forms csv-dates.ts reads (a slashed date in `reading`'s
 * order when both orders would do); without one, or where it is not a date, `now`. What happens to the
 * readiness columns is said in the preview's notes. A row without a title has no candidate.
 * Codes follow the session's highest `C<n>` in row order; ids come from `makeId('cand')` (and
 * `makeId('item')` for added items); `now` is the creation time. What the preview says is in
 * `language`, the interface's.
 */
export function candidatesFromTable(
  table: Pick<ParsedTable, 'rows' | 'rowLines'>,
  mapping: ColumnMapping,
  session: Session,
  makeId: (prefix: string) => string,
  now: Date,
  reading: ImportReading,
  language: Language,
): ImportPreview {
  const t = textsIn(language);
  const existing = new Map<string, string>();
  for (const candidate of session.candidates) {
    const key = normaliseTitle(candidate.title);
    if (!existing.has(key)) existing.set(key, candidate.id);
  }
  const room = LIMITS.candidates - session.candidates.length;
  let code = codeNumber(nextCandidateCode(session));
  let made = 0;
  const createdAt = now.toISOString();
  const scale = session.settings.scale;
  const readiness = planReadinessImport(mapping.readiness ?? [], session, makeId, language);
  const itemOrder = [...session.readinessItems, ...readiness.added].map((item) => item.id);
  const notes = [...readiness.notes];
  const dataColumn = readiness.columns.find((column) => column.itemId === DATA_AVAILABLE_ITEM);
  if (dataColumn !== undefined && mapping.dataAvailability !== undefined) {
    notes.push(t('documents:import.dataDisagreeNote', { field: fieldLabel('dataAvailability', language), column: dataColumn.header }));
  }

  const rows = table.rows.map((cells, index): ImportPreviewRow => {
    const line = table.rowLines[index] ?? index + 1;
    const problems: string[] = [];
    const raw = (field: ImportFieldKey): string => {
      const column = mapping[field];
      return column === undefined ? '' : unescapeCsvFormula(cells[column] ?? '');
    };
    const text = (field: (typeof TEXT_FIELDS)[number]): string => {
      const value = raw(field.key).trim();
      const max = field.kind.maxLength;
      if (value.length <= max) return value;
      problems.push(t('documents:import.shortened', { field: fieldLabel(field.key, language), max: String(max) }));
      return truncate(value, max).trim();
    };

    const title = text(candidateField('title'));
    if (title === '') {
      return { line, candidate: null, duplicateOf: null, problems: [t('documents:import.noTitle')] };
    }
    if (made >= room) {
      return { line, candidate: null, duplicateOf: null, problems: [t('documents:import.tooMany', { max: String(LIMITS.candidates) })] };
    }

    const created = readDate(raw('createdAt'), reading.dateOrder);
    if (created === 'invalid') problems.push(t('documents:import.notDate', { field: fieldLabel('createdAt', language), value: raw('createdAt').trim() }));
    const candidate: Candidate = blankCandidate(makeId('cand'), `C${code}`, title, created === 'invalid' || created === undefined ? createdAt : created);
    const fields: Record<string, unknown> = candidate;
    for (const field of TEXT_FIELDS) if (field.key !== 'title') fields[field.property] = text(field);

    for (const field of CHOICE_FIELDS) {
      const cellText = raw(field.key);
      const value = readChoice(field.key, cellText);
      const options = field.kind.options;
      if (value === undefined) {
        problems.push(
          t('documents:import.notChoice', {
            field: fieldLabel(field.key, language),
            value: cellText.trim(),
            choices: listInSentence(choiceWords(options, language), language, 'disjunction'),
            fallback: choiceWord(options, options[0].value, language),
          }),
        );
      }
      fields[field.property] = value ?? options[0].value;
    }

    for (const field of YES_NO_FIELDS) {
      const cellText = raw(field.key);
      const flag = readYesNo(cellText);
      if (flag === undefined) problems.push(t('documents:import.notYesNo', { field: fieldLabel(field.key, language), value: cellText.trim() }));
      fields[field.property] = flag ?? false;
    }

    for (const field of TAG_FIELDS) {
      let tags = splitTags(raw(field.key));
      if (tags.some((tag) => tag.length > LIMITS.shortText)) {
        problems.push(t('documents:import.shortened', { field: fieldLabel(field.key, language), max: String(LIMITS.shortText) }));
        tags = tags.map((tag) => truncate(tag, LIMITS.shortText).trim());
      }
      if (tags.length > LIMITS.tags) {
        problems.push(t('documents:import.tagsKept', { field: midSentenceIn(fieldLabel(field.key, language), language), max: String(LIMITS.tags) }));
        tags = tags.slice(0, LIMITS.tags);
      }
      fields[field.property] = tags;
    }

    const impact = readNumber(raw('overrideImpact'));
    const complexity = readNumber(raw('overrideComplexity'));
    if (impact === 'invalid' || complexity === 'invalid') {
      problems.push(t('documents:import.overrideNotNumber'));
    } else if ((impact === undefined) !== (complexity === undefined)) {
      problems.push(t('documents:import.overrideNeedsBoth'));
    } else if (impact !== undefined && complexity !== undefined) {
      const override = { impact: clampToScale(impact, scale), complexity: clampToScale(complexity, scale) };
      if (override.impact !== impact || override.complexity !== complexity) problems.push(t('documents:import.overrideMoved', { max: String(scale) }));
      candidate.override = override;
    }
    candidate.readiness = readinessOfRow(cells, readiness, itemOrder, line, problems, language);
    const inStep = dataAvailableInStep(candidate, dataColumn?.header ?? '', problems, language);

    const key = normaliseTitle(title);
    const duplicateOf = existing.get(key) ?? null;
    if (duplicateOf === null) existing.set(key, candidate.id);
    made += 1;
    code += 1;
    return { line, candidate: inStep, duplicateOf, problems };
  });
  return { rows, readinessItems: readiness.added, notes };
}

/**
 * Adds the preview's candidates to the session (a new session object; the old one is
 * untouched), leaving out rows without a candidate and, with skipDuplicates, duplicates, and
 * with them the readiness items the file named and the session lacks (up to the session's
 * limit; an answer to an item that could not be added is left out). Codes are given again from
 * the session's next code in row order, so left-out rows leave no gaps; an id already in the
 * session is never added twice.
 */
export function importCandidates(session: Session, preview: ImportPreview, options: ImportOptions): Session {
  const ids = new Set(session.candidates.map((candidate) => candidate.id));
  const items = [...session.readinessItems];
  for (const item of preview.readinessItems) {
    if (items.length < LIMITS.readinessItems && !items.some((each) => each.id === item.id)) items.push({ ...item });
  }
  const itemIds = new Set(items.map((item) => item.id));
  let code = codeNumber(nextCandidateCode(session));
  const added: Candidate[] = [];
  for (const row of preview.rows) {
    if (row.candidate === null) continue;
    if (options.skipDuplicates && row.duplicateOf !== null) continue;
    if (ids.has(row.candidate.id)) continue;
    if (session.candidates.length + added.length >= LIMITS.candidates) break;
    ids.add(row.candidate.id);
    const readiness = row.candidate.readiness.filter((entry) => itemIds.has(entry.itemId)).map((entry) => ({ ...entry }));
    added.push({ ...row.candidate, tags: [...row.candidate.tags], readiness, code: `C${code}` });
    code += 1;
  }
  if (added.length === 0) return session;
  const readinessItems = items.length === session.readinessItems.length ? session.readinessItems : items;
  return { ...session, readinessItems, candidates: [...session.candidates, ...added] };
}

