import { describe, expect, it } from 'vitest';
import {
  addCandidate,
  addCriterion,
  addParticipant,
  blankCandidate,
  changeScale,
  chooseFocus,
  clearCandidateScores,
  mergeCandidates,
  newCandidate,
  nextCandidateCode,
  parseSession,
  removeCandidate,
  removeCriterion,
  removeParticipant,
  restartBlindScoring,
  sampleSession,
  serializeSession,
  setConsensusScore,
  setFocusKeyMetric,
  setRunnerUpReason,
  setScore,
  updateCandidate,
  updateCriterion,
  updateDecision,
  updateFrame,
  updateParticipant,
  updateSettings,
} from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

/** Every edit must leave a session the file format accepts. */
function expectValid(edited: ReturnType<typeof session>): void {
  const parsed = parseSession(serializeSession(edited), 'en');
  expect(parsed.ok ? 'valid' : parsed.error.message).toBe('valid');
}

describe('candidate edits', () => {
  it('numbers captured candidates after the highest code in use', () => {
    const base = session({ candidates: [candidate('a', { code: 'C2' }), candidate('b', { code: 'C9' }), candidate('c', { code: 'X' })] });
    expect(nextCandidateCode(base)).toBe('C10');
    expect(newCandidate(base, 'd', '  Churn prediction ', new Date('2026-01-01T00:00:00Z'))).toMatchObject({ code: 'C10', title: 'Churn prediction', status: 'open' });
  });

  it('removing a candidate removes its scores, dots and place in the decision', () => {
    const edited = removeCandidate(sampleSession, sampleSession.decision.focusCandidateId!);
    expect(edited.decision.focusCandidateId).toBeNull();
    expect(edited.scores.some((score) => score.candidateId === sampleSession.decision.focusCandidateId)).toBe(false);
    expect(edited.votes.some((vote) => vote.candidateId === sampleSession.decision.focusCandidateId)).toBe(false);
    expectValid(edited);
  });

  it('merging keeps the kept candidate’s text, fills its blanks, joins notes, unites tags and adds up dots', () => {
    const base = session({
      participants: [participant('p1'), participant('p2')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [
        candidate('keep', { keyMetric: '', notes: 'From the first sticky note', tags: ['retention'], owner: 'Ana' }),
        candidate('dup', { keyMetric: 'Churn rate', notes: 'From the second', tags: ['retention', 'loyalty'], owner: 'Ben' }),
      ],
      scores: [...scores('p1', 'keep', { i: 4 }), ...scores('p1', 'dup', { i: 2, c: 3 }), ...scores('p2', 'dup', { i: 5 })],
      votes: [
        { participantId: 'p1', candidateId: 'keep', dots: 1 },
        { participantId: 'p1', candidateId: 'dup', dots: 2 },
      ],
    });
    const merged = mergeCandidates(base, 'keep', 'dup');
    expect(merged.candidates).toHaveLength(1);
    expect(merged.candidates[0]).toMatchObject({ owner: 'Ana', keyMetric: 'Churn rate', notes: 'From the first sticky note\n\nFrom the second', tags: ['retention', 'loyalty'] });
    // p1's own impact score on the kept candidate wins; the rest come over from the duplicate.
    expect(merged.scores.map((s) => [s.participantId, s.candidateId, s.criterionId, s.value]).sort()).toEqual(
      [
        ['p1', 'keep', 'c', 3],
        ['p1', 'keep', 'i', 4],
        ['p2', 'keep', 'i', 5],
      ].sort(),
    );
    expect(merged.votes).toEqual([{ participantId: 'p1', candidateId: 'keep', dots: 3 }]);
    expectValid(merged);
  });

  it('merging a candidate into itself or an unknown one changes nothing', () => {
    expect(mergeCandidates(sampleSession, 'nope', sampleSession.candidates[0]!.id)).toBe(sampleSession);
    expect(mergeCandidates(sampleSession, sampleSession.candidates[0]!.id, sampleSession.candidates[0]!.id)).toBe(sampleSession);
  });
});

describe('candidate edits: what each one leaves alone', () => {
  const room = () =>
    session({
      participants: [participant('p1'), participant('p2')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('a'), candidate('b'), candidate('c')],
      scores: [...scores('p1', 'a', { i: 4 }), ...scores('p1', 'b', { i: 2, c: 3 }), ...scores('p2', 'c', { c: 5 })],
      consensusScores: [
        { candidateId: 'a', criterionId: 'i', value: 3 },
        { candidateId: 'b', criterionId: 'c', value: 2 },
      ],
      votes: [
        { participantId: 'p1', candidateId: 'a', dots: 1 },
        { participantId: 'p2', candidateId: 'b', dots: 2 },
      ],
      decision: {
        focusCandidateId: 'a',
        rationale: '',
        target: '',
        firstVersion: '',
        horizon: '',
        runnersUp: [
          { candidateId: 'b', whyNotNow: 'Later' },
          { candidateId: 'c', whyNotNow: 'No data' },
        ],
      },
    });

  it('removing a candidate keeps every other candidate with its scores, dots and place in the decision', () => {
    const base = room();
    const edited = removeCandidate(base, 'b');
    expect(edited.candidates.map((each) => each.id)).toEqual(['a', 'c']);
    expect(edited.scores).toEqual(base.scores.filter((score) => score.candidateId !== 'b'));
    expect(edited.consensusScores).toEqual([{ candidateId: 'a', criterionId: 'i', value: 3 }]);
    expect(edited.votes).toEqual([{ participantId: 'p1', candidateId: 'a', dots: 1 }]);
    expect(edited.decision.focusCandidateId).toBe('a');
    expect(edited.decision.runnersUp).toEqual([{ candidateId: 'c', whyNotNow: 'No data' }]);
    expectValid(edited);
    const withoutFocus = removeCandidate(base, 'a');
    expect(withoutFocus.decision.focusCandidateId).toBeNull();
    expect(withoutFocus.decision.runnersUp).toEqual(base.decision.runnersUp);
    expect(withoutFocus.consensusScores).toEqual([{ candidateId: 'b', criterionId: 'c', value: 2 }]);
  });

  it('a captured candidate has its title and code, and every other field empty, open and off the map', () => {
    const base = session({ candidates: [candidate('a', { code: 'C3' })] });
    const captured = newCandidate(base, 'n', ' Route tickets ', new Date('2026-01-01T08:30:00Z'));
    expect(captured).toEqual(blankCandidate('n', 'C4', 'Route tickets', '2026-01-01T08:30:00.000Z'));
    expect(captured).toEqual({
      id: 'n',
      code: 'C4',
      title: 'Route tickets',
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
      notes: '',
      readiness: [],
      status: 'open',
      override: null,
      createdAt: '2026-01-01T08:30:00.000Z',
    });
  });

  it('counts only codes of the form C<number> towards the next one', () => {
    const codes = ['C2', 'C12', 'XC40', 'C50b', 'C 70', 'c80', ''];
    const base = session({ candidates: codes.map((code, i) => candidate(`k${i}`, { code })) });
    expect(nextCandidateCode(base)).toBe('C13');
    expect(nextCandidateCode(session())).toBe('C1');
  });
});

describe('decision edits: what each one leaves alone', () => {
  it('choosing a focus leaves other candidates’ statuses alone, and a former focus the room since parked stays parked', () => {
    const base = session({ candidates: [candidate('a'), candidate('b', { status: 'parked' }), candidate('c', { status: 'non-ml' })] });
    const first = chooseFocus(base, 'a');
    expect(first.candidates.map((each) => each.status)).toEqual(['focus', 'parked', 'non-ml']);
    const parkedByHand = { ...first, candidates: first.candidates.map((each) => (each.id === 'a' ? { ...each, status: 'parked' as const } : each)) };
    expect(chooseFocus(parkedByHand, 'c').candidates.map((each) => each.status)).toEqual(['parked', 'parked', 'focus']);
  });

  it('choosing a focus leaves one candidate marked focus, whoever marked the others', () => {
    // The status list in Collect and a CSV import ("chosen") can mark a candidate focus without Decide.
    const base = session({ candidates: [candidate('a', { status: 'focus' }), candidate('b'), candidate('c', { status: 'focus' })] });
    expect(chooseFocus(base, 'b').candidates.map((each) => each.status)).toEqual(['shortlisted', 'focus', 'shortlisted']);
    expect(chooseFocus(base, null).candidates.map((each) => each.status)).toEqual(['shortlisted', 'open', 'shortlisted']);
  });

  it('choosing a focus takes it off the runners-up and keeps the others', () => {
    const base = setRunnerUpReason(setRunnerUpReason(session({ candidates: [candidate('a'), candidate('b'), candidate('c')] }), 'b', 'Later'), 'c', 'No data');
    expect(chooseFocus(base, 'b').decision.runnersUp).toEqual([{ candidateId: 'c', whyNotNow: 'No data' }]);
    expect(chooseFocus(base, 'a').decision.runnersUp).toEqual(base.decision.runnersUp);
  });

  it('a runner-up’s reason is set, replaced and removed on its own, in the order they were added', () => {
    const base = setRunnerUpReason(setRunnerUpReason(session({ candidates: [candidate('a'), candidate('b'), candidate('c')] }), 'b', 'Later'), 'c', 'No data');
    expect(base.decision.runnersUp).toEqual([
      { candidateId: 'b', whyNotNow: 'Later' },
      { candidateId: 'c', whyNotNow: 'No data' },
    ]);
    expect(setRunnerUpReason(base, 'c', 'Needs a labelled set').decision.runnersUp).toEqual([
      { candidateId: 'b', whyNotNow: 'Later' },
      { candidateId: 'c', whyNotNow: 'Needs a labelled set' },
    ]);
    expect(setRunnerUpReason(base, 'b', '').decision.runnersUp).toEqual([{ candidateId: 'c', whyNotNow: 'No data' }]);
  });
});

describe('room and criteria edits', () => {
  it('removing a participant removes their scores and dots', () => {
    const who = sampleSession.participants[0]!.id;
    const edited = removeParticipant(sampleSession, who);
    expect(edited.scores.some((score) => score.participantId === who)).toBe(false);
    expect(edited.votes.some((vote) => vote.participantId === who)).toBe(false);
    expectValid(edited);
  });

  it('removing a criterion removes every score given on it', () => {
    const which = sampleSession.criteria[0]!.id;
    const edited = removeCriterion(sampleSession, which);
    expect(edited.scores.some((score) => score.criterionId === which)).toBe(false);
    expectValid(edited);
  });
});

describe('scoring edits', () => {
  it('sets, replaces and clears one score', () => {
    const base = session({ participants: [participant('p')], criteria: [criterion('i', 'impact')], candidates: [candidate('a')] });
    const once = setScore(base, 'p', 'a', 'i', 3);
    const twice = setScore(once, 'p', 'a', 'i', 5);
    expect(twice.scores).toEqual([{ participantId: 'p', candidateId: 'a', criterionId: 'i', value: 5 }]);
    expect(setScore(twice, 'p', 'a', 'i', null).scores).toEqual([]);
    expect(setConsensusScore(base, 'a', 'i', 4).consensusScores).toEqual([{ candidateId: 'a', criterionId: 'i', value: 4 }]);
  });

  it('a re-score clears one candidate’s scores only', () => {
    const target = sampleSession.candidates[0]!.id;
    const edited = clearCandidateScores(sampleSession, target);
    expect(edited.scores.some((score) => score.candidateId === target)).toBe(false);
    expect(edited.scores.length).toBeGreaterThan(0);
  });

  it('changing the scale rescales scores, thresholds at the midpoint and overrides, and stays valid', () => {
    const base = session({
      participants: [participant('p')],
      criteria: [criterion('i', 'impact')],
      candidates: [candidate('a', { override: { impact: 5, complexity: 1 } })],
      scores: scores('p', 'a', { i: 3 }),
    });
    const ten = changeScale(base, 10);
    expect(ten.settings.scale).toBe(10);
    expect(ten.settings.thresholds).toEqual({ impact: 5.5, complexity: 5.5 });
    expect(ten.scores[0]?.value).toBe(6); // 3 on 1–5 is the middle: 5.5 on 1–10, rounded half up
    expect(ten.candidates[0]?.override).toEqual({ impact: 10, complexity: 1 });
    expectValid(ten);
    const back = changeScale(ten, 5);
    expect(back.settings.thresholds).toEqual({ impact: 3, complexity: 3 });
    expect(back.scores[0]?.value).toBe(3);
    expectValid(back);
    expectValid(changeScale(sampleSession, 10));
  });

  it('restarting blind scoring hides the scores and clears every turn', () => {
    const edited = restartBlindScoring(sampleSession);
    expect(edited.settings.revealed).toBe(false);
    expect(edited.participants.every((each) => !each.scoringDone)).toBe(true);
    expect(edited.scores).toBe(sampleSession.scores);
  });
});

describe('decision edits', () => {
  it('choosing a focus marks it and returns the previous one to the shortlist; each keeps its own key metric', () => {
    const base = session({ candidates: [candidate('a', { keyMetric: 'Churn rate' }), candidate('b', { keyMetric: 'Fill rate' })] });
    const first = chooseFocus(base, 'a');
    expect(first.decision.focusCandidateId).toBe('a');
    expect(first.candidates[0]?.status).toBe('focus');
    const second = chooseFocus(first, 'b');
    expect(second.candidates.map((each) => each.status)).toEqual(['shortlisted', 'focus']);
    expect(second.candidates.map((each) => each.keyMetric)).toEqual(['Churn rate', 'Fill rate']);
    expect(chooseFocus(second, null).decision.focusCandidateId).toBeNull();
  });

  it('the focus’s key metric set in Decide is the focus candidate’s own, and nothing else changes', () => {
    const base = chooseFocus(session({ candidates: [candidate('a', { keyMetric: '' }), candidate('b', { keyMetric: 'Fill rate' })] }), 'a');
    const set = setFocusKeyMetric(base, 'Monthly churn rate');
    expect(set.candidates.map((each) => each.keyMetric)).toEqual(['Monthly churn rate', 'Fill rate']);
    expect(set.decision).toBe(base.decision);
    // Without a focus there is no key metric to set.
    const none = chooseFocus(set, null);
    expect(setFocusKeyMetric(none, 'x')).toBe(none);
  });

  it('records and removes why a runner-up waits, and the focus is never its own runner-up', () => {
    const base = session({ candidates: [candidate('a'), candidate('b')] });
    const withReason = setRunnerUpReason(base, 'b', 'Needs data we lack');
    expect(withReason.decision.runnersUp).toEqual([{ candidateId: 'b', whyNotNow: 'Needs data we lack' }]);
    expect(setRunnerUpReason(withReason, 'b', 'Later').decision.runnersUp).toEqual([{ candidateId: 'b', whyNotNow: 'Later' }]);
    expect(setRunnerUpReason(withReason, 'b', '').decision.runnersUp).toEqual([]);
    expect(chooseFocus(withReason, 'b').decision.runnersUp).toEqual([]);
  });
});

describe('every edit changes its own part and leaves the rest as it was', () => {
  const room = () =>
    session({
      participants: [participant('p1'), participant('p2', 'business', 'Ana')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('a'), candidate('b'), candidate('d')],
      scores: [
        { participantId: 'p1', candidateId: 'a', criterionId: 'i', value: 4 },
        { participantId: 'p2', candidateId: 'a', criterionId: 'i', value: 3 },
        { participantId: 'p1', candidateId: 'b', criterionId: 'i', value: 2 },
        { participantId: 'p1', candidateId: 'a', criterionId: 'c', value: 5 },
      ],
      consensusScores: [
        { candidateId: 'a', criterionId: 'i', value: 3 },
        { candidateId: 'a', criterionId: 'c', value: 4 },
        { candidateId: 'b', criterionId: 'i', value: 1 },
      ],
      votes: [
        { participantId: 'p1', candidateId: 'a', dots: 2 },
        { participantId: 'p2', candidateId: 'b', dots: 1 },
      ],
    });

  it('setting a score replaces only the same participant’s score of the same candidate on the same criterion', () => {
    const base = room();
    const set = setScore(base, 'p1', 'a', 'i', 1);
    expect(set.scores).toEqual([...base.scores.filter((_, i) => i !== 0), { participantId: 'p1', candidateId: 'a', criterionId: 'i', value: 1 }]);
    expect(setScore(base, 'p1', 'a', 'i', null).scores).toEqual(base.scores.slice(1));
  });

  it('setting a consensus score replaces only the room’s score of the same candidate on the same criterion', () => {
    const base = room();
    expect(setConsensusScore(base, 'a', 'i', 5).consensusScores).toEqual([...base.consensusScores.slice(1), { candidateId: 'a', criterionId: 'i', value: 5 }]);
    expect(setConsensusScore(base, 'a', 'c', null).consensusScores).toEqual([base.consensusScores[0], base.consensusScores[2]]);
  });

  it('a re-score clears the candidate’s own and consensus scores, and no other candidate’s', () => {
    const base = room();
    const cleared = clearCandidateScores(base, 'a');
    expect(cleared.scores).toEqual([base.scores[2]]);
    expect(cleared.consensusScores).toEqual([base.consensusScores[2]]);
  });

  it('removing a participant removes only them, their scores and their dots', () => {
    const base = room();
    const edited = removeParticipant(base, 'p2');
    expect(edited.participants.map((each) => each.id)).toEqual(['p1']);
    expect(edited.scores).toEqual(base.scores.filter((score) => score.participantId === 'p1'));
    expect(edited.votes).toEqual([base.votes[0]]);
    expect(edited.consensusScores).toBe(base.consensusScores);
  });

  it('removing a criterion removes only it and the scores and consensus scores on it', () => {
    const base = room();
    const edited = removeCriterion(base, 'c');
    expect(edited.criteria.map((each) => each.id)).toEqual(['i']);
    expect(edited.scores).toEqual(base.scores.slice(0, 3));
    expect(edited.consensusScores).toEqual([base.consensusScores[0], base.consensusScores[2]]);
  });

  it('adding and changing people, criteria and candidates touches only the one named', () => {
    const base = room();
    expect(addParticipant(base, participant('p3')).participants.map((each) => each.id)).toEqual(['p1', 'p2', 'p3']);
    expect(updateParticipant(base, 'p2', { name: 'Ana Silva' }).participants).toEqual([base.participants[0], { ...base.participants[1], name: 'Ana Silva' }]);
    expect(addCriterion(base, criterion('k', 'impact')).criteria.map((each) => each.id)).toEqual(['i', 'c', 'k']);
    expect(updateCriterion(base, 'c', { weight: 3 }).criteria).toEqual([base.criteria[0], { ...base.criteria[1], weight: 3 }]);
    expect(addCandidate(base, candidate('e')).candidates.map((each) => each.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(updateCandidate(base, 'b', { notes: 'later' }).candidates).toEqual([base.candidates[0], { ...base.candidates[1], notes: 'later' }, base.candidates[2]]);
  });

  it('changing the frame, settings and decision keeps every other field of them', () => {
    const base = room();
    expect(updateFrame(base, { team: 'Data' }).frame).toEqual({ ...base.frame, team: 'Data' });
    expect(updateSettings(base, { dotsPerParticipant: 5 }).settings).toEqual({ ...base.settings, dotsPerParticipant: 5 });
    expect(updateDecision(base, { target: '81%' }).decision).toEqual({ ...base.decision, target: '81%' });
  });

  it('restarting blind scoring keeps everyone’s name and background', () => {
    const base = room();
    const restarted = restartBlindScoring({ ...base, participants: base.participants.map((each) => ({ ...each, scoringDone: true })) });
    expect(restarted.participants).toEqual(base.participants);
  });

  it('changing the scale moves consensus scores and thresholds off the midpoint too, and to the same scale changes nothing', () => {
    const base = { ...room(), candidates: [candidate('a', { override: { impact: 2.5, complexity: 4 } })] };
    expect(changeScale(base, 5)).toBe(base);
    const onThresholds = updateSettings(base, { thresholds: { impact: 4, complexity: 1 } });
    const ten = changeScale(onThresholds, 10);
    expect(ten.settings.thresholds).toEqual({ impact: 7.75, complexity: 1 });
    expect(ten.consensusScores.map((score) => score.value)).toEqual([6, 8, 1]);
    expect(changeScale(updateSettings(base, { thresholds: { impact: 5, complexity: 2 } }), 10).settings.thresholds).toEqual({ impact: 10, complexity: 3.25 });
  });
});

describe('merging duplicates: every field and reference', () => {
  const pair = (keep: Partial<Parameters<typeof candidate>[1]>, dup: Partial<Parameters<typeof candidate>[1]>) =>
    session({
      participants: [participant('p1'), participant('p2')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('keep', keep), candidate('other'), candidate('dup', dup)],
    });

  it('joins text only where the duplicate adds something, and fills what the kept one leaves empty or unknown', () => {
    const base = pair(
      { problem: 'Churn is up', nonMlAlternative: '', wrongPredictionCost: 'A lost customer', notes: '  ', dataAvailability: 'unknown', baseline: '' },
      { problem: 'Churn is up', nonMlAlternative: 'A rule', wrongPredictionCost: '   ', notes: 'Ask CRM', dataAvailability: 'partly', baseline: '5%' },
    );
    const merged = mergeCandidates(base, 'keep', 'dup').candidates[0]!;
    expect(merged).toMatchObject({
      problem: 'Churn is up',
      nonMlAlternative: 'A rule',
      wrongPredictionCost: 'A lost customer',
      notes: 'Ask CRM',
      dataAvailability: 'partly',
      baseline: '5%',
    });
  });

  it('marks the merged candidate better without ML when either was', () => {
    const flags = [
      [false, false],
      [true, false],
      [false, true],
    ].map(([keep, dup]) => mergeCandidates(pair({ betterWithoutMl: keep }, { betterWithoutMl: dup }), 'keep', 'dup').candidates[0]!.betterWithoutMl);
    expect(flags).toEqual([false, true, true]);
  });

  it('keeps other candidates and their dots, moves the focus, drops the duplicate from the runners-up and caps dots at 100', () => {
    const base = {
      ...pair({}, {}),
      consensusScores: [
        { candidateId: 'keep', criterionId: 'i', value: 4 },
        { candidateId: 'dup', criterionId: 'i', value: 1 },
        { candidateId: 'dup', criterionId: 'c', value: 2 },
        { candidateId: 'other', criterionId: 'c', value: 5 },
      ],
      votes: [
        { participantId: 'p1', candidateId: 'keep', dots: 60 },
        { participantId: 'p1', candidateId: 'dup', dots: 50 },
        { participantId: 'p2', candidateId: 'other', dots: 2 },
      ],
    };
    const withDecision = setRunnerUpReason(setRunnerUpReason(chooseFocus(base, 'dup'), 'other', 'Later'), 'keep', 'Maybe');
    const merged = mergeCandidates(setRunnerUpReason(withDecision, 'dup', 'Too big'), 'keep', 'dup');
    expect(merged.candidates.map((each) => each.id)).toEqual(['keep', 'other']);
    expect(merged.candidates[1]).toEqual(base.candidates[1]);
    expect(merged.consensusScores).toEqual([
      { candidateId: 'keep', criterionId: 'i', value: 4 },
      { candidateId: 'keep', criterionId: 'c', value: 2 },
      { candidateId: 'other', criterionId: 'c', value: 5 },
    ]);
    expect(merged.votes).toEqual([
      { participantId: 'p2', candidateId: 'other', dots: 2 },
      { participantId: 'p1', candidateId: 'keep', dots: 100 },
    ]);
    expect(merged.decision.focusCandidateId).toBe('keep');
    expect(merged.decision.runnersUp.map((each) => each.candidateId)).toEqual(['other', 'keep']);
    const otherFocus = mergeCandidates(chooseFocus(base, 'other'), 'keep', 'dup');
    expect(otherFocus.decision.focusCandidateId).toBe('other');
  });
});
