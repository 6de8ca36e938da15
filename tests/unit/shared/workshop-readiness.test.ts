import { describe, expect, it } from 'vitest';
import { createEmptySession, defaultReadinessItems } from '../../../shared/session/defaults';
import type { Candidate, ReadinessAnswer, ReadinessItem, Session, Settings } from '../../../shared/session/schema';
import {
  askedAs,
  candidatesBeforeCommitting,
  ownerWanted,
  READINESS_ANSWER_KEYS,
  readinessAnswerOfKey,
  checklistStarted,
  computeCandidateResults,
  defaultThresholds,
  questionsBeforeCommitting,
  readinessAnswers,
  readinessFlag,
  readinessFlagSentence,
  readinessFlags,
  suggestedEffort,
} from '../../../shared/workshop';
import { readinessAnswerLabel } from '../../../shared/export/labels';
import { candidate, criterion } from './workshop-fixtures';

// Rooms built from createEmptySession (the fixtures predate the readiness fields); one impact
// and one complexity criterion, consensus mode unless a test seals the scores.
const ITEMS = defaultReadinessItems('en');
const pick = (...ids: string[]): ReadinessItem[] => ids.map((id) => ITEMS.find((item) => item.id === id)!);
const FOUR = pick('data-available', 'data-quality', 'access-rights', 'infrastructure');
const ready1unknown10 = { 'data-quality': 'ready' } as const; // on ITEMS: 1 + (scale − 1) × 10/11

function cand(id: string, answers: Record<string, ReadinessAnswer>, fields: Partial<Candidate> = {}): Candidate {
  const readiness = Object.entries(answers).map(([itemId, answer]) => ({ itemId, answer, evidence: '', owner: '' }));
  return { ...candidate(id), dataAvailability: 'unknown', readiness, ...fields };
}
const at = (impact: number, complexity: number) => ({ override: { impact, complexity } });

function room(candidates: Candidate[], items: ReadinessItem[] = ITEMS, settings: Partial<Settings> = {}): Session {
  let n = 0;
  const s = createEmptySession('en', new Date('2025-01-01T09:00:00Z'), (prefix) => `${prefix}-${++n}`);
  const scale = settings.scale ?? 5;
  return {
    ...s,
    criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
    readinessItems: items,
    candidates,
    settings: { ...s.settings, scale, thresholds: defaultThresholds(scale), scoringMode: 'consensus', ...settings },
  };
}
const flagOf = (s: Session, id = 'a') => readinessFlag(s, computeCandidateResults(s).get(id)!);

describe('readinessAnswers', () => {
  it("gives one row per item in the items' order; no entry is unknown and unanswered; a removed item's entry is ignored", () => {
    const rows = readinessAnswers(cand('a', { scaling: 'ready', gone: 'missing', infrastructure: 'partly' }), pick('data-available', 'infrastructure', 'scaling'));
    expect(rows.map((r) => [r.item.id, r.answer, r.answered])).toEqual([
      ['data-available', 'unknown', false],
      ['infrastructure', 'partly', true],
      ['scaling', 'ready', true],
    ]);
  });

  it.each([
    ['yes', 'ready', true],
    ['partly', 'partly', true],
    ['no', 'missing', true],
    ['unknown', 'unknown', false],
  ] as const)('takes "Data available: %s" as %s when the checklist does not answer it', (quick, answer, answered) => {
    const [row] = readinessAnswers(cand('a', {}, { dataAvailability: quick }), ITEMS);
    expect([row!.answer, row!.answered, row!.fromDataAvailable]).toEqual([answer, answered, quick !== 'unknown']);
    expect(readinessAnswers(cand('a', {}, { dataAvailability: quick }), pick('data-quality'))[0]!.answer).toBe('unknown');
  });

  it('lets a known checklist answer win over the quick field, and the quick field fill an explicit unknown', () => {
    expect(readinessAnswers(cand('a', { 'data-available': 'missing' }, { dataAvailability: 'yes' }), FOUR)[0]).toMatchObject({ answer: 'missing', fromDataAvailable: false });
    expect(readinessAnswers(cand('a', { 'data-available': 'ready' }, { dataAvailability: 'no' }), FOUR)[0]!.answer).toBe('ready');
    const asked = cand('a', {}, { dataAvailability: 'partly', readiness: [{ itemId: 'data-available', answer: 'unknown', evidence: 'CRM export', owner: 'Bo' }] });
    expect(readinessAnswers(asked, FOUR)[0]).toMatchObject({ answer: 'partly', evidence: 'CRM export', owner: 'Bo', answered: true });
  });
});

