import { z } from 'zod';
import { sessionSchema, type Session } from './schema';
import type { AsciiWriter } from './ascii-writer';
import { writeTable } from './table-text';
import { Utf8Builder } from './utf8-builder';

/**
 * How to lay out a value: the key order of every object comes from the schema's shape, so
 * session files diff cleanly whatever order the app built its objects in, and keys the
 * schema does not know are dropped.
 */
type Layout =
  | { kind: 'as-is' }
  | { kind: 'object'; keys: string[]; fields: Layout[] }
  | { kind: 'array'; item: Layout }
  | { kind: 'maybe'; inner: Layout };

const AS_IS: Layout = { kind: 'as-is' };
// String formats such as z.iso.datetime() are not ZodString instances, but their def says "string".
const LEAF_TYPES = new Set(['string', 'number', 'boolean', 'literal', 'enum']);

function layoutOf(schema: z.ZodType): Layout {
  if (schema instanceof z.ZodObject) {
    const entries = Object.entries(schema.shape as Record<string, z.ZodType>);
    return { kind: 'object', keys: entries.map(([key]) => key), fields: entries.map(([, field]) => layoutOf(field)) };
  }
  if (schema instanceof z.ZodArray) {
    const item = layoutOf(schema.element as z.ZodType);
    return item.kind === 'as-is' ? AS_IS : { kind: 'array', item };
  }
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    const inner = layoutOf(schema.unwrap() as z.ZodType);
    return inner.kind === 'as-is' ? AS_IS : { kind: 'maybe', inner };
  }
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as z.ZodType[]).map(layoutOf);
    // Stryker disable next-line MethodExpression: every union of the format is a union of plain values.
    if (options.every((option) => option.kind === 'as-is')) return AS_IS;
  } else if (LEAF_TYPES.has(schema.def.type)) {
    return AS_IS;
  }
  // Fail at load, in the tests, rather than write a file in an order nobody chose.
  // Stryker disable next-line StringLiteral: only thrown for a schema the format does not have.
  throw new Error(`serializeSession cannot lay out a schema of type "${schema.def.type}"`);
}

const SESSION_LAYOUT = layoutOf(sessionSchema);

const { getPrototypeOf } = Object;

/**
 * The value laid out: the same value where it already is (a session read from a file, or
 * checked by zod, has every object in schema order), a copy only of what is not, so a board of
 * 5,000 candidates is not copied on every save to be written as it was.
 */
function arrange(value: unknown, layout: Layout): unknown {
  switch (layout.kind) {
    case 'as-is':
      return value;
    // serializeSession is given sessions the schema accepts, so the guards below only repeat it:
    // null comes only where a layout is 'maybe', a list is a list, and no field is undefined.
    case 'maybe':
      // Stryker disable next-line ConditionalExpression,LogicalOperator: as above; 'object' returns null as it is too.
      return value === null || value === undefined ? value : arrange(value, layout.inner);
    case 'array': {
      // Stryker disable next-line ConditionalExpression: as above.
      if (!Array.isArray(value)) return value;
      let out: unknown[] | null = null;
      // Stryker disable next-line EqualityOperator: past the end the item is undefined, which every layout returns as it is.
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        const arranged = arrange(item, layout.item);
        // Stryker disable next-line ConditionalExpression: copying a list whose items are all in order only costs time.
        if (arranged !== item) (out ??= value.slice())[i] = arranged;
      }
      return out ?? value;
    }
    case 'object':
      // Stryker disable next-line ConditionalExpression,LogicalOperator: as above; 'maybe' returns null first.
      if (typeof value !== 'object' || value === null) return value;
      return arrangedObject(value as Record<string, unknown>, layout);
  }
}

/** Whether an object's own keys are the layout's, in order, and JSON.stringify writes no more (no toJSON of a class). */
// A shortcut only: "no" for an object in order makes a copy with the same bytes, so the mutants
// that answer "no" more often change nothing (those that answer "yes" wrongly are killed).
// Stryker disable BlockStatement,ConditionalExpression,EqualityOperator,BooleanLiteral,AssignmentOperator
function keysInOrder(source: Record<string, unknown>, keys: readonly string[]): boolean {
  // Anything but a plain object is copied (an object without a prototype too: it is rare).
  if (getPrototypeOf(source) !== Object.prototype) return false;
  let i = 0;
  // for…in gives own keys in JSON.stringify's order, then any a prototype adds (which a copy drops).
  for (const key in source) {
    if (key !== keys[i]) return false;
    i += 1;
  }
  return i === keys.length;
}
// Stryker restore BlockStatement,ConditionalExpression,EqualityOperator,BooleanLiteral,AssignmentOperator

