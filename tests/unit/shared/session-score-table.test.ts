// Pins how a version-2 file's score table is read (shared/session/score-table.ts, unpackTable and
// pathInTable): a table that breaks its schema gets the schema's issues, at their place in the
// table; repeated or misfitting rows and columns are worded; anything else unpacks into the flat
// score list, and a problem later found in that list is traced back to its row and column.
import { beforeEach, describe, expect, it } from 'vitest';
import { textsIn } from '../../../shared/i18n/texts';
import { LIMITS } from '../../../shared/session/schema';
import { pathInTable, unpackTable, type Unpacked } from '../../../shared/session/score-table';

const en = textsIn('en');

type Issues = Extract<Unpacked, { issues: unknown }>;
type Problems = Extract<Unpacked, { problems: unknown }>;

function issuePaths(result: Unpacked): PropertyKey[][] {
  expect(result.ok).toBe(false);
  expect('issues' in result, JSON.stringify(result)).toBe(true);
  // One place once, however many of its rules the value breaks.
  return [...new Set((result as Issues).issues.map((issue) => JSON.stringify(issue.path)))].map((path) => JSON.parse(path) as PropertyKey[]);
}

function problemsOf(result: Unpacked): Problems {
  expect(result.ok).toBe(false);
  expect('problems' in result, JSON.stringify(result)).toBe(true);
  return result as Problems;
}

describe('a score table that breaks its schema', () => {
  it('is refused when it is not an object with a list of criteria and a list of rows', () => {
    for (const table of [null, [], 'scores', 5, true]) expect(issuePaths(unpackTable(table, 'scores', 'en')), JSON.stringify(table)).toEqual([['scores']]);
    expect(issuePaths(unpackTable({ criteria: 'crit-a', rows: [] }, 'scores', 'en'))).toEqual([['scores', 'criteria']]);
    expect(issuePaths(unpackTable({ criteria: [], rows: 'none' }, 'consensusScores', 'en'))).toEqual([['consensusScores', 'rows']]);
    expect(issuePaths(unpackTable({ rows: [] }, 'scores', 'en'))).toEqual([['scores', 'criteria']]);
  });

  it('is refused with a column that is not an id: empty, too long, with a space, not text', () => {
    for (const id of ['', 'a'.repeat(65), 'crit a', 7, null]) {
      expect(issuePaths(unpackTable({ criteria: ['crit-ok', id], rows: [] }, 'scores', 'en')), JSON.stringify(id)).toEqual([['scores', 'criteria', 1]]);
    }
  });

  it('takes ids of one to 64 letters, digits, - or _', () => {
    const result = unpackTable({ criteria: ['c', 'a'.repeat(64)], rows: [['x', 'P_1-b', 1, 2]] }, 'scores', 'en');
    expect(result).toMatchObject({ ok: true, scores: [{ criterionId: 'c' }, { criterionId: 'a'.repeat(64) }] });
  });

  it('is refused with more columns than a session has criteria', () => {
    const criteria = Array.from({ length: LIMITS.criteria + 1 }, (_, i) => `crit-${i}`);
    expect(issuePaths(unpackTable({ criteria, rows: [] }, 'scores', 'en'))).toEqual([['scores', 'criteria']]);
    expect(unpackTable({ criteria: criteria.slice(1), rows: [] }, 'scores', 'en')).toMatchObject({ ok: true });
  });

  it('is refused with a row that is not a list, or without its ids', () => {
    expect(issuePaths(unpackTable({ criteria: ['crit-a'], rows: ['cand-1'] }, 'scores', 'en'))).toEqual([['scores', 'rows', 0]]);
    expect(issuePaths(unpackTable({ criteria: ['crit-a'], rows: [['cand-1', 'part-1', 3], ['cand-2']] }, 'scores', 'en'))).toEqual([['scores', 'rows', 1, 1]]);
    expect(issuePaths(unpackTable({ criteria: ['crit-a'], rows: [[]] }, 'consensusScores', 'en'))).toEqual([['consensusScores', 'rows', 0, 0]]);
  });

  it('is refused with an id that is not one where a row starts', () => {
    expect(issuePaths(unpackTable({ criteria: ['crit-a'], rows: [['cand 1', 'part-1', 3]] }, 'scores', 'en'))).toEqual([['scores', 'rows', 0, 0]]);
    expect(issuePaths(unpackTable({ criteria: ['crit-a'], rows: [['cand-1', 4, 3]] }, 'scores', 'en'))).toEqual([['scores', 'rows', 0, 1]]);
  });

  it('is refused with a cell that is not a whole number or null: a fraction, text, true, beyond the safe integers', () => {
    for (const cell of [1.5, '3', true, 2 ** 53, [1]]) {
      expect(issuePaths(unpackTable({ criteria: ['crit-a', 'crit-b'], rows: [['cand-1', 'part-1', 3, cell]] }, 'scores', 'en')), JSON.stringify(cell)).toEqual([['scores', 'rows', 0, 3]]);
    }
    // In the consensus table the second cell is a score, not a participant.
    expect(issuePaths(unpackTable({ criteria: ['crit-a'], rows: [['cand-1', 'part-1']] }, 'consensusScores', 'en'))).toEqual([['consensusScores', 'rows', 0, 1]]);
  });

  it('reads a table with a key it does not know as the schema does: without it', () => {
    expect(unpackTable({ criteria: ['crit-a'], rows: [['cand-1', 2]], note: 'x' }, 'consensusScores', 'en')).toMatchObject({ ok: true, scores: [{ candidateId: 'cand-1', criterionId: 'crit-a', value: 2 }] });
  });
});

