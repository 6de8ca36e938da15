import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../shared/command-keys';
import { formatAccelerator, parseAccelerator, PLATFORMS } from '../../../shared/menu-table';
import {
  criteriaFor,
  FINISH_TURN_KEYS,
  firstStopToScore,
  isFinishTurnKey,
  keyOfScore,
  scoreOfKey,
  scoresToGo,
  scoresToGoText,
  scoringKeyAction,
  scoringWalk,
  type ScoringKeyPress,
  type ScoringStop,
} from '../../../shared/workshop';
import { candidate, criterion, participant } from './workshop-fixtures';

const press = (key: string, fields: Partial<ScoringKeyPress> = {}): ScoringKeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...fields });
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

describe('which digit gives which score', () => {
  it('on 1–5: 1 to 5 are themselves; 6–9 and 0 give nothing', () => {
    expect(DIGITS.map((key) => scoreOfKey(key, 5))).toEqual([undefined, 1, 2, 3, 4, 5, undefined, undefined, undefined, undefined]);
  });

  it('on 1–10: 1 to 9 are themselves and 0 is 10', () => {
    expect(DIGITS.map((key) => scoreOfKey(key, 10))).toEqual([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('nothing but a single digit is a score', () => {
    for (const key of ['', '10', '11', '-1', '1.5', 'a', ' ', 'Enter', 'Digit1', '¹', '١']) expect([key, scoreOfKey(key, 10)]).toEqual([key, undefined]);
  });

  it('names the key of every score on both scales, the reverse of the digit rule', () => {
    for (const scale of [5, 10] as const) {
      for (let value = 1; value <= scale; value += 1) expect(scoreOfKey(keyOfScore(value), scale)).toBe(value);
    }
    expect(keyOfScore(10)).toBe('0');
    expect(keyOfScore(1)).toBe('1');
  });
});

describe('the walk through a turn', () => {
  const criteria = [criterion('value', 'impact'), criterion('reach', 'impact'), criterion('data', 'complexity')];
  const walk = scoringWalk([candidate('a'), candidate('b')], criteria);
  const stop = (candidateId: string, criterionId: string): ScoringStop => ({ candidateId, criterionId });

  it('goes candidate by candidate, each through its criteria in order; the last of a card goes on to the first of the next', () => {
    expect(walk).toEqual([stop('a', 'value'), stop('a', 'reach'), stop('a', 'data'), stop('b', 'value'), stop('b', 'reach'), stop('b', 'data')]);
  });

  it('visits only the criteria the scorer is asked: a business participant scores impact alone when scoring by background', () => {
    const asked = criteriaFor(participant('maria', 'business'), criteria, true);
    expect(scoringWalk([candidate('a'), candidate('b')], asked)).toEqual([stop('a', 'value'), stop('a', 'reach'), stop('b', 'value'), stop('b', 'reach')]);
    expect(scoringWalk([candidate('a')], [])).toEqual([]);
    expect(scoringWalk([], criteria)).toEqual([]);
  });

  it('starts at the first score not yet given, at the first when all are given, nowhere when there is nothing to score', () => {
    const given = (...indexes: number[]) => (each: ScoringStop) => indexes.some((index) => walk[index] === each);
    expect(firstStopToScore(walk, given())).toBe(0);
    expect(firstStopToScore(walk, given(0, 1, 3))).toBe(2);
    expect(firstStopToScore(walk, given(0, 1, 2, 3, 4, 5))).toBe(0);
    expect(firstStopToScore([], given())).toBeNull();
  });

  it('counts the scores to go and says so', () => {
    expect(scoresToGo(walk, (each) => each.candidateId === 'a')).toBe(3);
    expect(scoresToGo(walk, () => false)).toBe(6);
    expect(scoresToGo(walk, () => true)).toBe(0);
    expect([17, 2, 1, 0].map((count) => scoresToGoText(count, 'en'))).toEqual(['17 scores to go', '2 scores to go', '1 score to go', 'All scores given']);
    expect([2, 1, 0].map((count) => scoresToGoText(count, 'de'))).toEqual(['Noch 2 Bewertungen', 'Noch 1 Bewertung', 'Alle Bewertungen abgegeben']);
  });
});

describe('what a key does in the walk', () => {
  const walk = scoringWalk([candidate('a'), candidate('b')], [criterion('value', 'impact'), criterion('data', 'complexity')]);

  it('a digit scores the focused criterion and goes on, across cards and past the last', () => {
    expect(scoringKeyAction(press('4'), walk, 0, 5)).toEqual({ kind: 'score', stop: walk[0], value: 4, then: 1, leavesCard: false });
    expect(scoringKeyAction(press('2'), walk, 1, 5)).toEqual({ kind: 'score', stop: walk[1], value: 2, then: 2, leavesCard: true });
    expect(scoringKeyAction(press('0'), walk, 3, 10)).toEqual({ kind: 'score', stop: walk[3], value: 10, then: 'past-the-end', leavesCard: true });
  });

  it('Backspace steps back and clears the criterion before, whatever the focused one holds; on the first it does nothing', () => {
    expect(scoringKeyAction(press('Backspace'), walk, 2, 5)).toEqual({ kind: 'clear', stop: walk[1], then: 1 });
    expect(scoringKeyAction(press('Backspace'), walk, 1, 5)).toEqual({ kind: 'clear', stop: walk[0], then: 0 });
    expect(scoringKeyAction(press('Backspace'), walk, 0, 5)).toBeNull();
  });

  it('Delete clears the focused criterion and stays', () => {
    expect(scoringKeyAction(press('Delete'), walk, 2, 5)).toEqual({ kind: 'clear', stop: walk[2], then: 2 });
  });

  it('a digit above the scale, another key, a held key or a shortcut does nothing; Shift (a digit on some keyboards) still scores', () => {
    for (const each of [press('6'), press('0'), press('a'), press('Tab'), press(' '), press('ArrowRight'), press('Enter')]) expect(scoringKeyAction(each, walk, 0, 5)).toBeNull();
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey', 'repeat'] as const) {
      expect(scoringKeyAction(press('3', { [modifier]: true }), walk, 0, 5)).toBeNull();
      expect(scoringKeyAction(press('Backspace', { [modifier]: true }), walk, 1, 5)).toBeNull();
    }
    expect(scoringKeyAction(press('3', { shiftKey: true }), walk, 0, 5)).toMatchObject({ kind: 'score', value: 3 });
  });

  it('outside the walk a key does nothing', () => {
    expect(scoringKeyAction(press('3'), walk, 4, 5)).toBeNull();
    expect(scoringKeyAction(press('3'), walk, -1, 5)).toBeNull();
    expect(scoringKeyAction(press('3'), [], 0, 5)).toBeNull();
  });
});

describe('the key that ends a turn', () => {
  it('is Ctrl+Enter, ⌘Enter on macOS, with no other modifier', () => {
    expect(isFinishTurnKey(press('Enter', { ctrlKey: true }), false)).toBe(true);
    expect(isFinishTurnKey(press('Enter', { metaKey: true }), true)).toBe(true);
    for (const mac of [false, true]) {
      expect(isFinishTurnKey(press('Enter'), mac)).toBe(false);
      expect(isFinishTurnKey(press('Enter', { ctrlKey: true, metaKey: true }), mac)).toBe(false);
      expect(isFinishTurnKey(press('Enter', { [mac ? 'metaKey' : 'ctrlKey']: true, shiftKey: true }), mac)).toBe(false);
      expect(isFinishTurnKey(press('Enter', { [mac ? 'metaKey' : 'ctrlKey']: true, altKey: true }), mac)).toBe(false);
      expect(isFinishTurnKey(press('m', { [mac ? 'metaKey' : 'ctrlKey']: true }), mac)).toBe(false);
    }
    expect(isFinishTurnKey(press('Enter', { metaKey: true }), false)).toBe(false);
    expect(isFinishTurnKey(press('Enter', { ctrlKey: true }), true)).toBe(false);
  });

  it('is what its accelerator says on every platform, written as the platform writes keys, and no menu command takes it', () => {
    for (const platform of PLATFORMS) {
      const { modifiers, key } = parseAccelerator(FINISH_TURN_KEYS, platform);
      const pressed = press(key, { ctrlKey: modifiers.has('Ctrl'), metaKey: modifiers.has('Cmd') });
      expect(isFinishTurnKey(pressed, platform === 'darwin')).toBe(true);
      expect(commandForKey(pressed, platform)).toBeNull();
    }
    expect(formatAccelerator(FINISH_TURN_KEYS, 'linux')).toBe('Ctrl+Enter');
    expect(formatAccelerator(FINISH_TURN_KEYS, 'win32')).toBe('Ctrl+Enter');
    expect(formatAccelerator(FINISH_TURN_KEYS, 'darwin')).toBe('⌘Enter');
  });
});
