// Points whose label found no room (the hidden placements of labels.ts) are named by numbered
// clusters: one badge for a few unlabelled points close together, which expands on the Map and
// is listed member by member in the key where nobody can click. In pixel space (y grows down).
//
// Rule:
//  1. Gather. The unlabelled points are walked in input order (put the points that matter most
//     first). Each one not yet in a cluster opens one and gathers every unlabelled point of its
//     own group (its quadrant: a cluster never spans a threshold) within `near` px of it that is
//     not yet gathered. Near is a few discs across (default 56 px, about a third of a label's
//     width): the points gathered read as one spot of the chart, and a cluster is never wider
//     than twice that. Labelled points never join: they are already named.
//  2. Badge. Each cluster's badge is placed like a label, by placeLabels: beside one of its
//     members or a few steps further out (with a line back), inside the bounds, overlapping no
//     label, no point, no obstacle and no badge placed before it. The members are tried in
//     input order, one round each, up to `tries` rounds.
//  3. A cluster whose badge found no room, a lone point included, joins the cluster whose badge
//     is nearest to its first point: its own badge found no room, so the nearest badge is the
//     place a reader looks for it. A lone point whose badge did fit stays a cluster of one: its
//     badge is smaller than its code, and names it where the code could not. When no badge fits
//     beside any cluster (a small chart in large type, nearly every label hidden), one badge
//     holding every unlabelled point goes to the free spot nearest the first of them, anywhere
//     in the bounds, with a line back; only with no free spot at all is it drawn over what is
//     there: a point without a name is worse than a covered one.
//     A board calls reserveBadgeRoom first (below): the badges that would find no room among
//     the labels claim it before them, and the labels are placed again keeping off it.
//  4. Number. Clusters are numbered 1, 2, … in reading order of their badges (top to bottom in
//     bands of a badge's height, then left to right), so the key reads like the chart.
// Same input, same output.
import { placeLabels, rectOverlapArea, type LabelSize, type PixelRect } from './labels';

/** A drawn point: its centre, its drawing's reach, and its group (a cluster keeps to one). */
export interface ClusterPoint {
  id: string;
  x: number;
  y: number;
  radius: number;
  group?: string;
}

/** Tuning for clusterUnlabelled. */
export interface ClusterOptions {
  /** The badge's size, px (wide enough for the longest number it shows). */
  badge: LabelSize;
  /** How close an unlabelled point must be to a cluster's first point to join it, px (default 56). */
  near?: number;
  /** Boxes no badge may overlap: the labels drawn, quadrant names, threshold handles, whiskers. */
  obstacles?: readonly PixelRect[];
  /** Steps further out a badge may go, as for labels (default 4). */
  farRings?: number;
  /** How many of a cluster's members its badge is tried beside (default 3; each round is a placement over the whole board). */
  tries?: number;
  /** Space between a point's edge and its badge, px (default 3). */
  gap?: number;
}

/** One numbered cluster: its members in input order, and where its badge goes. */
export interface PointCluster {
  /** 1, 2, … in reading order of the badges. */
  number: number;
  members: string[];
  /** The member the badge sits beside. */
  anchor: string;
  badge: PixelRect;
  /** Steps further out than beside the anchor (more than 0: a line leads back to it). */
  ring: number;
}

/** Defaults of ClusterOptions (but the badge's size, which is the chart's). */
export const CLUSTER_DEFAULTS = { near: 56, farRings: 4, tries: 3, gap: 3 } as const;

interface Gathered {
  members: ClusterPoint[];
  badge: { box: PixelRect; anchor: string; ring: number } | null;
}

/** A point that can be placed: a finite centre and size (any other is left out of every cluster). */
const finite = (p: ClusterPoint) => Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.radius);

