import { formatPath, type SessionError } from './errors';

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
  for (let n: Node | null = node; n?.parent; n = n.parent) path.push(n.key);
  return path.reverse();
}

function where(path: readonly (string | number)[]): string {
  // A hostile file can nest thousands of levels; the first few are enough to find it.
  const shown = path.length > 12 ? `${formatPath(path.slice(0, 12))}…` : formatPath(path);
  return shown === '' ? 'the top level' : shown;
}

/**
 * Walks the parsed value with an explicit stack (so depth cannot overflow ours) and stops at
 * the first object nested too deep or carrying a key that could reach a prototype.
 */
export function checkStructure(root: unknown): SessionError | null {
  if (typeof root !== 'object' || root === null) return null;
  const stack: Node[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.depth > MAX_SESSION_DEPTH) {
      return {
        code: 'too-deep',
        message: `The data is nested more than ${MAX_SESSION_DEPTH} levels deep (at ${where(pathOf(node))}); a session never is.`,
      };
    }
    if (Array.isArray(node.value)) {
      const list: unknown[] = node.value;
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
        return {
          code: 'forbidden-key',
          message: `The key "${key}" is not allowed in a session file (found in ${where(pathOf(node))}).`,
        };
      }
    }
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
