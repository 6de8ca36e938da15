import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSession, sampleSession, serializeSession, SESSION_VERSION, type ParseResult, type Session } from '../../../shared';
import { textsIn } from '../../../shared/i18n/texts';
import { unpackTable } from '../../../shared/session/score-table';
import { MIGRATIONS } from '../../../shared/session/migrations';
import { LIMITS } from '../../../shared/session/schema';
import { version1Data, version1Text, withoutChecklists } from './version-1-file';

// Session format 2 (score-table.ts, migrations.ts): readiness checklists join the format, scores
// are tables with a row per line, and every version-1 file opens as the same session.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const v1Text = readFileSync(new URL('../../fixtures/session-v1.pickwise', import.meta.url), 'utf8');
const CHECKED = 'Ticked as checked on the focus in an earlier Pickwise; how ready it was is not recorded.';

function opened(result: ParseResult): Session {
  if (!result.ok) throw new Error(result.error.message);
  return result.session;
}

function refusal(text: string): { code: string; message: string } {
  const result = parseSession(text, 'en');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('a version-1 file', () => {
  it('opens: the committed fixture (the sample as version 1 wrote it) is the sample, its ticked constraints now entries of the focus’s checklist', () => {
    const result = parseSession(v1Text, 'en');
    expect(result.ok && result.migratedFrom).toBe(1);
    const session = opened(result);
    const churn = session.candidates.find((candidate) => candidate.id === 'cand-churn')!;
    // data-availability, data-security, integration and reproducibility were ticked: "checked"
    // does not say how ready, so unknown, but the data, which the candidate's field answers (yes).
    expect(churn.readiness).toEqual([
      { itemId: 'data-available', answer: 'ready', evidence: CHECKED, owner: '' },
      ...['security', 'compatibility', 'reproducibility'].map((itemId) => ({ itemId, answer: 'unknown', evidence: CHECKED, owner: '' })),
    ]);
    expect(session.candidates.filter((candidate) => candidate.readiness.length > 0).map((candidate) => candidate.id)).toEqual(['cand-churn']);
    expect({ ...session, candidates: session.candidates.map((candidate) => ({ ...candidate, readiness: [] })) }).toEqual(withoutChecklists(sampleSession));
  });

  it('saves in the current version and reopens identical in content, without upgrading again', () => {
    const session = opened(parseSession(v1Text, 'en'));
    const text = serializeSession(session);
    expect(text).toContain(`\n  "version": ${SESSION_VERSION},\n`);
    const again = parseSession(text, 'en');
    expect(again.ok && again.migratedFrom).toBeNull();
    expect(opened(again)).toEqual(session);
    expect(serializeSession(opened(again))).toBe(text);
  });

  it('answers a ticked data constraint as the focus’s own “Data available” field does', () => {
    const focusWithoutData = { ...sampleSession, candidates: sampleSession.candidates.map((candidate) => (candidate.id === 'cand-churn' ? { ...candidate, dataAvailability: 'no' as const } : candidate)) };
    const session = opened(parseSession(version1Text(version1Data(focusWithoutData, ['data-availability'])), 'en'));
    const churn = session.candidates.find((candidate) => candidate.id === 'cand-churn')!;
    expect(churn.readiness).toEqual([{ itemId: 'data-available', answer: 'missing', evidence: CHECKED, owner: '' }]);
    expect(churn.dataAvailability).toBe('no');
  });

  it('keeps constraints ticked with no focus in the decision’s rationale', () => {
    const data = version1Data({ ...sampleSession, decision: { ...sampleSession.decision, focusCandidateId: null } }, ['scaling', 'know-how']);
    const session = opened(parseSession(version1Text(data), 'en'));
    expect(session.decision.rationale).toBe(`${sampleSession.decision.rationale}\n\nProduction constraints checked: scaling, team know-how`);
    expect(session.candidates.every((candidate) => candidate.readiness.length === 0)).toBe(true);
  });

  it('refuses, with its place and nothing changed, a constraint Pickwise never had or a list that is not one', () => {
    expect(refusal(version1Text(version1Data(sampleSession, ['scaling', 'vibes'])))).toEqual({
      code: 'migration-failed',
      message: 'This session from version 1 could not be upgraded: production constraint 2 of the decision is “vibes”, which is not one Pickwise knows (upgrading it from version 1 to 2).',
    });
    const data = version1Data(sampleSession);
    data.decision.constraintsChecked = 'all of them';
    expect(refusal(version1Text(data))).toEqual({
      code: 'migration-failed',
      message: 'This session from version 1 could not be upgraded: its list of production constraints checked is not a list (upgrading it from version 1 to 2).',
    });
  });

  it.each([
    ['a name an object has without owning it', 'toString', '“toString”'],
    ['a list holding a known name', ['data-availability'], '["data-availability"]'],
    ['an object', { scaling: true }, '{"scaling":true}'],
    ['a number', 5, '5'],
  ])('refuses %s as a constraint, quoting it as the file has it', (_kind, constraint, words) => {
    const data = version1Data(sampleSession);
    data.decision.constraintsChecked = ['scaling', constraint];
    expect(refusal(version1Text(data))).toEqual({
      code: 'migration-failed',
      message: `This session from version 1 could not be upgraded: production constraint 2 of the decision is ${words}, which is not one Pickwise knows (upgrading it from version 1 to 2).`,
    });
  });

  it('keeps the rationale as it was when constraints ticked with no focus do not fit in it', () => {
    const full = 'x'.repeat(LIMITS.longText);
    const data = version1Data({ ...sampleSession, decision: { ...sampleSession.decision, focusCandidateId: null, rationale: full } }, ['scaling']);
    expect(opened(parseSession(version1Text(data), 'en')).decision.rationale).toBe(full);
  });

  describe('the upgrade step itself, for what the schema check then names', () => {
    const upgrade = (data: Json): Json => MIGRATIONS.find((step) => step.from === 1)!.migrate(data);
    const focusOf = (data: Json): Json => data.candidates.find((candidate: Json) => candidate.id === 'cand-churn');

    it.each([['a name an object has without owning it', 'toString'], ['a list holding a known answer', ['yes']]])(
      'answers the data constraint unknown for a “Data available” field of %s',
      (_kind, dataAvailability) => {
        const data = version1Data(sampleSession, ['data-availability']);
        focusOf(data).dataAvailability = dataAvailability;
        expect(focusOf(upgrade(data)).readiness).toEqual([{ itemId: 'data-available', answer: 'unknown', evidence: CHECKED, owner: '' }]);
      },
    );

    it('leaves a decision that is not an object as it is, and gives no candidate a checklist', () => {
      const data = version1Data(sampleSession);
      data.decision = null;
      const upgraded = upgrade(data);
      expect(upgraded.decision).toBeNull();
      expect(upgraded.candidates.every((candidate: Json) => candidate.readiness.length === 0)).toBe(true);
    });
  });

  it('names a problem the upgrade carried over at its line in the version-1 file', () => {
    const data = version1Data(sampleSession);
    data.scores[10].value = 9;
    const text = version1Text(data);
    const line = text.slice(0, text.indexOf('"value": 9')).split('\n').length;
    expect(refusal(text)).toEqual({
      code: 'score-out-of-range',
      message: `After upgrading from version 1, score 11 (by “Priya Nair”, for “Fraud detection for card payments”, on “Data readiness”) is 9, above the 1–5 scale (line ${line - 4}, column 5).`,
    });
  });
});

describe('the score tables of version 2', () => {
  const file = () => JSON.parse(serializeSession(sampleSession)) as Json;

  it('hold one row per candidate and participant in the session’s order, a column per criterion', () => {
    const { scores } = file();
    expect(scores.criteria).toEqual(sampleSession.criteria.map((criterion) => criterion.id));
    expect(scores.rows).toHaveLength(sampleSession.candidates.length * sampleSession.participants.length);
    expect(scores.rows[0]).toEqual(['cand-fraud', 'part-maria', 5, 4, 5, 3, 4, 5, 4]);
    expect(scores.rows[5]).toEqual(['cand-recs', 'part-priya', 3, 4, 3, 2, 4, 4, 3]);
  });

  it('change one line of the file when one score changes', () => {
    const before = serializeSession(sampleSession).split('\n');
    const changed = sampleSession.scores.map((score, i) => (i === 200 ? { ...score, value: score.value === 1 ? 2 : 1 } : score));
    const after = serializeSession({ ...sampleSession, scores: changed }).split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, i) => line !== before[i])).toHaveLength(1);
  });

  it('write a score not given as null, and leave out a row with no score at all', () => {
    const fewer = sampleSession.scores.filter((score) => !(score.candidateId === 'cand-recs' && (score.participantId === 'part-tom' || score.criterionId === 'crit-reach')));
    const { scores } = JSON.parse(serializeSession({ ...sampleSession, scores: fewer })) as Json;
    expect(scores.rows).toHaveLength(47);
    expect(scores.rows[5]).toEqual(['cand-recs', 'part-priya', 3, null, 3, 2, 4, 4, 3]);
    expect(opened(parseSession(serializeSession({ ...sampleSession, scores: fewer }), 'en')).scores).toEqual(fewer);
  });

  it('hold the room’s consensus scores one row per candidate', () => {
    const consensus = [
      { candidateId: 'cand-feed', criterionId: 'crit-urgency', value: 2 },
      { candidateId: 'cand-fraud', criterionId: 'crit-value', value: 5 },
    ];
    const text = serializeSession({ ...sampleSession, consensusScores: consensus });
    expect((JSON.parse(text) as Json).consensusScores.rows).toEqual([
      ['cand-fraud', 5, null, null, null, null, null, null],
      ['cand-feed', null, null, 2, null, null, null, null],
    ]);
    expect(opened(parseSession(text, 'en')).consensusScores).toEqual([consensus[1], consensus[0]]);
  });

  // The quarter the format promises on a board of 5,000 candidates is a figure of npm run bench.
  it('take less than half the bytes of version 1’s lists on a board the size of the sample’s, its checklists included', () => {
    const v2 = serializeSession(sampleSession).length;
    expect(v2 / v1Text.length).toBeLessThan(0.5);
  });

  it('refuse a file holding more scores than a session may, before unpacking them', () => {
    const table = { criteria: ['a', 'b'], rows: [['c1', 'p1', 1, 2], ['c2', 'p1', 3, null], ['c3', 'p1', 4, 5]] };
    expect(unpackTable(table, 'scores', 'en', 5)).toMatchObject({ ok: true, scores: { length: 5 } });
    const refused = unpackTable(table, 'scores', 'en', 4);
    expect(refused).toMatchObject({ ok: false, total: 1, problems: [{ code: 'invalid', path: ['scores'] }] });
    expect(!refused.ok && 'problems' in refused && refused.problems[0]!.sentence('the score table', textsIn('en'))).toBe('the score table holds more than 4 scores');
  });
});

