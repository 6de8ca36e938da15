// Pins the parts of the cluster rule (shared/workshop/clusters.ts) that only a crafted board
// shows: who gathers with whom at the edges of `near` and of a grid cell, which member a badge
// is tried beside next, how many rounds, a large dot's own diagonal, the room reserved among the
// labels, the one badge's free spot (nearest, ties, the bounds' last row and column, the discs
// it keeps off), the cluster joined when a badge finds no room, and the numbers' reading order.
import { describe, expect, it } from 'vitest';
import { clusterUnlabelled, rectOverlapArea, reserveBadgeRoom, type ClusterPoint, type PixelRect } from '../../../shared/workshop';

const BADGE = { width: 24, height: 18 };
const BOUNDS: PixelRect = { x: 0, y: 0, width: 600, height: 400 };
const at = (id: string, x: number, y: number, group = 'q', radius = 5): ClusterPoint => ({ id, x, y, radius, group });
const members = (clusters: { members: string[] }[]) => clusters.map((cluster) => cluster.members);
/** Whether a point's drawn disc (its square, as the rule counts it) is under a box. */
const under = (p: ClusterPoint, box: PixelRect) => rectOverlapArea({ x: p.x - p.radius, y: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius }, box) > 0;

describe('gathering', () => {
  it('gathers every point of one grid cell, not only the last one filed there', () => {
    const board = [at('a', 100, 100), at('b', 105, 100), at('c', 110, 100)];
    expect(members(clusterUnlabelled(board, new Set(['a', 'b', 'c']), BOUNDS, { badge: BADGE }))).toEqual([['a', 'b', 'c']]);
  });

  it('takes in a point exactly `near` away', () => {
    const board = [at('a', 100, 100), at('b', 156, 100)];
    expect(members(clusterUnlabelled(board, new Set(['a', 'b']), BOUNDS, { badge: BADGE, near: 56 }))).toEqual([['a', 'b']]);
    expect(members(clusterUnlabelled(board, new Set(['a', 'b']), BOUNDS, { badge: BADGE, near: 55.9 }))).toEqual([['a'], ['b']]);
  });

  it('tries the badge beside the members in input order, whichever grid cell each sits in', () => {
    // a's badge has no room; b comes second in the input (c sits in the cell scanned first).
    const board = [at('a', 100, 100), at('b', 130, 100), at('c', 50, 100)];
    const wall = { x: 60, y: 60, width: 62, height: 80 };
    const [cluster] = clusterUnlabelled(board, new Set(['a', 'b', 'c']), BOUNDS, { badge: BADGE, obstacles: [wall], farRings: 0 });
    expect(cluster).toMatchObject({ members: ['a', 'b', 'c'], anchor: 'b', ring: 0 });
  });

  it('tries no more members than `tries`', () => {
    const crowd = [at('a', 100, 100), at('b', 140, 100)];
    const walled = { x: 60, y: 60, width: 60, height: 80 };
    const options = { badge: BADGE, obstacles: [walled], farRings: 0 };
    expect(clusterUnlabelled(crowd, new Set(['a', 'b']), BOUNDS, { ...options, tries: 2 })[0]).toMatchObject({ anchor: 'b', ring: 0 });
    // One round only: a's badge found no room, so the one badge goes to the nearest free spot.
    expect(clusterUnlabelled(crowd, new Set(['a', 'b']), BOUNDS, { ...options, tries: 1 })[0]).toMatchObject({ members: ['a', 'b'], anchor: 'a', ring: 1 });
  });
});

describe('a badge beside its cluster', () => {
  it('may sit at a large dot’s diagonal, where the dot’s square corner but not the dot reaches', () => {
    // Right, left, above and below walled off; above-right, 15 px out on the diagonal, is clear.
    const a = at('a', 300, 200, 'q', 12);
    const walls = [
      { x: 314, y: 190, width: 40, height: 30 },
      { x: 240, y: 185, width: 46, height: 30 },
      { x: 288, y: 160, width: 22, height: 26 },
      { x: 288, y: 214, width: 22, height: 20 },
    ];
    const [cluster] = clusterUnlabelled([a], new Set(['a']), BOUNDS, { badge: BADGE, obstacles: walls, farRings: 0 });
    expect(cluster!.ring).toBe(0);
    expect(cluster!.badge.x).toBeCloseTo(300 + 15 * Math.SQRT1_2, 6);
    expect(cluster!.badge.y).toBeCloseTo(200 - 15 * Math.SQRT1_2 - 18, 6);
  });

  it('keeps off a labelled dot whose lower half or right side reaches where the badge would go', () => {
    // Right of a, the badge would be at (108, 91).
    for (const [x, y] of [[119, 88], [105, 100]] as const) {
      const board = [at('a', 100, 100), at('b', x, y)];
      const [cluster] = clusterUnlabelled(board, new Set(['a']), BOUNDS, { badge: BADGE });
      expect(under(board[1]!, cluster!.badge), `b at ${x}, ${y}`).toBe(false);
      expect(cluster!.badge).not.toMatchObject({ x: 108, y: 91 });
    }
  });
});