/** Numbered clusters for the unlabelled points, by the rule at the top of this file. */
export function clusterUnlabelled(points: readonly ClusterPoint[], unlabelled: ReadonlySet<string>, bounds: PixelRect, options: ClusterOptions): PointCluster[] {
  const near = options.near ?? CLUSTER_DEFAULTS.near;
  const lonely = points.filter((p) => unlabelled.has(p.id) && finite(p));
  if (lonely.length === 0) return [];
  const clusters = gather(lonely, near);
  // Stryker disable next-line MethodExpression: a point not drawn gives a disc without a finite area, which placeLabels drops.
  placeBadges(clusters, points.filter(finite), bounds, options);

  const placed = clusters.filter((cluster) => cluster.badge !== null);
  if (placed.length === 0) {
    // No room beside any cluster: one badge holds every unlabelled point, at the nearest free spot.
    const first = lonely[0]!;
    const { width, height } = options.badge;
    const discs = points.filter(finite).map((p) => ({ x: p.x - p.radius, y: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius }));
    const spot = nearestFreeSpot(first, options.badge, bounds, [...(options.obstacles ?? []), ...discs]);
    const x = Math.min(Math.max(first.x + first.radius + (options.gap ?? CLUSTER_DEFAULTS.gap), bounds.x), bounds.x + bounds.width - width);
    const y = Math.min(Math.max(first.y - height / 2, bounds.y), bounds.y + bounds.height - height);
    return [{ number: 1, members: lonely.map((p) => p.id), anchor: first.id, badge: spot ?? { x, y, width, height }, ring: spot === null ? 0 : 1 }];
  }
  for (const cluster of clusters) {
    if (cluster.badge !== null) continue;
    nearestPlaced(cluster, placed).members.push(...cluster.members);
  }
  // Members back in input order: the most important first, whichever cluster they came from.
  const rank = new Map(lonely.map((p, index) => [p.id, index]));
  const band = Math.max(1, options.badge.height);
  return placed
    .map((cluster) => ({ cluster, box: cluster.badge!.box }))
    .sort((a, b) => Math.floor(a.box.y / band) - Math.floor(b.box.y / band) || a.box.x - b.box.x || a.box.y - b.box.y)
    .map(({ cluster }, index) => ({
      number: index + 1,
      members: cluster.members.map((p) => p.id).sort((a, b) => rank.get(a)! - rank.get(b)!),
      anchor: cluster.badge!.anchor,
      badge: cluster.badge!.box,
      ring: cluster.badge!.ring,
    }));
}

/**
 * Room for the badges before the labels take it. Labels placed first can fill the room beside
 * every cluster, and step 3 would then gather a crowded board's unlabelled points under a badge
 * or two. So: the clusters (step 1) whose badge finds no room among `labels` (step 2) are given
 * the box their badge would take were no label drawn; a board places its labels again keeping
 * off these boxes, then calls clusterUnlabelled. `options.obstacles` must not hold the labels.
 */
export function reserveBadgeRoom(
  points: readonly ClusterPoint[],
  unlabelled: ReadonlySet<string>,
  bounds: PixelRect,
  labels: readonly PixelRect[],
  options: ClusterOptions,
): PixelRect[] {
  const drawn = points.filter(finite);
  const clusters = gather(
    drawn.filter((p) => unlabelled.has(p.id)),
    options.near ?? CLUSTER_DEFAULTS.near,
  );
  // Stryker disable next-line ArrayDeclaration: placeLabels drops an obstacle that is not a box.
  placeBadges(clusters, drawn, bounds, { ...options, obstacles: [...(options.obstacles ?? []), ...labels] });
  const crowded = clusters.filter((cluster) => cluster.badge === null);
  // Stryker disable next-line ArrayDeclaration: as above.
  placeBadges(crowded, drawn, bounds, { ...options, obstacles: [...(options.obstacles ?? []), ...badgeBoxes(clusters)] });
  return badgeBoxes(crowded);
}

/** The boxes of the badges placed. */
function badgeBoxes(clusters: readonly Gathered[]): PixelRect[] {
  return clusters.flatMap((cluster) => (cluster.badge === null ? [] : [cluster.badge.box]));
}

/** Step 1: greedy gathering round each first point, through a grid of cells `near` across. */
function gather(lonely: readonly ClusterPoint[], near: number): Gathered[] {
  const cell = Math.max(1, near);
  const grid = new Map<number, number[]>();
  // A cell's number: columns a million rows apart, as spread.ts's grid. Two cells sharing a
  // number would only hand the distance check points it turns away.
  // Stryker disable next-line ArrowFunction,ArithmeticOperator: as just said.
  const key = (ix: number, iy: number) => ix * 1_048_576 + iy;
  lonely.forEach((p, index) => {
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const list = grid.get(k);
    if (list === undefined) grid.set(k, [index]);
    else list.push(index);
  });
  // Stryker disable next-line ArrayDeclaration: an empty list reads undefined, as falsy as false.
  const taken = new Array<boolean>(lonely.length).fill(false);
  const clusters: Gathered[] = [];
  lonely.forEach((first, index) => {
    if (taken[index]) return;
    taken[index] = true;
    const members = [first];
    const ix = Math.floor(first.x / cell);
    const iy = Math.floor(first.y / cell);
    const nearby: number[] = [];
    // Stryker disable next-line ArithmeticOperator: dx and dy run from -1 to 1, so ix - dx visits the same cells.
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) nearby.push(...(grid.get(key(ix + dx, iy + dy)) ?? []));
    // In input order, whichever cell they sit in.
    for (const other of nearby.sort((a, b) => a - b)) {
      const p = lonely[other]!;
      if (taken[other] || p.group !== first.group || Math.hypot(p.x - first.x, p.y - first.y) > near) continue;
      taken[other] = true;
      members.push(p);
    }
    clusters.push({ members, badge: null });
  });
  return clusters;
}