describe('readiness checklists in the file', () => {
  const file = () => JSON.parse(serializeSession(sampleSession)) as Json;
  const churn = (data: Json) => data.candidates.findIndex((candidate: Json) => candidate.id === 'cand-churn');

  it('round-trip with the sample’s answers, evidence and owners', () => {
    expect(opened(parseSession(serializeSession(sampleSession), 'en'))).toEqual(sampleSession);
  });

  it('refuse an answer to an item the session does not have, and two answers to one item', () => {
    const unknown = file();
    unknown.candidates[churn(unknown)].readiness[1].itemId = 'vibes';
    expect(refusal(JSON.stringify(unknown, null, 2))).toMatchObject({
      code: 'unknown-reference',
      message: expect.stringMatching(/^Readiness answer 2 of candidate 5 \(“Churn prediction for loyalty members”\) names a readiness item that is not in the file \(id “vibes”\) \(line \d+, column \d+\)\.$/),
    });
    const twice = file();
    const entries = twice.candidates[churn(twice)].readiness;
    entries.push({ ...entries[0] });
    expect(refusal(JSON.stringify(twice, null, 2))).toMatchObject({
      code: 'duplicate-entry',
      message: expect.stringMatching(/^Readiness answer 12 of candidate 5 \(“Churn prediction for loyalty members”\) answers the same item as readiness answer 1: a candidate has one answer per item \(line \d+, column \d+\)\.$/),
    });
  });

  it('refuse two items with one id, and an answer that is not one of the four', () => {
    const items = file();
    items.readinessItems[3].id = items.readinessItems[0].id;
    // The answers to the item whose id was taken now name an item the file does not have: three more problems.
    expect(refusal(JSON.stringify(items, null, 2)).message).toMatch(
      /^The file has 4 problems: readiness item 4 \(“Infrastructure”\) has the same id, “data-available”, as readiness item 1 \(“Data available”\) \(line \d+, column \d+\); readiness answer 4 of candidate 5 .* names a readiness item that is not in the file \(id “infrastructure”\)/,
    );
    const answer = file();
    answer.candidates[churn(answer)].readiness[0].answer = 'yes';
    expect(refusal(JSON.stringify(answer, null, 2)).message).toMatch(
      /^The answer of readiness answer 1 of candidate 5 \(“Churn prediction for loyalty members”\) is the text “yes”, not one of “ready”, “partly”, “missing” or “unknown” \(line \d+, column \d+\)\.$/,
    );
  });
});