describe('rows and columns that do not fit', () => {
  it('words a row with too few or too many cells, in the singular where there is one', () => {
    const { problems, total } = problemsOf(
      unpackTable(
        {
          criteria: ['crit-a'],
          rows: [
            ['cand-1', 'part-1', 1, 2],
            ['cand-2', 'part-1'],
          ],
        },
        'scores',
        'en',
      ),
    );
    expect(total).toBe(2);
    expect(problems.map((problem) => [problem.code, problem.path, problem.sentence('This row', en)])).toEqual([
      ['invalid', ['scores', 'rows', 0], 'This row has 2 scores, but the table has 1 criterion'],
      ['invalid', ['scores', 'rows', 1], 'This row has 0 scores, but the table has 1 criterion'],
    ]);
    const one = problemsOf(unpackTable({ criteria: ['crit-a', 'crit-b'], rows: [['cand-1', 1]] }, 'consensusScores', 'en'));
    expect(one.problems[0]!.sentence('It', en)).toBe('It has 1 score, but the table has 2 criteria');
  });

  it('words a repeated column, and a repeated row of a participant or of the room', () => {
    const columns = problemsOf(unpackTable({ criteria: ['crit-a', 'crit-b', 'crit-a'], rows: [] }, 'scores', 'en'));
    expect(columns.problems.map((problem) => [problem.code, problem.path, problem.sentence('Column 3', en)])).toEqual([['duplicate-entry', ['scores', 'criteria', 2], 'Column 3 repeats column 1: a criterion has one column']]);
    const rows = problemsOf(unpackTable({ criteria: ['crit-a'], rows: [['cand-1', 'part-1', 1], ['cand-1', 'part-2', 1], ['cand-1', 'part-1', 2]] }, 'scores', 'en'));
    expect(rows.problems.map((problem) => [problem.path, problem.sentence('Row 3', en)])).toEqual([[['scores', 'rows', 2], 'Row 3 repeats row 1: a participant has one row per candidate']]);
    // The room's rows repeat by candidate alone, whatever their scores.
    const room = problemsOf(unpackTable({ criteria: ['crit-a'], rows: [['cand-1', 3], ['cand-2', 3], ['cand-1', 4]] }, 'consensusScores', 'en'));
    expect(room.problems.map((problem) => [problem.path, problem.sentence('Row 3', en)])).toEqual([[['consensusScores', 'rows', 2], 'Row 3 repeats row 1: a candidate has one row']]);
  });

  it('names the first three problems and counts them all', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [`cand-${i}`, 'part-1']);
    const { problems, total } = problemsOf(unpackTable({ criteria: ['crit-a'], rows }, 'scores', 'en'));
    expect(total).toBe(5);
    expect(problems.map((problem) => problem.path)).toEqual([
      ['scores', 'rows', 0],
      ['scores', 'rows', 1],
      ['scores', 'rows', 2],
    ]);
  });

  it('stops at the most scores a session may hold, however the rows go on', () => {
    const rows = [['cand-1', 'part-1', 1, 2], ['cand-1', 'part-2', 3, 4], ['cand-2', 'part-1', 5, 6]];
    const refused = problemsOf(unpackTable({ criteria: ['crit-a', 'crit-b'], rows }, 'scores', 'en', 3));
    expect(refused.total).toBe(1);
    expect(refused.problems[0]!.sentence('The table', en)).toBe('The table holds more than 3 scores');
    // Rows past the limit that are wrong are not read either: the limit is the one problem.
    expect(problemsOf(unpackTable({ criteria: ['crit-a', 'crit-b'], rows: [...rows, ['cand-9', 'part-1']] }, 'scores', 'en', 3)).total).toBe(1);
  });
});

