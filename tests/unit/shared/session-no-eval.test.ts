import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The renderer's Content Security Policy has no 'unsafe-eval' (app-protocol.test.ts): there
// `new Function` throws an EvalError and is reported as a policy violation even when caught.
// This file models that with a Function that refuses and counts every attempt, installed
// before the session modules (and zod with them) are first loaded, so the schema is built
// and run exactly as in the renderer.
const realFunction = globalThis.Function;
const attempts: string[] = [];

function refuse(args: unknown[]): never {
  attempts.push(String(args.at(-1)).slice(0, 80));
  throw new EvalError('Evaluating a string as JavaScript violates the Content Security Policy (no unsafe-eval).');
}

beforeAll(() => {
  globalThis.Function = new Proxy(realFunction, {
    construct: (_target, args: unknown[]) => refuse(args),
    apply: (_target, _this, args: unknown[]) => refuse(args),
  });
});

afterAll(() => {
  globalThis.Function = realFunction;
});

describe('the session schema under a policy without eval', () => {
  it('opens and checks a session without ever trying to evaluate generated code', async () => {
    const { parseSession } = await import('../../../shared/session/parse');
    const { serializeSession } = await import('../../../shared/session/serialize');
    const { sampleSession } = await import('../../../shared/session/sample-session');
    const opened = parseSession(serializeSession(sampleSession), 'en');
    expect(opened.ok).toBe(true);
    const refused = parseSession(serializeSession({ ...sampleSession, id: 'not an id!' }), 'en');
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('invalid');
    expect(attempts).toEqual([]);
  });
});
