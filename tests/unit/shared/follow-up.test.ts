import { beforeEach, describe, expect, it } from 'vitest';
import { checkSession, createSampleSession, startFollowUp, updateFollowUpOutcome, type Session } from '../../../shared';

// The rule that starts a follow-up (shared/session/follow-up.ts): the same room and backlog,
// everything scored cleared, and a link to the earlier session with its focus as chosen.

const NOW = new Date(2025, 5, 12, 9, 30);
const ids = (prefix: string) => `${prefix}-next`;

describe('startFollowUp', () => {
  let earlier: Session;
  let followUp: Session;
  beforeEach(() => {
    const sample = createSampleSession();
    earlier = {
      ...sample,
      participants: sample.participants.map((participant) => ({ ...participant, scoringDone: true })),
      candidates: sample.candidates.map((candidate, index) => (index === 0 ? { ...candidate, override: { impact: 4.5, complexity: 1.5 } } : candidate)),
      consensusScores: [{ candidateId: sample.candidates[1]!.id, criterionId: sample.criteria[0]!.id, value: 3 }],
    };
    followUp = startFollowUp(earlier, { fileName: 'Northwind Q1.pickwise' }, NOW, ids);
  });

  it('is a new session, stamped now and dated today, with the same frame otherwise', () => {
    expect(followUp.id).toBe('session-next');
    expect(followUp.createdAt).toBe(NOW.toISOString());
    expect(followUp.updatedAt).toBe(NOW.toISOString());
    expect(followUp.frame).toEqual({ ...earlier.frame, date: '2025-06-12' });
  });

  it('keeps the room, the criteria, the readiness items and the settings, with nobody finished and the scores sealed again', () => {
    expect(followUp.participants).toEqual(earlier.participants.map((participant) => ({ ...participant, scoringDone: false })));
    expect(followUp.criteria).toBe(earlier.criteria);
    expect(followUp.readinessItems).toBe(earlier.readinessItems);
    expect(followUp.settings).toEqual({ ...earlier.settings, revealed: false });
  });

  it('keeps every candidate with its id, status, details and checklist, but no placement by the room', () => {
    expect(followUp.candidates).toEqual(earlier.candidates.map((candidate) => ({ ...candidate, override: null })));
    expect(followUp.candidates.map((candidate) => candidate.status)).toContain('focus');
  });

  it('keeps the language of the earlier session’s exports, chosen or not', () => {
    for (const language of ['pt', 'de', null] as const) {
      const earlierIn = { ...earlier, settings: { ...earlier.settings, language } };
      expect(startFollowUp(earlierIn, { fileName: null }, NOW, ids).settings.language).toBe(language);
    }
  });

  it('clears every score, consensus score and dot', () => {
    expect(earlier.scores.length).toBeGreaterThan(0);
    expect(earlier.votes.length).toBeGreaterThan(0);
    expect(followUp.scores).toEqual([]);
    expect(followUp.consensusScores).toEqual([]);
    expect(followUp.votes).toEqual([]);
  });

  it('keeps the decision as it was, so the focus stays the focus until the room revisits it', () => {
    expect(followUp.decision).toEqual(earlier.decision);
  });

  it('links to the earlier session by id, title, date and file name, with its focus as chosen and nothing answered yet', () => {
    expect(followUp.followUp).toEqual({
      earlier: { sessionId: earlier.id, title: earlier.frame.title, date: earlier.frame.date, fileName: 'Northwind Q1.pickwise' },
      focus: {
        candidateId: 'cand-churn',
        title: 'Churn prediction for loyalty members',
        keyMetric: '12-month retention of loyalty members',
        baseline: '78% retained',
        target: 'From 78% to 81% retained by the end of 2025',
      },
      outcome: { status: 'unknown', metricNow: '', learned: '' },
    });
  });

  it('links with an empty file name when the earlier session was never saved, and with no focus when it had none', () => {
    const noFocus = { ...earlier, decision: { ...earlier.decision, focusCandidateId: null } };
    const started = startFollowUp(noFocus, { fileName: null }, NOW, ids);
    expect(started.followUp?.earlier.fileName).toBe('');
    expect(started.followUp?.focus).toBeNull();
  });

  it('follows up the earlier session itself, not the session that one followed up', () => {
    const again = startFollowUp(followUp, { fileName: 'Northwind Q2.pickwise' }, new Date(2025, 8, 1), (prefix) => `${prefix}-q3`);
    expect(again.followUp?.earlier).toEqual({ sessionId: 'session-next', title: earlier.frame.title, date: '2025-06-12', fileName: 'Northwind Q2.pickwise' });
    expect(again.followUp?.outcome.status).toBe('unknown');
  });

  it('passes the gate every saved session passes', () => {
    const checked = checkSession(followUp, 'en');
    expect(checked.ok ? 'accepted' : checked.error.message).toBe('accepted');
  });

  it('leaves the earlier session as it was', () => {
    const before = structuredClone(earlier);
    startFollowUp(earlier, { fileName: null }, NOW, ids);
    expect(earlier).toEqual(before);
  });
});

describe('updateFollowUpOutcome', () => {
  let followUp: Session;
  beforeEach(() => {
    followUp = startFollowUp(createSampleSession(), { fileName: 'a.pickwise' }, NOW, ids);
  });

  it('records the status, the metric now and what was learned, one field at a time', () => {
    const shipped = updateFollowUpOutcome(followUp, { status: 'shipped' });
    const measured = updateFollowUpOutcome(shipped, { metricNow: '80% retained' });
    expect(measured.followUp?.outcome).toEqual({ status: 'shipped', metricNow: '80% retained', learned: '' });
    expect(followUp.followUp?.outcome.status).toBe('unknown');
  });

  it('changes nothing in a session that follows up nothing, or whose earlier session had no focus', () => {
    const plain = createSampleSession();
    expect(updateFollowUpOutcome(plain, { status: 'shipped' })).toBe(plain);
    const noFocus = { ...followUp, followUp: { ...followUp.followUp!, focus: null } };
    expect(updateFollowUpOutcome(noFocus, { learned: 'x' })).toBe(noFocus);
  });
});
