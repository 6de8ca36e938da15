// The version-2 writer as it was first written (serialize.ts and score-table.ts before the
// speed work of issue 13): every object copied into schema order, the whole session through
// JSON.stringify, the tables packed into rows and written with map and join, spliced in with
// replace. Kept here, unchanged, so the tests can hold today's writer to the bytes it wrote.
import { z } from 'zod';
import { sessionSchema, type Score, type Session } from '../../../shared/session/schema';

type Row = (string | number | null)[];

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
        if (options.every((option) => option.kind === 'as-is')) return AS_IS;
  } else if (LEAF_TYPES.has(schema.def.type)) {
    return AS_IS;
  }
  // Fail at load, in the tests, rather than write a file in an order nobody chose.
  throw new Error(`serializeSession cannot lay out a schema of type "${schema.def.type}"`);
}

const SESSION_LAYOUT = layoutOf(sessionSchema);

function arrange(value: unknown, layout: Layout): unknown {
  switch (layout.kind) {
    case 'as-is':
      return value;
    // serializeSession is given sessions the schema accepts, so the guards below only repeat it:
    // null comes only where a layout is 'maybe', a list is a list, and no field is undefined.
    case 'maybe':
      return value === null || value === undefined ? value : arrange(value, layout.inner);
    case 'array':
      return Array.isArray(value) ? value.map((item) => arrange(item, layout.item)) : value;
    case 'object': {
      if (typeof value !== 'object' || value === null) return value;
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < layout.keys.length; i += 1) {
        const key = layout.keys[i]!;
        const field = source[key];
        if (field !== undefined) out[key] = arrange(field, layout.fields[i]!);
      }
      return out;
    }
  }
}

/**
 * Positions in the session's list; an id the list does not know is added after the known ones
 * when first met (placeOf): a table's columns and rows follow the session's order whatever order
 * the scores were given in, so a file diffs cleanly.
 */
function positions(known: readonly { id: string }[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const { id: each } of known) if (!order.has(each)) order.set(each, order.size);
  return order;
}

function placeOf(order: Map<string, number>, id: string): number {
  let position = order.get(id);
  if (position === undefined) {
    position = order.size;
    order.set(id, position);
  }
  return position;
}

// One pass to settle the columns, one to fill rows kept by candidate then participant position:
// a board of 5,000 candidates packs its 160,000 scores without a key string or a sort.
function packTable(
  scores: readonly (Pick<Score, 'candidateId' | 'criterionId' | 'value'> & { participantId?: string })[],
  session: Pick<Session, 'criteria' | 'candidates' | 'participants'>,
  leading: number,
): { criteria: string[]; rows: Row[] } {
  const columns = positions(session.criteria);
  for (const score of scores) placeOf(columns, score.criterionId);
  const candidates = positions(session.candidates);
  const participants = positions(session.participants);
  const width = leading + columns.size;
  const grid: Row[][] = [];
  for (const score of scores) {
    const participant = score.participantId ?? '';
    const byParticipant = (grid[placeOf(candidates, score.candidateId)] ??= []);
    const p = leading === 2 ? placeOf(participants, participant) : 0;
    let row = byParticipant[p];
    if (row === undefined) {
      row = new Array<string | number | null>(width).fill(null);
      row[0] = score.candidateId;
      if (leading === 2) row[1] = participant;
      byParticipant[p] = row;
    }
    // A repeated score keeps the last value, as every rule reads the list (indexScores).
    row[leading + columns.get(score.criterionId)!] = score.value;
  }
  const rows: Row[] = [];
  // Positions without scores are holes in these arrays: for…of gives them as undefined.
  for (const byParticipant of grid) if (byParticipant) for (const row of byParticipant) if (row) rows.push(row);
  return { criteria: [...columns.keys()], rows };
}

/** The session's scores as the file's two tables. */
function packScores(session: Session): { scores: { criteria: string[]; rows: Row[] }; consensusScores: { criteria: string[]; rows: Row[] } } {
  return {
    scores: packTable(session.scores, session, 2),
    consensusScores: packTable(session.consensusScores, session, 1),
  };
}

/**
 * The table's text as the file holds it, indented for its place at the top level of the
 * session: the column list on one line and each row on one line.
 */
function tableText(table: { criteria: readonly string[]; rows: readonly Row[] }): string {
  const criteria = `[${table.criteria.map((each) => JSON.stringify(each)).join(', ')}]`;
  if (table.rows.length === 0) return `{\n    "criteria": ${criteria},\n    "rows": []\n  }`;
  // Numbers and null read the same through String; only ids (text) need JSON's quoting.
  const lines = table.rows.map((row) => `      [${row.map((each) => (typeof each === 'string' ? JSON.stringify(each) : String(each))).join(', ')}]`);
  return `{\n    "criteria": ${criteria},\n    "rows": [\n${lines.join(',\n')}\n    ]\n  }`;
}


const TABLE_SLOTS = ['scores', 'consensusScores'] as const;

/** The file's text for `session`, as the first version-2 writer made it. */
export function referenceText(session: Session): string {
  const tables = packScores(session);
  const text = JSON.stringify(arrange({ ...session, scores: '', consensusScores: '' }, SESSION_LAYOUT), null, 2);
  let out = text;
  for (const key of TABLE_SLOTS) out = out.replace(`\n  "${key}": ""`, () => `\n  "${key}": ${tableText(tables[key])}`);
  return `${out}\n`;
}
