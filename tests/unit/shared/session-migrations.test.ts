import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  OLDEST_SESSION_VERSION,
  migrateToCurrent,
  migrationChainProblems,
  type MigrationStep,
} from '../../../shared/session/migrations';
import { parseSession } from '../../../shared/session/parse';
import { SESSION_VERSION, type Session } from '../../../shared/session/schema';
import { sampleSession } from '../../../shared/session/sample-session';
import { defaultReadinessItems } from '../../../shared/session/defaults';
import { version1Data, withoutChecklists } from './version-1-file';
import { serializeSession } from '../../../shared/session/serialize';

const v0Text = readFileSync(new URL('../../fixtures/session-v0.json', import.meta.url), 'utf8');

const expected: Session = {
  format: 'pickwise-session',
  version: SESSION_VERSION,
  id: 'session-pilot-2024',
  createdAt: '2024-11-05T13:58:12.000Z',
  updatedAt: '2024-11-05T15:02:40.000Z',
  frame: {
    title: 'Pilot workshop — customer service',
    date: '2024-11-05',
    team: 'Northwind Retail, Customer Service',
    businessGoal: 'Answer customers faster without hiring.',
    goalMetrics: [],
  },
  participants: [
    { id: 'p-ana', name: 'Ana Silva', background: 'business', scoringDone: false },
    { id: 'p-ken', name: 'Ken Ito', background: 'technical', scoringDone: false },
  ],
  criteria: [
    { id: 'c-value', axis: 'impact', name: 'Business value', description: '', weight: 2 },
    { id: 'c-effort', axis: 'complexity', name: 'Effort', description: '', weight: 1 },
  ],
  readinessItems: defaultReadinessItems('en'),
  candidates: [
    {
      id: 'k-routing',
      code: 'C1',
      title: 'Route support e-mails to the right team',
      problem: 'A third of e-mails are re-assigned by hand.',
      owner: 'Customer Service Manager',
      keyMetric: 'Median time to first answer',
      baseline: '',
      measurement: '',
      dataAvailability: 'yes',
      nonMlAlternative: 'Keyword rules',
      betterWithoutMl: false,
      wrongPredictionCost: '',
      tags: ['text'],
      notes: '',
      readiness: [],
      status: 'open',
      override: null,
      createdAt: '2024-11-05T14:10:00.000Z',
    },
    {
      id: 'k-faq',
      code: 'C2',
      title: 'Suggest FAQ answers',
      problem: '',
      owner: '',
      keyMetric: '',
      baseline: '',
      measurement: '',
      dataAvailability: 'unknown',
      nonMlAlternative: '',
      betterWithoutMl: false,
      wrongPredictionCost: '',
      tags: [],
      notes: 'Only Ana scored this one.',
      readiness: [],
      status: 'open',
      override: null,
      // Version 0 did not stamp candidates; the session's creation time stands in.
      createdAt: '2024-11-05T13:58:12.000Z',
    },
  ],
  scores: [
    { participantId: 'p-ana', candidateId: 'k-routing', criterionId: 'c-value', value: 4 },
    { participantId: 'p-ana', candidateId: 'k-routing', criterionId: 'c-effort', value: 2 },
    { participantId: 'p-ken', candidateId: 'k-routing', criterionId: 'c-value', value: 3 },
    { participantId: 'p-ken', candidateId: 'k-routing', criterionId: 'c-effort', value: 2 },
    { participantId: 'p-ana', candidateId: 'k-faq', criterionId: 'c-value', value: 3 },
  ],
  consensusScores: [],
  votes: [],
  settings: {
    scale: 5,
    thresholds: { impact: 3, complexity: 3 },
    axisLabels: { impact: 'Impact', complexity: 'Complexity' },
    quadrantNames: { 'quick-wins': 'Quick wins', 'big-bets': 'Big bets', 'fill-ins': 'Fill-ins', 'money-pits': 'Money pits' },
    scoringMode: 'blind',
    aggregation: 'mean',
    scoreByBackground: false,
    revealed: true,
    dotsPerParticipant: 3,
    brainstormMinutes: 15,
    // Chosen by nobody: its exports follow the interface's language.
    language: null,
  },
  decision: {
    focusCandidateId: null,
    rationale: '',
    target: '',
    firstVersion: '',
    horizon: '',
    runnersUp: [],
  },
  followUp: null,
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('session migrations', () => {
  it('lead without gaps from the oldest version to the current one', () => {
    expect(migrationChainProblems()).toEqual([]);
    expect(MIGRATIONS[0]?.from).toBe(OLDEST_SESSION_VERSION);
    expect(MIGRATIONS[MIGRATIONS.length - 1]?.to).toBe(SESSION_VERSION);
  });

  it('notice a gap, a step backwards and a chain that stops short', () => {
    const step = (from: number, to: number): MigrationStep => ({ from, to, title: `${from}→${to}`, migrate: (d) => d });
    expect(migrationChainProblems([step(0, 1), step(2, 3)], 0, 3)).toEqual(['step "2→3" starts at 2, expected 1']);
    expect(migrationChainProblems([step(0, 0)], 0, 0)).toEqual(['step "0→0" goes from 0 back to 0']);
    expect(migrationChainProblems([step(0, 1)], 0, 2)).toEqual(['the steps end at version 1, not at 2']);
  });

  it('open the version 0 fixture as the expected current session', () => {
    const result = parseSession(v0Text, 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.migratedFrom).toBe(0);
    expect(result.session).toEqual(expected);
  });

  it('write a migrated session as a current one, which then opens without migrating', () => {
    const result = parseSession(v0Text, 'en');
    if (!result.ok) throw new Error(result.error.message);
    const again = parseSession(serializeSession(result.session), 'en');
    expect(again.ok && again.migratedFrom).toBeNull();
  });

  it('stamp each step’s version and leave the input untouched', () => {
    const data = JSON.parse(v0Text) as Json;
    const before = JSON.stringify(data);
    const migrated = migrateToCurrent(data, 0);
    expect(migrated.version).toBe(SESSION_VERSION);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('carry a 1–10 scale over with its own midpoint', () => {
    const data = JSON.parse(v0Text) as Json;
    data.scale = 10;
    const result = parseSession(JSON.stringify(data), 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.session.settings.scale).toBe(10);
    expect(result.session.settings.thresholds).toEqual({ impact: 5.5, complexity: 5.5 });
  });

  it('report data a step cannot carry forward as migration-failed, with its place', () => {
    const data = JSON.parse(v0Text) as Json;
    data.candidates[1].scores = 5;
    const result = parseSession(JSON.stringify(data), 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('migration-failed');
    expect(result.error.message).toBe(
      'This session from version 0 could not be upgraded: the scores of candidate 2 (“Suggest FAQ answers”) are not grouped by participant (upgrading it from version 0 to 1).',
    );
  });

  it('report a problem left after migrating as invalid, saying it was upgraded', () => {
    const data = JSON.parse(v0Text) as Json;
    delete data.title;
    const result = parseSession(JSON.stringify(data), 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toBe('After upgrading from version 0, the session has no title.');
  });

  it('check version 0 scores like any others', () => {
    const data = JSON.parse(v0Text) as Json;
    data.candidates[0].scores['p-ghost'] = { 'c-value': 3 };
    const result = parseSession(JSON.stringify(data), 'en');
    expect(result.ok ? null : result.error.code).toBe('unknown-reference');
  });
});

describe('version 0 files that are not quite right', () => {
  const v0 = () => JSON.parse(v0Text) as Json;
  const refusal = (data: Json) => {
    const result = parseSession(JSON.stringify(data), 'en');
    if (result.ok) throw new Error('expected the file to be refused');
    return result.error;
  };

  it('say which participant’s scores are not grouped by criterion', () => {
    const data = v0();
    data.candidates[0].scores['p-ken'] = [3, 2];
    expect(refusal(data)).toEqual({
      code: 'migration-failed',
      message:
        'This session from version 0 could not be upgraded: the scores of candidate 1 (“Route support e-mails to the right team”) by participant “p-ken” are not grouped by criterion (upgrading it from version 0 to 1).',
    });
  });

  it('hide nothing after the upgrade when there were scores, and reveal nothing when there were none', () => {
    const data = v0();
    for (const candidate of data.candidates) delete candidate.scores;
    const result = parseSession(JSON.stringify(data), 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.session.scores).toEqual([]);
    expect(result.session.settings.revealed).toBe(false);
  });

  it('carry a wrong scale, a candidate that is not an object and lists that are not lists over for the schema check to name', () => {
    const scale = v0();
    scale.scale = 7;
    expect(refusal(scale)).toEqual({ code: 'invalid', message: 'After upgrading from version 0, the scoring scale of the settings is 7, not a scale of 5 or 10.' });
    const candidate = v0();
    candidate.candidates[1] = 'Suggest FAQ answers';
    expect(refusal(candidate).message).toBe('After upgrading from version 0, candidate 2 is the text “Suggest FAQ answers”, not an object.');
    const lists = v0();
    lists.participants = 'Ana, Ken';
    lists.criteria = {};
    lists.candidates = 3;
    expect(refusal(lists).message).toBe(
      'After upgrading from version 0, the file has 3 problems: the list of participants of the session is the text “Ana, Ken”, not a list; the list of criteria of the session is an object, not a list; the list of candidates of the session is 3, not a list.',
    );
    const people = v0();
    people.participants[1] = 'Ken';
    people.criteria[0] = null;
    expect(refusal(people).message).toBe(
      'After upgrading from version 0, the file has 2 problems: participant 2 is the text “Ken”, not an object; criterion 1 is null, not an object.',
    );
  });

  it('stamp a candidate with its own creation time where it has one', () => {
    const data = v0();
    data.candidates[1].createdAt = '2024-11-05T14:30:00.000Z';
    const result = parseSession(JSON.stringify(data), 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.session.candidates.map((each) => each.createdAt)).toEqual(['2024-11-05T14:10:00.000Z', '2024-11-05T14:30:00.000Z']);
  });
});

describe('migrateToCurrent', () => {
  const step = (from: number, to: number, migrate: MigrationStep['migrate']): MigrationStep => ({ from, to, title: `${from}→${to}`, migrate });

  it('says when no step starts at the file’s version', () => {
    expect(() => migrateToCurrent({}, 0, [])).toThrow('there is no upgrade from version 0');
  });

  it('lets anything but a MigrationError through untouched, as the bug it is', () => {
    const bug = new TypeError('x is undefined');
    expect(() =>
      migrateToCurrent({}, 0, [
        step(0, 1, () => {
          throw bug;
        }),
      ]),
    ).toThrow(bug);
  });

  it('does nothing to a current file', () => {
    const data = { version: SESSION_VERSION };
    expect(migrateToCurrent(data, SESSION_VERSION)).toBe(data);
  });
});

describe('a version-1 focus key metric moved out of the decision', () => {
  type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const withMetric = (rationale: unknown): Data => {
    const data = version1Data({ ...sampleWithoutFocus(), decision: { ...sampleWithoutFocus().decision, rationale: '' } });
    data.decision.keyMetric = 'Churn rate';
    data.decision.rationale = rationale;
    return data;
  };

  it('starts an empty or blank rationale with the note alone', () => {
    for (const rationale of ['', '  \n ']) {
      const result = parseSession(JSON.stringify(withMetric(rationale)), 'en');
      if (!result.ok) throw new Error(result.error.message);
      expect(result.session.decision.rationale).toBe('Key metric: Churn rate');
    }
  });

  it('leaves a rationale that is not text for the schema check to name', () => {
    const result = parseSession(JSON.stringify(withMetric(42)), 'en');
    expect(result.ok ? 'accepted' : result.error).toEqual({ code: 'invalid', message: expect.stringMatching(/^After upgrading from version 1, the reason for the focus of the decision is 42, not text/) });
  });
});

describe('migrateToCurrent finds each step by its version', () => {
  it('whatever the order of the list', () => {
    const step = (from: number, to: number): MigrationStep => ({ from, to, title: `${from}→${to}`, migrate: (d) => ({ ...d, [`from${from}`]: true }) });
    const chain = Array.from({ length: SESSION_VERSION }, (_, from) => step(from, from + 1));
    const ran = Object.fromEntries(chain.map((each) => [`from${each.from}`, true]));
    expect(migrateToCurrent({}, 0, [step(SESSION_VERSION + 1, SESSION_VERSION + 2), ...chain.reverse()])).toEqual({ ...ran, version: SESSION_VERSION });
    expect(Object.keys(ran)).toHaveLength(SESSION_VERSION);
  });
});

function sampleWithoutFocus(): Session {
  return { ...sampleSession, decision: { ...sampleSession.decision, focusCandidateId: null, runnersUp: [] } };
}

describe('a version-1 focus key metric moved onto the focus candidate', () => {
  type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const open = (change: (data: Data) => void): Session => {
    const data = version1Data(sampleSession);
    change(data);
    const result = parseSession(JSON.stringify(data), 'en');
    if (!result.ok) throw new Error(result.error.message);
    return result.session;
  };

  it('reaches the first candidate too', () => {
    const session = open((d) => {
      d.decision.focusCandidateId = 'cand-fraud';
      d.decision.keyMetric = 'Fraud losses';
    });
    expect(session.candidates[0]!.keyMetric).toBe('Fraud losses');
    expect(session.decision.rationale).toBe(sampleSession.decision.rationale);
  });

  it('leaves the candidate as it is for a blank decision metric, and notes nothing for the same metric spaced differently or a blank own one', () => {
    const focus = (session: Session) => session.candidates.find((each) => each.id === 'cand-churn')!;
    const blank = open((d) => (d.decision.keyMetric = '   '));
    expect(focus(blank)).toEqual(focus(withoutChecklists(sampleSession)));
    const spaced = open((d) => (d.decision.keyMetric = ` ${focus(sampleSession).keyMetric}  `));
    expect(focus(spaced).notes).toBe(focus(sampleSession).notes);
    const ownBlank = open((d) => {
      d.candidates[4].keyMetric = '  ';
      d.decision.keyMetric = 'Churn rate';
    });
    expect(focus(ownBlank)).toMatchObject({ keyMetric: 'Churn rate', notes: focus(sampleSession).notes });
    const ownSpaced = open((d) => {
      d.candidates[4].keyMetric = '  Churn rate ';
      d.decision.keyMetric = 'Churn rate';
    });
    expect(focus(ownSpaced)).toMatchObject({ keyMetric: 'Churn rate', notes: focus(sampleSession).notes });
  });

  it.each([null, 42])('drops a decision metric of %s, which is not text, and opens the file as it is otherwise', (keyMetric) => {
    const session = open((d) => (d.decision.keyMetric = keyMetric));
    expect(session).toEqual(withoutChecklists(sampleSession));
  });

  it('names a moved metric too long for the candidate without a line or column, as the file has no such field to point at', () => {
    const data = version1Data(sampleSession);
    delete data.candidates[4].keyMetric;
    data.decision.keyMetric = 'm'.repeat(201);
    const result = parseSession(JSON.stringify(data, null, 2), 'en');
    expect(result.ok ? 'accepted' : result.error).toEqual({
      code: 'invalid',
      message: 'After upgrading from version 1, the key metric of candidate 5 (“Churn prediction for loyalty members”) is longer than 200 characters.',
    });
  });

  it('adds a note that fills a long text exactly, and keeps both texts as they were when neither has room', () => {
    const note = 'Key metric before the decision: Churn rate';
    const exact = open((d) => {
      d.candidates[4].keyMetric = 'Churn rate';
      d.candidates[4].notes = 'n'.repeat(20_000 - note.length - 2);
      d.decision.keyMetric = 'Monthly churn';
    });
    expect(exact.candidates[4]!.notes).toHaveLength(20_000);
    const full = open((d) => {
      d.candidates[4].keyMetric = 'Churn rate';
      d.candidates[4].notes = 'n'.repeat(20_000);
      d.decision.rationale = 'r'.repeat(20_000);
      d.decision.keyMetric = 'Monthly churn';
    });
    expect([full.candidates[4]!.notes, full.decision.rationale]).toEqual(['n'.repeat(20_000), 'r'.repeat(20_000)]);
    expect(full.candidates[4]!.keyMetric).toBe('Monthly churn');
  });
});