describe('unpacking a table', () => {
  let rows: unknown[][];
  beforeEach(() => {
    rows = [
      ['cand-1', 'part-1', 1, null, 3],
      ['cand-2', 'part-1', null, null, 5],
    ];
  });

  it('gives a score per filled cell, row by row, with where each came from', () => {
    const result = unpackTable({ criteria: ['crit-a', 'crit-b', 'crit-c'], rows }, 'scores', 'en');
    expect(result).toEqual({
      ok: true,
      scores: [
        { participantId: 'part-1', candidateId: 'cand-1', criterionId: 'crit-a', value: 1 },
        { participantId: 'part-1', candidateId: 'cand-1', criterionId: 'crit-c', value: 3 },
        { participantId: 'part-1', candidateId: 'cand-2', criterionId: 'crit-c', value: 5 },
      ],
      origin: { rows: [0, 0, 1], columns: [0, 2, 2] },
    });
  });

  it('gives the room’s scores without a participant', () => {
    const result = unpackTable({ criteria: ['crit-a', 'crit-b'], rows: [['cand-1', 4, null]] }, 'consensusScores', 'en');
    expect(result).toEqual({ ok: true, scores: [{ candidateId: 'cand-1', criterionId: 'crit-a', value: 4 }], origin: { rows: [0], columns: [0] } });
  });
});

describe('tracing a problem in the score list back to the table', () => {
  const origin = { rows: [0, 0, 4], columns: [1, 2, 0] };

  it('points at the row’s ids, the column, or the cell', () => {
    expect(pathInTable(['scores', 2, 'candidateId'], 'scores', origin)).toEqual(['scores', 'rows', 4, 0]);
    expect(pathInTable(['scores', 2, 'participantId'], 'scores', origin)).toEqual(['scores', 'rows', 4, 1]);
    expect(pathInTable(['scores', 1, 'criterionId'], 'scores', origin)).toEqual(['scores', 'criteria', 2]);
    expect(pathInTable(['scores', 1, 'value'], 'scores', origin)).toEqual(['scores', 'rows', 0, 4]);
    expect(pathInTable(['scores', 1], 'scores', origin)).toEqual(['scores', 'rows', 0, 4]);
    expect(pathInTable(['consensusScores', 2], 'consensusScores', origin)).toEqual(['consensusScores', 'rows', 4, 1]);
  });

  it('leaves a path elsewhere, or not at one score, as it is', () => {
    expect(pathInTable(['candidates', 2, 'title'], 'scores', origin)).toEqual(['candidates', 2, 'title']);
    expect(pathInTable(['consensusScores', 1, 'value'], 'scores', origin)).toEqual(['consensusScores', 1, 'value']);
    expect(pathInTable(['scores'], 'scores', origin)).toEqual(['scores']);
    expect(pathInTable(['scores', 'rows'], 'scores', origin)).toEqual(['scores', 'rows']);
  });
});