describe('checklistStarted', () => {
  it('starts with a known answer, evidence or an owner on a listed item; the quick field alone does not start it', () => {
    const entry = (fields: object) => cand('a', {}, { dataAvailability: 'yes', readiness: [{ itemId: 'scaling', answer: 'unknown', evidence: '', owner: '', ...fields }] });
    expect(checklistStarted(cand('a', {}, { dataAvailability: 'yes' }), ITEMS)).toBe(false);
    expect(checklistStarted(entry({}), ITEMS)).toBe(false);
    expect(checklistStarted(entry({ owner: '  ' }), ITEMS)).toBe(false);
    expect(checklistStarted(entry({ evidence: ' \n ' }), ITEMS)).toBe(false);
    expect(checklistStarted(entry({ owner: 'Bo' }), ITEMS)).toBe(true);
    expect(checklistStarted(entry({ evidence: '10k requests/s' }), ITEMS)).toBe(true);
    expect(checklistStarted(entry({ answer: 'missing' }), ITEMS)).toBe(true);
    expect(checklistStarted(entry({ answer: 'missing' }), FOUR)).toBe(false); // scaling was removed
  });
});

describe('suggestedEffort', () => {
  it.each([
    [5, FOUR, { 'data-available': 'ready', 'data-quality': 'partly', 'access-rights': 'missing' }, 3.5], // (0 + ½ + 1 + 1) / 4
    [10, FOUR, { 'data-available': 'ready', 'data-quality': 'partly', 'access-rights': 'missing' }, 6.6], // 6.625
    [5, FOUR, { 'data-available': 'ready', 'data-quality': 'ready', 'access-rights': 'ready', infrastructure: 'ready' }, 1],
    [10, FOUR, { 'data-available': 'missing', 'data-quality': 'missing', 'access-rights': 'unknown' }, 10],
    [5, ITEMS, ready1unknown10, 4.6], // 4.636…
    [10, ITEMS, ready1unknown10, 9.2], // 9.181…
  ] as const)('on 1–%i is 1 + (scale − 1) × mean effort, to one decimal (#%#)', (scale, items, answers, expected) => {
    expect(suggestedEffort(cand('a', answers), items, scale)).toBe(expected);
  });

  it('counts the quick field once the checklist is started, and suggests nothing before or with no items', () => {
    const two = pick('data-available', 'infrastructure');
    expect(suggestedEffort(cand('a', { infrastructure: 'ready' }, { dataAvailability: 'no' }), two, 5)).toBe(3);
    expect(suggestedEffort(cand('a', { infrastructure: 'ready' }, { dataAvailability: 'yes' }), two, 10)).toBe(1);
    expect(suggestedEffort(cand('a', {}, { dataAvailability: 'yes' }), two, 5)).toBeUndefined();
    expect(suggestedEffort(cand('a', { infrastructure: 'ready' }), [], 5)).toBeUndefined();
  });
});

