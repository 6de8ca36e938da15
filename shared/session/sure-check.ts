import type { z } from 'zod';

// Zod runs without compiled validators in every process (schema.ts): walking a board's 5,000
// candidates through it is a third of the time of opening the file. A sure check is a plain
// function built once from a schema's definition that says yes only of a value the schema
// surely accepts and returns unchanged: exactly its keys, in its order (zod returns objects
// in its own key order and drops keys it does not know), every rule met. Where it is not
// sure it says no, and the value goes through zod, which finds and words every problem the
// one way it always does. So a field added to the schema is checked here too, and a kind of
// schema or rule this file does not know only sends every value to zod.

/** True only when the schema accepts the value and returns it as it is. */
export type SureCheck = (value: unknown) => boolean;

const NOT_SURE: SureCheck = () => false;

/** What this file reads of a zod definition: its type, its rules, the parts it is made of. */
interface Def {
  type: string;
  checks?: readonly { _zod: { def: RuleDef } }[];
  coerce?: boolean;
  // A string format (z.iso.datetime()) is a rule of its own schema: its def has the rule's fields.
  check?: string;
  format?: string;
  pattern?: RegExp;
  values?: readonly unknown[];
  entries?: Record<string, unknown>;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
}

interface RuleDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const RULED_TYPES = new Set(['string', 'number', 'boolean', 'array']);

/** String formats whose only rule is their pattern (others, such as a URL, check more). */
const PATTERN_FORMATS = new Set(['regex', 'datetime', 'date']);

type Rule = (value: never) => boolean;

// Lengths: zod counts code points where a string's UTF-16 units are in doubt (astral
// characters), so a string is surely within bounds only when its units say so either way.
function lengthRule(def: RuleDef): Rule | null {
  if (def.check === 'max_length') {
    const maximum = def.maximum!;
    return (value: { length: number }) => value.length <= maximum;
  }
  if (def.check === 'min_length') {
    const minimum = def.minimum!;
    // Below twice the floor a string of units may hold fewer code points; one unit is one code point.
    return (value: { length: number }) => value.length >= minimum && (minimum <= 1 || value.length >= minimum * 2);
  }
  return null;
}

function stringRule(def: RuleDef): Rule | null {
  if (def.check === 'string_format') {
    const { pattern } = def;
    if (pattern === undefined || !PATTERN_FORMATS.has(def.format!)) return null;
    return (value: string) => {
      pattern.lastIndex = 0;
      return pattern.test(value);
    };
  }
  return lengthRule(def);
}

function numberRule(def: RuleDef): Rule | null {
  const bound = def.value!;
  switch (def.check) {
    case 'greater_than':
      return def.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
    case 'less_than':
      return def.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    case 'number_format':
      return def.format === 'safeint' ? (value: number) => Number.isSafeInteger(value) : null;
    default:
      return null;
  }
}

/** The schema's rules as functions, or null when one of them is not known here. */
function rulesOf(def: Def, ruleOf: (rule: RuleDef) => Rule | null): Rule[] | null {
  const rules: Rule[] = [];
  const defs: RuleDef[] = (def.checks ?? []).map((check) => check._zod.def);
  if (def.check !== undefined) defs.unshift(def as RuleDef);
  for (const each of defs) {
    const rule = ruleOf(each);
    if (rule === null) return null;
    rules.push(rule);
  }
  return rules;
}

function withRules(isType: (value: unknown) => boolean, rules: Rule[] | null): SureCheck {
  if (rules === null) return NOT_SURE;
  return (value) => {
    if (!isType(value)) return false;
    for (let i = 0; i < rules.length; i += 1) if (!rules[i]!(value as never)) return false;
    return true;
  };
}

const isString = (value: unknown) => typeof value === 'string';
// JSON has no NaN or Infinity, but a session handed over from the page is not JSON.
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

function objectCheck(shape: Record<string, z.ZodType>): SureCheck {
  const keys = Object.keys(shape);
  // zod never copies a "__proto__" field to what it returns.
  if (keys.includes('__proto__')) return NOT_SURE;
  const fields = keys.map((key) => sureCheckOf(shape[key]!));
  const count = keys.length;
  return (value) => {
    if (!isPlainObject(value)) return false;
    const record = value as Record<string, unknown>;
    let i = 0;
    // for…in over a plain object from JSON.parse or a structured clone sees its own keys, in order.
    for (const key in record) {
      // Past the last key keys[i] is undefined, never a key.
      if (key !== keys[i] || !fields[i]!(record[key])) return false;
      i += 1;
    }
    return i === count;
  };
}

function arrayCheck(element: SureCheck, rules: Rule[] | null): SureCheck {
  if (rules === null) return NOT_SURE;
  return (value) => {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < rules.length; i += 1) if (!rules[i]!(value as never)) return false;
    for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
    return true;
  };
}

/** The sure check of a schema: built once, at load, from its definition. */
export function sureCheckOf(schema: z.ZodType): SureCheck {
  const def = schema._zod.def as unknown as Def;
  if (def.coerce) return NOT_SURE;
  // Rules are read for strings, numbers and lists; on anything else (a refinement) zod decides.
  if (!RULED_TYPES.has(def.type) && (def.checks?.length ?? 0) > 0) return NOT_SURE;
  switch (def.type) {
    case 'string':
      return withRules(isString, rulesOf(def, stringRule));
    case 'number':
      return withRules(isNumber, rulesOf(def, numberRule));
    case 'boolean':
      return withRules((value) => typeof value === 'boolean', rulesOf(def, () => null));
    case 'literal': {
      const values = new Set(def.values);
      return (value) => values.has(value);
    }
    case 'enum': {
      // Only entries named by their own value (z.enum([...])); a TypeScript enum's numbers are zod's to read.
      const values = new Set<unknown>(Object.entries(def.entries!).flatMap(([key, value]) => (key === value ? [value] : [])));
      return (value) => values.has(value);
    }
    case 'object':
      return objectCheck(def.shape!);
    case 'array':
      return arrayCheck(sureCheckOf(def.element!), rulesOf(def, lengthRule));
    case 'nullable': {
      const inner = sureCheckOf(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case 'union': {
      // zod returns the first option that accepts; with no option changing a value, it is the value.
      const options = def.options!.map(sureCheckOf);
      return (value) => options.some((option) => option(value));
    }
    default:
      return NOT_SURE;
  }
}
