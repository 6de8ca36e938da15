import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { SessionErrorCode } from './errors';
import { placeOf, type NamedProblem } from './problem-words';

/** Far deeper than a session ever nests (4 levels), far shallower than any stack limit. */
export const MAX_SESSION_DEPTH = 64;

// JSON.parse turns "__proto__" into an ordinary own property, harmless by itself, but any
// later spread, merge or Object.assign in the app would then rewrite a prototype.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Node {
  value: object;
  depth: number;
  parent: Node | null;
  key: string | number;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  // Stryker disable next-line OptionalChaining: n is never null; the loop only moves to a parent that is there.
  for (let n: Node | null = node; n?.parent; n = n.parent) path.push(n.key);
  return path.reverse();
}

// A hostile file can nest thousands of levels; the first few name the part of the session,
// and the message's line and column say exactly where.
const PATH_NAMED = 4;

/** What checkStructure found, with the path to find its line. */
export interface StructureProblem {
  code: SessionErrorCode;
  problem: NamedProblem;
}

/**
 * Walks the parsed value with an explicit stack (so depth cannot overflow ours) and stops at
 * the first object nested too deep or carrying a key that could reach a prototype.
 */
export function checkStructure(root: unknown, language: Language): StructureProblem | null {
  if (typeof root !== 'object' || root === null) return null;
  // Stryker disable next-line StringLiteral: the root's key is never read; a path stops below it.
  const stack: Node[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.depth > MAX_SESSION_DEPTH) {
      const path = pathOf(node);
      const subject = placeOf(path.slice(0, PATH_NAMED), root, language).subject;
      return {
        code: 'too-deep',
        problem: { path, absent: false, sentence: textsIn(language)('files:structure.tooDeep', { depth: String(MAX_SESSION_DEPTH), subject }) },
      };
    }
    if (Array.isArray(node.value)) {
      const list: unknown[] = node.value;
      // Stryker disable next-line ArithmeticOperator: the places past the end hold nothing to walk.
      for (let i = list.length - 1; i >= 0; i -= 1) {
        const child = list[i];
        if (typeof child === 'object' && child !== null) {
          stack.push({ value: child, depth: node.depth + 1, parent: node, key: i });
        }
      }
      continue;
    }
    const record = node.value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        const path = pathOf(node);
        const subject = placeOf(path.slice(0, PATH_NAMED), root, language).subject;
        return {
          code: 'forbidden-key',
          problem: { path: [...path, key], absent: false, sentence: textsIn(language)('files:structure.forbiddenKey', { key, subject }) },
        };
      }
    }
    // Stryker disable next-line ArithmeticOperator: the places past the end name no key; at worst a field named "undefined" is walked again, after its first walk.
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i]!;
      const child = record[key];
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: node.depth + 1, parent: node, key });
      }
    }
  }
  return null;
}
