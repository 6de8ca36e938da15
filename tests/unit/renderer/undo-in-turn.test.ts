// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, setScore } from '../../../shared';
import { useDesktopUi } from '../../../renderer/src/desktop-ui';
import { runMenuCommand } from '../../../renderer/src/menu-commands';
import { translate } from '../../../renderer/src/i18n';
import { editSession, redo, replaceDocument, undo, useSessionStore } from '../../../renderer/src/store/session-store';
import { useViewStore } from '../../../renderer/src/store/view-store';

// A blind-scoring turn is one person's: Ctrl+Z in it takes back their own scores and stops
// where the turn began, never reaching the scores of whoever had the laptop before.

const criterionId = createSampleSession().criteria[0]!.id;
const score = (participantId: string, value: number) => editSession((session) => setScore(session, participantId, 'cand-churn', criterionId, value));
const valueOf = (participantId: string) =>
  useSessionStore.getState().session.scores.find((each) => each.participantId === participantId && each.candidateId === 'cand-churn' && each.criterionId === criterionId)?.value;

beforeEach(() => {
  replaceDocument(createSampleSession(), null);
  useViewStore.getState().setPhase('score');
});

describe('undo in a scoring turn', () => {
  it('takes back this turn’s scores and stops where the turn began', () => {
    useViewStore.getState().startScoringTurn('part-maria');
    score('part-maria', 1);
    useViewStore.getState().startScoringTurn(null);
    useViewStore.getState().startScoringTurn('part-priya');
    score('part-priya', 2);
    expect(undo()).toBe(true);
    expect(valueOf('part-priya')).not.toBe(2);
    const atStart = useSessionStore.getState().session;
    expect(undo()).toBe(false);
    expect(useSessionStore.getState().session).toBe(atStart);
    expect(valueOf('part-maria')).toBe(1);
    // Out of the turn, the room's undo walks on as before.
    useViewStore.getState().startScoringTurn(null);
    expect(undo()).toBe(true);
    expect(valueOf('part-maria')).not.toBe(1);
  });

  it('says so when Undo is asked for at the start of a turn, and redo cannot bring back what came before it', () => {
    score('part-maria', 1);
    score('part-maria', 2);
    undo();
    useViewStore.getState().startScoringTurn('part-priya');
    const before = useSessionStore.getState().session;
    redo();
    expect(useSessionStore.getState().session).toBe(before);
    runMenuCommand('edit.undo');
    expect(useSessionStore.getState().session).toBe(before);
    expect(useDesktopUi.getState().notice?.text).toBe(translate('notices.undoStopsAtTurn'));
  });

  it('leaving Score ends the turn, and undo reaches back again', () => {
    score('part-maria', 1);
    useViewStore.getState().startScoringTurn('part-priya');
    useViewStore.getState().setPhase('map');
    expect(undo()).toBe(true);
  });
});