describe('readinessFlag', () => {
  it.each([
    [5, ITEMS, ready1unknown10, 3.35, true], // 4.6 − 3.35 = 1.25: a quarter of 1–5
    [5, ITEMS, ready1unknown10, 3.36, false],
    [5, FOUR, { 'data-available': 'ready', 'data-quality': 'partly', 'access-rights': 'missing' }, 4.75, true], // 4.75 − 3.5
    [5, FOUR, { 'data-available': 'ready', 'data-quality': 'partly', 'access-rights': 'missing' }, 4.74, false],
    [10, ITEMS, ready1unknown10, 6.7, true], // 9.2 − 6.7 = 2.5: a quarter of 1–10
    [10, ITEMS, ready1unknown10, 6.71, false],
  ] as const)('on 1–%i flags from a quarter of the scale on, not just under (#%#)', (scale, items, answers, complexity, flagged) => {
    expect(flagOf(room([cand('a', answers, at(4, complexity))], items, { scale })) !== undefined).toBe(flagged);
  });

  it('takes the room’s complexity from its placement, over the scores', () => {
    const scored = (fields: Partial<Candidate>) => room([cand('a', { 'data-quality': 'missing' }, fields)], pick('data-quality'));
    const consensusScores = [{ candidateId: 'a', criterionId: 'i', value: 4 }, { candidateId: 'a', criterionId: 'c', value: 5 }];
    expect(flagOf({ ...scored({}), consensusScores })).toBeUndefined(); // 5 and 5 agree
    expect(flagOf({ ...scored(at(4, 2)), consensusScores })).toMatchObject({ roomSays: 2, checklistSays: 5, checklistSees: 'more' });
  });

  it('flags nothing while the scores are sealed, without a point, without a suggestion, or without ML', () => {
    const flagged = cand('a', { 'data-quality': 'missing' }, at(4, 1));
    expect(flagOf(room([flagged], pick('data-quality')))).toBeDefined();
    expect(flagOf(room([flagged], pick('data-quality'), { scoringMode: 'blind', revealed: false }))).toBeUndefined();
    expect(flagOf(room([{ ...flagged, override: null }], pick('data-quality')))).toBeUndefined();
    expect(flagOf(room([{ ...flagged, readiness: [] }], pick('data-quality')))).toBeUndefined();
    expect(flagOf(room([{ ...flagged, betterWithoutMl: true }], pick('data-quality')))).toBeUndefined();
    expect(flagOf(room([{ ...flagged, status: 'non-ml' }], pick('data-quality')))).toBeUndefined();
  });

  it('names what is missing, then unknown, in the items’ order; three at most, then “and N more”', () => {
    const two = room([cand('a', { 'access-rights': 'unknown', 'data-quality': 'missing' }, at(4, 2))], pick('data-quality', 'access-rights'));
    expect(readinessFlagSentence(flagOf(two)!, 'en')).toBe('The room says 2; the checklist says 5: data quality and labels missing, access rights and personal data unknown');
    const all = room([cand('a', { 'data-quality': 'missing', infrastructure: 'ready', scaling: 'missing' }, at(4, 1))]);
    const flag = flagOf(all)!;
    expect(flag.reasons.map((r) => `${r.item.id} ${r.answer}`)).toEqual([
      ...['data-quality', 'scaling'].map((id) => `${id} missing`),
      ...['data-available', 'access-rights', 'availability', 'security', 'compatibility', 'reproducibility', 'monitoring', 'know-how'].map((id) => `${id} unknown`),
    ]);
    expect(readinessFlagSentence(flag, 'en')).toBe('The room says 1; the checklist says 4.6: data quality and labels missing, scaling missing, data available unknown and 7 more');
  });

  it('says the flag in the language asked for; German keeps the items’ names as written', () => {
    const two = room([cand('a', { 'access-rights': 'unknown', 'data-quality': 'missing' }, at(4, 2))], pick('data-quality', 'access-rights'));
    expect(readinessFlagSentence(flagOf(two)!, 'de')).toBe('Die Runde sagt 2; die Checkliste sagt 5: Data quality and labels (fehlt), Access rights and personal data (unbekannt)');
    expect(readinessFlagSentence(flagOf(two)!, 'fr')).toBe('Le groupe dit 2\u00a0; la liste de contrôle dit 5\u00a0: data quality and labels (manquant), access rights and personal data (inconnu)');
  });

  it('names what is ready when the checklist sees less work than the room, and “partly ready” when nothing else explains the gap', () => {
    const items = pick('data-available', 'infrastructure', 'scaling', 'monitoring');
    const less = room([cand('a', { infrastructure: 'ready', scaling: 'ready', monitoring: 'partly' }, { dataAvailability: 'yes', ...at(4, 4) })], items);
    expect(flagOf(less)).toMatchObject({ roomSays: 4, checklistSays: 1.5, checklistSees: 'less' });
    expect(readinessFlagSentence(flagOf(less)!, 'en')).toBe('The room says 4; the checklist says 1.5: data available ready, infrastructure ready, scaling ready');
    const gdpr = { id: 'gdpr', name: 'GDPR review ', question: '' }; // an acronym keeps its capitals
    const partly = room([cand('a', { gdpr: 'partly' }, { dataAvailability: 'partly', ...at(4, 1.25) })], [...pick('data-available'), gdpr]);
    expect(readinessFlagSentence(flagOf(partly)!, 'en')).toBe('The room says 1.3; the checklist says 3: data available partly ready, GDPR review partly ready');
    const partlyLess = room([cand('a', { gdpr: 'partly' }, { dataAvailability: 'partly', ...at(4, 5) })], [...pick('data-available'), gdpr]);
    expect(flagOf(partlyLess)).toMatchObject({ roomSays: 5, checklistSays: 3, checklistSees: 'less' });
    expect(readinessFlagSentence(flagOf(partlyLess)!, 'en')).toBe('The room says 5; the checklist says 3: data available partly ready, GDPR review partly ready');
  });
});

describe('readinessFlags', () => {
  it('maps every flagged candidate in session order, and none while the scores are sealed', () => {
    const candidates = [
      cand('b', { 'data-quality': 'ready' }, at(4, 5)),
      cand('a', { 'data-quality': 'missing' }, at(4, 5)), // agrees
      cand('c', { 'data-quality': 'missing' }, at(4, 1)),
      cand('d', { 'data-quality': 'missing' }, { ...at(4, 1), betterWithoutMl: true }),
    ];
    const flags = readinessFlags(room(candidates, pick('data-quality')));
    expect([...flags].map(([id, flag]) => [id, flag.checklistSees])).toEqual([['b', 'less'], ['c', 'more']]);
    expect(readinessFlags(room(candidates, pick('data-quality'), { scoringMode: 'blind', revealed: false })).size).toBe(0);
  });
});

