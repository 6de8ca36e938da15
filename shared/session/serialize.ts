import { z } from 'zod';
import { sessionSchema, type Session } from './schema';
import { tableText } from './table-text';

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

const { keys: ownKeys, getPrototypeOf } = Object;

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
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        const arranged = arrange(item, layout.item);
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

/** The object itself when its own keys are the layout's, in order, with values laid out as they are; else a copy in that order. */
function arrangedObject(source: Record<string, unknown>, layout: Extract<Layout, { kind: 'object' }>): Record<string, unknown> {
  const present = ownKeys(source);
  const prototype: unknown = getPrototypeOf(source);
  // JSON.stringify writes own keys and calls a toJSON; a copy has neither extra keys nor a class.
  let same = present.length === layout.keys.length && (prototype === Object.prototype || prototype === null);
  const fields: unknown[] = [];
  for (let i = 0; i < layout.keys.length; i += 1) {
    const key = layout.keys[i]!;
    const field = source[key];
    const arranged = field === undefined ? undefined : arrange(field, layout.fields[i]!);
    fields.push(arranged);
    if (same && (present[i] !== key || arranged !== field || field === undefined)) same = false;
  }
  if (same) return source;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < layout.keys.length; i += 1) {
    // Stryker disable next-line ConditionalExpression: as above; JSON.stringify drops an undefined field anyway.
    if (fields[i] !== undefined) out[layout.keys[i]!] = fields[i];
  }
  return out;
}

// The score tables are written by hand (one row per line, table-text.ts) where these stand.
// Top-level keys are the only text that starts a line with exactly two spaces and a quote:
// inside strings JSON escapes every newline, so the search cannot land in a person's text.
const TABLES = [
  { key: 'scores', leading: 2 },
  { key: 'consensusScores', leading: 1 },
] as const;

/**
 * The session file's text: 2-space indented JSON, keys in schema order, trailing newline, and
 * the scores as tables with a row per line (table-text.ts).
 */
export function serializeSession(session: Session): string {
  const text = JSON.stringify(arrange({ ...session, scores: '', consensusScores: '' }, SESSION_LAYOUT), null, 2);
  // The tables stand near the end, after the candidates: each slot is sought from there, and
  // the text is cut around them rather than searched and copied whole once for each.
  const slots = TABLES.map((table) => {
    const slot = `\n  "${table.key}": ""`;
    return { ...table, slot, at: text.lastIndexOf(slot) };
  }).sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { key, leading, slot, at } of slots) {
    out += `${text.slice(from, at)}\n  "${key}": ${tableText(session[key], session, leading)}`;
    from = at + slot.length;
  }
  return `${out}${text.slice(from)}\n`;
}