/**
 * The object itself when its keys are in order and its values laid out as they are; else a
 * copy in that order, made from the first value that is not. Nothing is made for an object
 * already in order: a board has tens of thousands.
 */
function arrangedObject(source: Record<string, unknown>, { keys, fields }: Extract<Layout, { kind: 'object' }>): Record<string, unknown> {
  let out: Record<string, unknown> | null = keysInOrder(source, keys) ? null : {};
  // Stryker disable next-line EqualityOperator: past the last key the field is undefined, which is skipped.
  for (let i = 0; i < keys.length; i += 1) {
    const field = source[keys[i]!];
    // Stryker disable next-line ConditionalExpression: every layout returns undefined as it is.
    const arranged = field === undefined ? undefined : arrange(field, fields[i]!);
    // A field that is undefined is dropped by the copy and by JSON.stringify alike.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: starting the copy earlier, or at every field, writes the same bytes.
    if (out === null && arranged !== field) {
      out = {};
      // Stryker disable next-line EqualityOperator: field i is copied and then set to its arranged value, or is undefined and dropped.
      for (let j = 0; j < i; j += 1) out[keys[j]!] = source[keys[j]!];
    }
    // Stryker disable next-line ConditionalExpression: as above; JSON.stringify drops an undefined field anyway.
    if (out !== null && arranged !== undefined) out[keys[i]!] = arranged;
  }
  return out ?? source;
}

// The score tables are written by hand (one row per line, table-text.ts) where these stand.
// Top-level keys are the only text that starts a line with exactly two spaces and a quote:
// inside strings JSON escapes every newline, so the search cannot land in a person's text.
// In the order the schema has them, which is the order of their slots in the text.
const SCHEMA_KEYS = Object.keys(sessionSchema.shape);
const TABLES = (
  [
    { key: 'scores', leading: 2 },
    { key: 'consensusScores', leading: 1 },
  ] as const
).toSorted((a, b) => SCHEMA_KEYS.indexOf(a.key) - SCHEMA_KEYS.indexOf(b.key));

/** The file in pieces: the JSON of all but the scores, and each table with the place it takes in that text. */
interface FilePieces {
  text: string;
  tables: { from: number; to: number; head: string; table: AsciiWriter }[];
}

function filePieces(session: Session): FilePieces {
  const text = JSON.stringify(arrange({ ...session, scores: '', consensusScores: '' }, SESSION_LAYOUT), null, 2);
  // The tables stand near the end, after the candidates: each slot is sought from there.
  const tables = TABLES.map(({ key, leading }) => {
    const slot = `\n  "${key}": ""`;
    const from = text.lastIndexOf(slot);
    return { from, to: from + slot.length, head: `\n  "${key}": `, table: writeTable(session[key], session, leading) };
  });
  return { text, tables };
}

/**
 * The session file's text: 2-space indented JSON, keys in schema order, trailing newline, and
 * the scores as tables with a row per line (table-text.ts).
 */
export function serializeSession(session: Session): string {
  const { text, tables } = filePieces(session);
  let out = '';
  let from = 0;
  for (const { head, table, ...slot } of tables) {
    out += `${text.slice(from, slot.from)}${head}${table.toString()}`;
    from = slot.to;
  }
  return `${out}${text.slice(from)}\n`;
}

/**
 * The session file's bytes: serializeSession's text in UTF-8, each piece encoded straight into
 * the file's buffer (utf8-builder.ts), as Save writes it.
 */
export function serializeSessionBytes(session: Session): Uint8Array {
  const { text, tables } = filePieces(session);
  const pieces = tables.map(({ table }) => table.pieces());
  // Room for the text as ASCII, an eighth more for what is not, and the tables; it grows if need be,
  // so a first size too small or too large writes the same bytes.
  // Stryker disable next-line ArrowFunction,ArithmeticOperator: as above.
  const tableBytes = pieces.flat().reduce((sum, piece) => sum + piece.length, 0);
  // Stryker disable next-line ArithmeticOperator: as above.
  const textRoom = text.length + (text.length >> 3) + 64;
  const out = new Utf8Builder(textRoom + tableBytes);
  let from = 0;
  tables.forEach(({ head, ...slot }, i) => {
    out.text(text.slice(from, slot.from));
    out.text(head);
    for (const piece of pieces[i]!) {
      if (typeof piece === 'string') out.text(piece);
      else out.raw(piece);
    }
    from = slot.to;
  });
  out.text(text.slice(from));
  out.text('\n');
  return out.result();
}