describe('room reserved among the labels', () => {
  it('keeps off the badges that did find room among the labels', () => {
    // a (first, its own group) takes the place right of d, on its own left; the labels fill
    // the rest round d. Off the labels, d's room is then on its left, not under a's badge.
    const a = at('a', 440, 300, 'other');
    const d = at('d', 400, 300);
    const labels = [
      { x: 340, y: 250, width: 65, height: 100 },
      { x: 405, y: 250, width: 75, height: 40.5 },
      { x: 405, y: 309.5, width: 75, height: 40.5 },
      { x: 445, y: 290, width: 35, height: 20 },
    ];
    const room = reserveBadgeRoom([a, d], new Set(['a', 'd']), BOUNDS, labels, { badge: BADGE, farRings: 0 });
    expect(room).toEqual([{ x: 368, y: 291, width: 24, height: 18 }]);
  });

  it('tries the members drawn in turn, leaving out one with no finite size', () => {
    // a is walled in, c's room is under a label; off the labels, c's badge goes right of it.
    // The point of no size between them, were it a member, would take c's round.
    const board = [at('a', 100, 100), at('no-size', 110, 100, 'q', Number.NaN), at('c', 130, 100)];
    const options = { badge: BADGE, obstacles: [{ x: 60, y: 60, width: 62, height: 80 }], farRings: 0, tries: 2 };
    const room = reserveBadgeRoom(board, new Set(['a', 'no-size', 'c']), BOUNDS, [{ x: 136, y: 80, width: 40, height: 40 }], options);
    expect(room).toEqual([{ x: 138, y: 91, width: 24, height: 18 }]);
  });

  it('reserves nothing for a cluster that finds no room even off the labels', () => {
    const board = [at('a', 100, 100)];
    expect(reserveBadgeRoom(board, new Set(['a']), BOUNDS, [], { badge: BADGE, obstacles: [BOUNDS] })).toEqual([]);
  });
});

describe('the one badge, where no badge fits beside a cluster', () => {
  // A tall badge on a narrow board: the free spots are a grid of 50 px (half the badge's
  // height), columns at x 0 and 50 (flush with the right edge), rows at y 0, 50 and 100 (flush
  // with the bottom); their centres at x 5 and 55, y 50, 100 and 150. No round is tried.
  const TALL = { width: 10, height: 100 };
  const NARROW = { x: 0, y: 0, width: 60, height: 200 };
  const oneBadge = (board: ClusterPoint[], first = board[0]!) => {
    const clusters = clusterUnlabelled(board, new Set([first.id]), NARROW, { badge: TALL, tries: 0 });
    expect(clusters).toHaveLength(1);
    return clusters[0]!;
  };

  it('goes to the spot whose centre is nearest the first point, up to the last column and row', () => {
    expect(oneBadge([at('a', 40, 100, 'q', 1)])).toMatchObject({ badge: { x: 50, y: 50 }, ring: 1 });
    expect(oneBadge([at('a', 30, 190, 'q', 1)])).toMatchObject({ badge: { x: 0, y: 100 }, ring: 1 });
  });

  it('on a tie takes the upper spot, then the left one', () => {
    expect(oneBadge([at('a', 30, 100, 'q', 1)]).badge).toMatchObject({ x: 0, y: 50 });
    expect(oneBadge([at('a', 30, 75, 'q', 1)]).badge).toMatchObject({ x: 0, y: 0 });
    expect(oneBadge([at('a', 30, 125, 'q', 1)]).badge).toMatchObject({ x: 0, y: 50 });
    expect(oneBadge([at('a', 45, 75, 'q', 1)]).badge).toMatchObject({ x: 50, y: 0 });
    // (0, 50) and (50, 0) as near, the one above it taken (b's dot takes (0, 0), nearer still).
    expect(oneBadge([at('a', 12, 57, 'q', 1), at('b', 5, 20, 'q', 4)]).badge).toMatchObject({ x: 50, y: 0 });
  });

  it('keeps off every drawn dot, to its edge, and ignores a point that is not drawn', () => {
    // b's dot reaches 1 px into column 50: every spot there is taken.
    expect(oneBadge([at('a', 40, 100, 'q', 1), at('b', 47, 100, 'q', 4)]).badge).toMatchObject({ x: 0, y: 50 });
    // b's dot reaches 1 px into column 0 from the right.
    expect(oneBadge([at('a', 30, 100, 'q', 1), at('b', 13, 100, 'q', 4)]).badge).toMatchObject({ x: 50, y: 50 });
    // b's dot reaches into row 0 from above the board's top.
    expect(oneBadge([at('a', 30, 40, 'q', 1), at('b', 5, 2, 'q', 4)]).badge).toMatchObject({ x: 50, y: 0 });
    // b's dot reaches row 100 from below its top, and row 50 from above its bottom.
    expect(oneBadge([at('a', 30, 125, 'q', 1), at('b', 5, 148, 'q', 4)]).badge).toMatchObject({ x: 50, y: 50 });
    // A point that is not drawn is under no spot.
    expect(oneBadge([at('a', 30, 100, 'q', 1), at('lost', Number.NaN, 100)])).toMatchObject({ badge: { x: 0, y: 50 }, ring: 1 });
  });

  it('with no free spot, sits beside the first point at the default gap', () => {
    const [cluster] = clusterUnlabelled([at('a', 200, 100)], new Set(['a']), BOUNDS, { badge: BADGE, obstacles: [BOUNDS] });
    expect(cluster).toMatchObject({ badge: { x: 208, y: 91, width: 24, height: 18 }, ring: 0 });
  });
});

