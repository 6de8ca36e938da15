import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { checkSession, createSampleSession, parseSession, serializeSession, type Session } from '../../../shared';
import { ipcCalls } from '../../../shared/ipc-contract';
import { sessionArbitrary, withScoresSorted } from './session-arbitraries';

// One gate for a session: what the page hands main to write (save, save as, drafts, exports)
// passes checkSession, the same check that ends parseSession. So whatever main accepts to write,
// it accepts to open again. Damaged sessions here are valid to the bare schema (so the old gate
// let them through) but break a rule between parts of the session, or a limit of the file.

const RUNS = Math.max(200, Math.round(Number(process.env.PICKWISE_FUZZ_RUNS ?? 10_000) / 20));

type Damage = (session: Session) => Session;

/** Damages each of which passes the bare zod schema, and each of which opening refuses. */
const damages: Record<string, Damage> = {
  'two candidates share an id': (s) => (s.candidates.length < 2 ? s : { ...s, candidates: [s.candidates[0]!, { ...s.candidates[1]!, id: s.candidates[0]!.id }, ...s.candidates.slice(2)] }),
  'a score for a candidate that is not there': (s) =>
    s.scores.length === 0 ? s : { ...s, scores: [{ ...s.scores[0]!, candidateId: 'gone-candidate' }, ...s.scores.slice(1)] },
  'a score above the scale': (s) => (s.scores.length === 0 ? s : { ...s, scores: [{ ...s.scores[0]!, value: s.settings.scale + 1 }, ...s.scores.slice(1)] }),
  'the same score twice': (s) => (s.scores.length === 0 ? s : { ...s, scores: [...s.scores, s.scores[0]!] }),
  'a threshold off the scale': (s) => ({ ...s, settings: { ...s.settings, thresholds: { ...s.settings.thresholds, impact: s.settings.scale + 2 } } }),
  'none': (s) => s,
};

/** Damages a session file cannot carry: serializing them gives a sound file. */
const FILE_CANNOT_HOLD = new Set(['the same score twice']);

/** What main's gate says about a session the page sends to be saved. */
function acceptedToWrite(session: Session): Session | null {
  const parsed = ipcCalls.saveSession.args.safeParse([{ session }]);
  return parsed.success ? parsed.data[0].session : null;
}

describe('one gate for a session', () => {
  it(`whatever main accepts to write, it accepts to open: ${RUNS} generated sessions, whole and damaged`, () => {
    const refusedBy = new Map<string, number>();
    fc.assert(
      fc.property(sessionArbitrary, fc.constantFrom(...Object.keys(damages)), (session, damage) => {
        const sent = damages[damage]!(session);
        const written = acceptedToWrite(sent);
        const reopened = parseSession(serializeSession(sent), 'en');
        if (written === null) {
          refusedBy.set(damage, (refusedBy.get(damage) ?? 0) + 1);
          // A file's score table has one cell per score, so it cannot hold the same score twice.
          if (!FILE_CANNOT_HOLD.has(damage)) expect(reopened.ok, `main refused to write what it would open (${damage})`).toBe(false);
          return;
        }
        if (!reopened.ok) throw new Error(`main accepted to write a session it then refused to open (${damage}): ${reopened.error.message}`);
        expect(withScoresSorted(reopened.session)).toEqual(withScoresSorted(written));
      }),
      { numRuns: propertyRuns(RUNS, 200) },
    );
    // Every kind of damage came up and was refused at the gate, not only when reopened.
    for (const damage of Object.keys(damages).filter((name) => name !== 'none')) expect(refusedBy.get(damage) ?? 0, damage).toBeGreaterThan(0);
  });

  it('every call that carries a session checks it the same way', () => {
    const session = createSampleSession();
    const broken = { ...session, candidates: [...session.candidates, { ...session.candidates[0]! }] };
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    const calls = {
      saveSession: [{ session: broken }],
      saveSessionAs: [{ session: broken, suggestedName: 'x' }],
      storeDraft: [{ session: broken }],
      exportChartImage: [{ format: 'png', png, session: broken, suggestedName: 'x' }],
      exportDecisionRecord: [{ format: 'markdown', session: broken, chartPng: null }],
      exportBacklogCsv: [{ session: broken, bom: true, delimiter: ',' }],
    } as const;
    for (const [name, args] of Object.entries(calls)) {
      const parsed = ipcCalls[name as keyof typeof calls].args.safeParse(args);
      expect(parsed.success, name).toBe(false);
      expect(parsed.error?.issues[0]?.message, name).toBe((checkSession(broken, 'en') as { error: { message: string } }).error.message);
    }
    expect(ipcCalls.storeDraft.args.safeParse([{ session }]).success).toBe(true);
  });

  it.each([
    ['null', null, 'The session is null, not an object.'],
    ['text', 'a session', 'The session is the text “a session”, not an object.'],
    ['a list holding a session', [createSampleSession()], 'The session is a list, not an object.'],
  ])('refuses %s sent in place of a session, in words, without throwing', (_kind, sent, message) => {
    expect(checkSession(sent, 'en')).toEqual({ ok: false, error: { code: 'invalid', message } });
  });

  it('says in words what is wrong, as opening the file would (without a line: there is no file yet)', () => {
    const session = createSampleSession();
    const broken = { ...session, candidates: [...session.candidates, { ...session.candidates[0]! }] };
    const checked = checkSession(broken, 'en');
    const opened = parseSession(serializeSession(broken), 'en');
    expect(checked).toEqual({
      ok: false,
      error: { code: 'duplicate-id', message: 'Candidate 13 (“Fraud detection for card payments”) has the same id, “cand-fraud”, as candidate 1 (“Fraud detection for card payments”).' },
    });
    expect(!opened.ok && opened.error.message).toBe(`${(checked as { error: { message: string } }).error.message.slice(0, -1)} (line 579, column 5).`);
  });
});