/** Step 2: each cluster's badge beside its first member, else its second, … placed like labels. */
function placeBadges(clusters: Gathered[], drawn: readonly ClusterPoint[], bounds: PixelRect, options: ClusterOptions): void {
  const tries = options.tries ?? CLUSTER_DEFAULTS.tries;
  // Stryker disable next-line ArrayDeclaration: placeLabels drops an obstacle that is not a box.
  const badges: PixelRect[] = [];
  for (let round = 0; round < tries; round++) {
    const trying = clusters.filter((cluster) => cluster.badge === null && round < cluster.members.length);
    // Stryker disable next-line ConditionalExpression: a round with no cluster to try places nothing.
    if (trying.length === 0) return;
    const anchors = new Set(trying.map((cluster) => cluster.members[round]!.id));
    // Every other point's disc is a box no badge covers; the anchors' own are placeLabels' markers.
    const discs = drawn.filter((p) => !anchors.has(p.id)).map((p) => ({ x: p.x - p.radius, y: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius }));
    const placements = placeLabels(
      trying.map((cluster) => {
        const anchor = cluster.members[round]!;
        return { id: anchor.id, x: anchor.x, y: anchor.y, radius: anchor.radius, ...options.badge };
      }),
      bounds,
      // Stryker disable next-line ArrayDeclaration: placeLabels drops an obstacle that is not a box.
      { obstacles: [...(options.obstacles ?? []), ...discs, ...badges], maxPointOverlap: 0, farRings: options.farRings ?? CLUSTER_DEFAULTS.farRings, gap: options.gap ?? CLUSTER_DEFAULTS.gap },
    );
    placements.forEach((placement, index) => {
      if (placement.hidden) return;
      const { x, y, width, height } = placement;
      trying[index]!.badge = { box: { x, y, width, height }, anchor: placement.id, ring: placement.ring };
      badges.push({ x, y, width, height });
    });
  }
}

/**
 * The free box of `size` nearest to the point, on a grid of half the box's height across the
 * bounds, overlapping none of `boxes`; null when there is none. Tried only when no badge fits
 * beside any cluster, so a plain scan (a few thousand spots against the board's boxes) will do.
 */
function nearestFreeSpot(point: ClusterPoint, size: LabelSize, bounds: PixelRect, boxes: readonly PixelRect[]): PixelRect | null {
  const step = Math.max(1, size.height / 2);
  // Stryker disable next-line ArrayDeclaration: a spot that is not one compares as equal to every spot, stays first, and its box (NaN) is never free.
  const spots: { x: number; y: number; distance: number }[] = [];
  for (let x = bounds.x; x + size.width <= bounds.x + bounds.width; x += step) {
    for (let y = bounds.y; y + size.height <= bounds.y + bounds.height; y += step) {
      spots.push({ x, y, distance: Math.hypot(x + size.width / 2 - point.x, y + size.height / 2 - point.y) });
    }
  }
  // Nearest first; on a tie the upper, then (the spots are listed left to right and the sort is stable) the left.
  spots.sort((a, b) => a.distance - b.distance || a.y - b.y);
  for (const { x, y } of spots) {
    const box = { x, y, width: size.width, height: size.height };
    if (boxes.every((other) => rectOverlapArea(box, other) === 0)) return box;
  }
  return null;
}

/** Step 3: the placed cluster whose badge's centre is nearest to this one's first point (the first such on a tie). */
function nearestPlaced(cluster: Gathered, placed: readonly Gathered[]): Gathered {
  const { x, y } = cluster.members[0]!;
  let best = placed[0]!;
  let bestDistance = Infinity;
  for (const other of placed) {
    const box = other.badge!.box;
    const distance = Math.hypot(box.x + box.width / 2 - x, box.y + box.height / 2 - y);
    if (distance < bestDistance) {
      best = other;
      bestDistance = distance;
    }
  }
  return best;
}