describe('a cluster whose badge found no room', () => {
  // d is walled in; the other clusters' badges go right of their points.
  const wallRound = (x: number, y: number) => ({ x: x - 34, y: y - 28, width: 68, height: 56 });
  const joined = (board: ClusterPoint[], d: ClusterPoint) =>
    members(clusterUnlabelled([...board, d], new Set([...board, d].map((p) => p.id)), BOUNDS, { badge: BADGE, obstacles: [wallRound(d.x, d.y)], farRings: 0 }));

  it('joins the cluster whose badge centre is nearest, the first of two as near', () => {
    const left = at('left', 100, 200);
    const right = at('right', 300, 200);
    // Badge centres at x 120 and 320.
    // Numbered in reading order: left's cluster is 1 whatever the input's order.
    expect(joined([left, right], at('d', 220, 200))).toEqual([['left', 'd'], ['right']]);
    expect(joined([right, left], at('d', 220, 200))).toEqual([['left'], ['right', 'd']]);
    expect(joined([left, right], at('d', 240, 200))).toEqual([['left'], ['right', 'd']]);
    expect(joined([right, left], at('d', 240, 200))).toEqual([['left'], ['right', 'd']]);
  });

  it('measures to the badge’s centre across as well as along', () => {
    const top = at('top', 100, 100);
    const bottom = at('bottom', 100, 300);
    // Badge centres at y 100 and 300.
    expect(joined([top, bottom], at('d', 200, 200))).toEqual([['top', 'd'], ['bottom']]);
    expect(joined([top, bottom], at('d', 200, 215))).toEqual([['top'], ['bottom', 'd']]);
  });
});

describe('numbers', () => {
  it('read a band of a badge’s height as one line, left to right', () => {
    const board = [at('right', 500, 100), at('left', 60, 104)];
    const clusters = clusterUnlabelled(board, new Set(['right', 'left']), BOUNDS, { badge: BADGE });
    expect(clusters.map((cluster) => [cluster.number, cluster.members[0]])).toEqual([
      [1, 'left'],
      [2, 'right'],
    ]);
  });

  it('go top to bottom between badges in one band and one column (badges lower than a pixel)', () => {
    const flat = { width: 24, height: 0.5 };
    const board = [at('lower', 100, 100.9, 'a', 0.1), at('upper', 100, 100.3, 'b', 0.1)];
    const clusters = clusterUnlabelled(board, new Set(['lower', 'upper']), BOUNDS, { badge: flat });
    expect(clusters.map((cluster) => cluster.badge.x)).toEqual([103.1, 103.1]);
    expect(clusters.map((cluster) => [cluster.number, cluster.members[0]])).toEqual([
      [1, 'upper'],
      [2, 'lower'],
    ]);
  });
});
