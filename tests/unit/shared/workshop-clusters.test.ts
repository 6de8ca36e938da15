// Pins how points whose label found no room are named by numbered clusters
// (shared/workshop/clusters.ts): near unlabelled points of one quadrant share a badge, every
// unlabelled point ends up in exactly one cluster, badges overlap nothing, numbers follow the
// badges' reading order, and the same board gives the same clusters.
import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLUSTER_DEFAULTS, clusterUnlabelled, rectOverlapArea, reserveBadgeRoom, type ClusterPoint, type PixelRect } from '../../../shared/workshop';

const BADGE = { width: 24, height: 18 };
const BOUNDS: PixelRect = { x: 0, y: 0, width: 600, height: 400 };
const at = (id: string, x: number, y: number, group = 'q', radius = 5): ClusterPoint => ({ id, x, y, radius, group });

function discMeetsBox(p: ClusterPoint, box: PixelRect): boolean {
  const dx = p.x - Math.min(Math.max(p.x, box.x), box.x + box.width);
  const dy = p.y - Math.min(Math.max(p.y, box.y), box.y + box.height);
  return Math.hypot(dx, dy) < p.radius - 1e-6;
}

describe('clusters of unlabelled points', () => {
  let points: ClusterPoint[];
  beforeEach(() => {
    points = [at('a', 100, 100), at('b', 120, 100), at('c', 100, 130), at('d', 400, 300), at('labelled', 110, 115)];
  });

  it('has none when every point is labelled', () => {
    expect(clusterUnlabelled(points, new Set(), BOUNDS, { badge: BADGE })).toEqual([]);
  });

  it('gathers unlabelled points near each other into one cluster and leaves labelled ones out', () => {
    const clusters = clusterUnlabelled(points, new Set(['a', 'b', 'c']), BOUNDS, { badge: BADGE });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ number: 1, members: ['a', 'b', 'c'], anchor: 'a' });
  });

  it('keeps points further apart than `near` in clusters of their own, a lone point in a cluster of one', () => {
    const clusters = clusterUnlabelled(points, new Set(['a', 'b', 'd']), BOUNDS, { badge: BADGE });
    expect(clusters.map((cluster) => cluster.members)).toEqual([['a', 'b'], ['d']]);
    expect(CLUSTER_DEFAULTS.near).toBeLessThan(Math.hypot(400 - 100, 300 - 100));
  });

  it('never gathers across groups (a threshold between two quadrants)', () => {
    const split = [at('a', 100, 100, 'quick-wins'), at('b', 104, 100, 'big-bets')];
    expect(clusterUnlabelled(split, new Set(['a', 'b']), BOUNDS, { badge: BADGE }).map((cluster) => cluster.members)).toEqual([['a'], ['b']]);
  });

  it('takes the nearness it is given', () => {
    const clusters = clusterUnlabelled(points, new Set(['a', 'b', 'c']), BOUNDS, { badge: BADGE, near: 25 });
    expect(clusters.map((cluster) => cluster.members).sort()).toEqual([['a', 'b'], ['c']].sort());
  });

  it('places a badge beside its cluster where it covers no point, obstacle or other badge, inside the bounds', () => {
    const obstacle = { x: 105, y: 80, width: 60, height: 40 };
    const clusters = clusterUnlabelled(points, new Set(['a', 'd']), BOUNDS, { badge: BADGE, obstacles: [obstacle] });
    expect(clusters).toHaveLength(2);
    for (const cluster of clusters) {
      expect(cluster.badge).toMatchObject(BADGE);
      expect(rectOverlapArea(cluster.badge, obstacle)).toBe(0);
      for (const p of points) expect(discMeetsBox(p, cluster.badge), `${p.id} under badge ${cluster.number}`).toBe(false);
      expect(cluster.badge.x).toBeGreaterThanOrEqual(0);
      expect(cluster.badge.x + cluster.badge.width).toBeLessThanOrEqual(600);
    }
    expect(rectOverlapArea(clusters[0]!.badge, clusters[1]!.badge)).toBe(0);
  });

  it('puts a cluster whose badge finds no room into the nearest cluster that has one', () => {
    // Everything round d is blocked; a is free.
    const walled = { x: 330, y: 230, width: 140, height: 140 };
    const clusters = clusterUnlabelled(points, new Set(['a', 'd']), BOUNDS, { badge: BADGE, obstacles: [walled], farRings: 0 });
    expect(clusters).toEqual([expect.objectContaining({ number: 1, members: ['a', 'd'], anchor: 'a' })]);
  });

  it('tries the badge beside the next member when the first has no room', () => {
    const crowd = [at('a', 100, 100), at('b', 140, 100)];
    const walled = { x: 60, y: 60, width: 60, height: 80 };
    const [cluster] = clusterUnlabelled(crowd, new Set(['a', 'b']), BOUNDS, { badge: BADGE, obstacles: [walled], farRings: 0 });
    expect(cluster).toMatchObject({ members: ['a', 'b'], anchor: 'b', ring: 0 });
  });

  it('puts one badge holding every unlabelled point at the nearest free spot when none fits beside a cluster', () => {
    // Walls round both points; the only free room is the strip along the bottom right.
    const walls = [
      { x: 0, y: 0, width: 600, height: 360 },
      { x: 0, y: 360, width: 300, height: 40 },
    ];
    const clusters = clusterUnlabelled(points, new Set(['a', 'd']), BOUNDS, { badge: BADGE, obstacles: walls, farRings: 0 });
    expect(clusters).toEqual([expect.objectContaining({ number: 1, members: ['a', 'd'], anchor: 'a', ring: 1 })]);
    const badge = clusters[0]!.badge;
    for (const wall of walls) expect(rectOverlapArea(badge, wall)).toBe(0);
    // The free spot nearest to a (100, 100): the strip's left end, on the grid of half a badge's height.
    expect(badge).toMatchObject({ y: 360, width: 24, height: 18 });
    expect(badge.x).toBeGreaterThanOrEqual(300);
    expect(badge.x).toBeLessThan(300 + 9);
  });

  it('still names every unlabelled point when no badge fits anywhere: one badge holds them all', () => {
    const clusters = clusterUnlabelled(points, new Set(['a', 'd']), BOUNDS, { badge: BADGE, obstacles: [BOUNDS] });
    expect(clusters).toEqual([expect.objectContaining({ number: 1, members: ['a', 'd'], anchor: 'a' })]);
  });

  it('numbers the clusters in reading order of their badges', () => {
    const spots = [at('low-left', 50, 350), at('top-right', 500, 40), at('top-left', 60, 40)];
    const clusters = clusterUnlabelled(spots, new Set(['low-left', 'top-right', 'top-left']), BOUNDS, { badge: BADGE });
    expect(clusters.map((cluster) => [cluster.number, cluster.members[0]])).toEqual([
      [1, 'top-left'],
      [2, 'top-right'],
      [3, 'low-left'],
    ]);
  });

  it('keeps a badge off a labelled point sitting where the badge would go first, whichever side of it', () => {
    for (const [dx, dy] of [[19, 0], [0, 19], [-19, 0], [0, -19], [19, 9]]) {
      const board = [at('a', 100, 100), at('b', 100 + dx!, 100 + dy!)];
      const [cluster] = clusterUnlabelled(board, new Set(['a']), BOUNDS, { badge: BADGE });
      expect(discMeetsBox(board[1]!, cluster!.badge), `b at ${dx}, ${dy}`).toBe(false);
      expect(discMeetsBox(board[0]!, cluster!.badge)).toBe(false);
    }
  });

  it('on a board with room to spare, never puts a badge over a point, another badge or outside the bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 400 }), hidden: fc.boolean(), radius: fc.integer({ min: 2, max: 9 }) }), { maxLength: 24 }),
        (raw) => {
          const board = raw.map((each, index) => at(`p${index}`, each.x, each.y, 'q', each.radius));
          const hidden = new Set(board.filter((_, index) => raw[index]!.hidden).map((p) => p.id));
          const badges = clusterUnlabelled(board, hidden, BOUNDS, { badge: BADGE }).map((cluster) => cluster.badge);
          badges.forEach((badge, i) => {
            for (const p of board) expect(discMeetsBox(p, badge), `${p.id} under badge ${i + 1}`).toBe(false);
            for (const other of badges.slice(i + 1)) expect(rectOverlapArea(badge, other)).toBe(0);
            expect([badge.x >= 0, badge.y >= 0, badge.x + badge.width <= 600, badge.y + badge.height <= 400]).toEqual([true, true, true, true]);
          });
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('puts every unlabelled point in exactly one cluster, never a labelled one, the same every time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 400 }), hidden: fc.boolean(), group: fc.constantFrom('a', 'b') }), { maxLength: 80 }),
        (raw) => {
          const board = raw.map((each, index) => at(`p${index}`, each.x, each.y, each.group));
          const hidden = new Set(board.filter((_, index) => raw[index]!.hidden).map((p) => p.id));
          const clusters = clusterUnlabelled(board, hidden, BOUNDS, { badge: BADGE });
          const members = clusters.flatMap((cluster) => cluster.members);
          expect(members.sort()).toEqual([...hidden].sort());
          expect(clusters.map((cluster) => cluster.number)).toEqual(clusters.map((_, index) => index + 1));
          expect(clusterUnlabelled(board, hidden, BOUNDS, { badge: BADGE })).toEqual(clusters);
        },
      ),
    );
  });

  it('reserves room, off the labels’ own, only for the clusters whose badge finds none among the labels', () => {
    // Labels fill the room round d; a's cluster has room beside it.
    const labels = [{ x: 330, y: 230, width: 140, height: 140 }];
    const room = reserveBadgeRoom(points, new Set(['a', 'd']), BOUNDS, labels, { badge: BADGE, farRings: 0 });
    expect(room).toHaveLength(1);
    const [box] = room as [PixelRect];
    expect(box).toMatchObject(BADGE);
    // Beside d (400, 300), under the labels it will push away, and over no point.
    expect(Math.hypot(box.x + box.width / 2 - 400, box.y + box.height / 2 - 300)).toBeLessThan(30);
    expect(rectOverlapArea(box, labels[0]!)).toBeGreaterThan(0);
    for (const p of points) expect(discMeetsBox(p, box), p.id).toBe(false);
    // Labels placed again off that box leave d's cluster its own badge there.
    const kept = [{ x: 330, y: 230, width: 140, height: box.y - 230 }];
    const clusters = clusterUnlabelled(points, new Set(['a', 'd']), BOUNDS, { badge: BADGE, obstacles: kept, farRings: 0 });
    expect(clusters.map((cluster) => cluster.members)).toEqual([['a'], ['d']]);
  });

  it('reserves nothing where every badge finds room among the labels, and keeps off obstacles and badges it placed', () => {
    expect(reserveBadgeRoom(points, new Set(['a', 'd']), BOUNDS, [], { badge: BADGE })).toEqual([]);
    const obstacle = { x: 380, y: 270, width: 60, height: 60 };
    const room = reserveBadgeRoom(points, new Set(['d']), BOUNDS, [{ x: 300, y: 200, width: 300, height: 200 }], { badge: BADGE, obstacles: [obstacle] });
    expect(room).toHaveLength(1);
    expect(rectOverlapArea(room[0]!, obstacle)).toBe(0);
  });

  it('takes the free spot nearest the first unlabelled point, not the first one found', () => {
    // Free room at the top left corner and beside d, near the bottom right: d's is nearer.
    const walls = [
      { x: 60, y: 0, width: 540, height: 280 },
      { x: 0, y: 40, width: 60, height: 360 },
      { x: 60, y: 280, width: 430, height: 120 },
      { x: 490, y: 330, width: 110, height: 70 },
    ];
    const [cluster] = clusterUnlabelled([at('d', 470, 300), at('a', 100, 100)], new Set(['d', 'a']), BOUNDS, { badge: BADGE, obstacles: walls, farRings: 0 });
    expect(cluster!.members).toEqual(['d', 'a']);
    for (const wall of walls) expect(rectOverlapArea(cluster!.badge, wall)).toBe(0);
    expect(cluster!.badge.x).toBeGreaterThanOrEqual(490);
    expect(cluster!.badge.y).toBeGreaterThanOrEqual(280);
    expect(cluster!.badge.y + cluster!.badge.height).toBeLessThanOrEqual(330);
    // On the grid of half a badge's height (9 px), the nearest free spot to d.
    expect(cluster!.badge).toMatchObject({ x: 495, y: 288 });
  });

  it('draws the one badge beside the first point, inside the bounds, where no spot at all is free', () => {
    const bounds = { x: 50, y: 40, width: 500, height: 300 };
    const badgeOf = (p: ClusterPoint) => clusterUnlabelled([p], new Set([p.id]), bounds, { badge: BADGE, obstacles: [bounds], gap: 3 })[0]!;
    expect(badgeOf(at('mid', 200, 100))).toMatchObject({ badge: { x: 208, y: 91, width: 24, height: 18 }, ring: 0 });
    // Clamped at the right and bottom edges, and at the left and top ones.
    expect(badgeOf(at('corner', 545, 339)).badge).toMatchObject({ x: 526, y: 322 });
    expect(badgeOf(at('outside', 10, 20, 'q', 2)).badge).toMatchObject({ x: 50, y: 40 });
  });

  it('lists a cluster’s members in input order when another cluster joins it', () => {
    // d comes first but its badge has no room; a's takes d in.
    const walled = { x: 330, y: 230, width: 140, height: 140 };
    const [cluster] = clusterUnlabelled([at('d', 400, 300), at('a', 100, 100)], new Set(['a', 'd']), BOUNDS, { badge: BADGE, obstacles: [walled], farRings: 0 });
    expect(cluster).toMatchObject({ members: ['d', 'a'], anchor: 'a' });
  });

  it('puts a cluster whose badge finds no room into the cluster whose badge is nearest, of several', () => {
    const walled = { x: 330, y: 230, width: 140, height: 140 };
    const spots = [at('left', 60, 60), at('right', 560, 340), at('d', 400, 300)];
    const clusters = clusterUnlabelled(spots, new Set(['left', 'right', 'd']), BOUNDS, { badge: BADGE, obstacles: [walled], farRings: 0 });
    expect(clusters.map((cluster) => cluster.members)).toEqual([['left'], ['right', 'd']]);
  });

  it('leaves out a point it cannot place (not a finite position or size), and keeps it off no badge', () => {
    const odd = [at('a', 100, 100), { ...at('lost', Number.NaN, 100) }, { ...at('far', 100, Number.POSITIVE_INFINITY) }, { ...at('huge', 300, 300, 'q', Number.NaN) }];
    const clusters = clusterUnlabelled(odd, new Set(['a', 'lost', 'far', 'huge']), BOUNDS, { badge: BADGE });
    expect(clusters.map((cluster) => cluster.members)).toEqual([['a']]);
    expect(reserveBadgeRoom(odd, new Set(['lost', 'far', 'huge']), BOUNDS, [BOUNDS], { badge: BADGE })).toEqual([]);
  });

  it('reserves nothing when every point has its label, however crowded', () => {
    expect(reserveBadgeRoom(points, new Set(), BOUNDS, [{ x: 0, y: 0, width: 600, height: 400 }], { badge: BADGE })).toEqual([]);
  });
});

