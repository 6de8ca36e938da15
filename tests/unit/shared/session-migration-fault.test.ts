import { describe, expect, it, vi } from 'vitest';
import type * as migrations from '../../../shared/session/migrations';
import { parseSession } from '../../../shared/session/parse';

// A fault in an upgrade step is Pickwise's, not the file's: parseSession's last guard reports it
// as a parser fault. Models a bug: a step throws a TypeError, as a coding error would. The mock
// is hoisted (not imported inside a test), so the session modules load once, with the file, as
// in every other test: Stryker then tells their module-level code from what a test runs.
vi.mock('../../../shared/session/migrations', async (importOriginal) => ({
  ...(await importOriginal<typeof migrations>()),
  migrateToCurrent: () => {
    throw new TypeError('x is undefined');
  },
}));

const VERSION_0 = JSON.stringify({ format: 'pickwise-session', version: 0, id: 's', createdAt: '2024-01-01T00:00:00Z', candidates: [] });

describe('a fault in an upgrade step', () => {
  it('is reported as a fault in Pickwise, not as a file that could not be upgraded', () => {
    expect(parseSession(VERSION_0, 'en')).toEqual({
      ok: false,
      error: {
        code: 'parser-fault',
        message: 'Pickwise could not read this file because of a fault in Pickwise itself, not necessarily in the file. Nothing was changed.',
        fault: 'TypeError: x is undefined',
      },
    });
  });
});
