import { describe, expect, it, vi } from 'vitest';
import { parseSession, sampleSession, serializeSession } from '../../../shared';

// The catch-all in parseSession is observable: a throw from any check below it comes back
// with a code of its own ('parser-fault', which the fuzz tests assert never happens), a
// message that blames Pickwise rather than the file, and what was thrown for the log.
// Models a bug: the integrity check throws as a coding error would.
vi.mock('../../../shared/session/integrity', () => ({
  checkIntegrity: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'id')");
  },
}));

describe('parseSession’s last guard', () => {
  it('reports a throw as a parser fault, in words, keeping what was thrown for the log', () => {
    const result = parseSession(serializeSession(sampleSession), 'en');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'parser-fault',
        message: 'Pickwise could not read this file because of a fault in Pickwise itself, not necessarily in the file. Nothing was changed.',
        fault: "TypeError: Cannot read properties of undefined (reading 'id')",
      },
    });
  });
});