describe('questionsBeforeCommitting', () => {
  const candidates = [
    cand('big', { 'data-quality': 'missing' }, at(5, 5)), // big bet: its two other items are unknown
    cand('fill', { 'data-quality': 'missing' }, at(2, 1)), // fill-in: not asked
    cand('pit', {}, at(1, 5)), // money pit: not asked
    cand('fresh', {}, { dataAvailability: 'yes', ...at(5, 1) }), // quick win, priority 4, not started
    cand('done', { 'data-available': 'ready', 'data-quality': 'ready', 'access-rights': 'missing' }, at(5, 1.5)), // nothing unknown
    cand('nml', {}, { ...at(5, 1), betterWithoutMl: true }),
    cand('win', {}, { ...at(4, 2), readiness: [{ itemId: 'access-rights', answer: 'unknown', evidence: 'legal asked', owner: 'Ann' }] }),
  ];
  const items = pick('data-available', 'data-quality', 'access-rights');

  it('asks the quick wins and big bets, in ranking order, what is unknown, with evidence and owner', () => {
    const asked = questionsBeforeCommitting(room(candidates, items));
    expect(asked.map((q) => [q.candidate.id, q.quadrant, q.notStarted, q.unknown.map((r) => `${r.item.id}:${r.evidence}:${r.owner}`)])).toEqual([
      ['fresh', 'quick-wins', true, []],
      ['win', 'quick-wins', false, ['data-available::', 'data-quality::', 'access-rights:legal asked:Ann']],
      ['big', 'big-bets', false, ['data-available::', 'access-rights::']],
    ]);
  });

  it('asks nothing while the scores are sealed or with no readiness items', () => {
    expect(questionsBeforeCommitting(room(candidates, items, { scoringMode: 'blind', revealed: false }))).toEqual([]);
    expect(questionsBeforeCommitting(room(candidates, []))).toEqual([]);
  });

  it('goes through every quick win and big bet in ranking order, a finished checklist too, and none while sealed or with no items', () => {
    const rows = candidatesBeforeCommitting(room(candidates, items));
    expect(rows.map((row) => [row.candidate.id, row.quadrant, row.rank])).toEqual([
      ['fresh', 'quick-wins', 1],
      ['done', 'quick-wins', 2],
      ['win', 'quick-wins', 3],
      ['big', 'big-bets', 4],
    ]);
    expect(candidatesBeforeCommitting(room(candidates, items, { scoringMode: 'blind', revealed: false }))).toEqual([]);
    expect(candidatesBeforeCommitting(room(candidates, []))).toEqual([]);
  });
});

describe('readinessAnswerOfKey', () => {
  it('answers with the initial of each answer’s word, in either case', () => {
    for (const [answer, key] of Object.entries(READINESS_ANSWER_KEYS)) {
      expect(readinessAnswerLabel(answer as ReadinessAnswer, 'en').startsWith(key)).toBe(true);
      expect(readinessAnswerOfKey(key)).toBe(answer);
      expect(readinessAnswerOfKey(key.toLowerCase())).toBe(answer);
    }
    expect(new Set(Object.values(READINESS_ANSWER_KEYS)).size).toBe(4);
  });

  it('answers nothing for any other key', () => {
    for (const key of ['Enter', 'Tab', ' ', 'ArrowLeft', 'Y', 'n', '1', 'Unknown', 'r ', '']) expect(readinessAnswerOfKey(key)).toBeUndefined();
  });
});

describe('ownerWanted and askedAs', () => {
  it('asks for an owner where the answer is missing or unknown and nobody is named', () => {
    expect(ownerWanted({ answer: 'missing', owner: '' })).toBe(true);
    expect(ownerWanted({ answer: 'unknown', owner: '  ' })).toBe(true);
    expect(ownerWanted({ answer: 'unknown', owner: 'Ana' })).toBe(false);
    expect(ownerWanted({ answer: 'partly', owner: '' })).toBe(false);
    expect(ownerWanted({ answer: 'ready', owner: '' })).toBe(false);
  });

  it('asks an item by its question, or by its name where it has none', () => {
    expect(askedAs({ id: 'a', name: 'Scaling', question: ' Can it handle the volumes? ' })).toBe('Can it handle the volumes?');
    expect(askedAs({ id: 'a', name: 'GDPR review', question: '  ' })).toBe('GDPR review');
    expect(askedAs({ id: 'a', name: ' Scaling ', question: '' })).toBe('Scaling');
  });
});
