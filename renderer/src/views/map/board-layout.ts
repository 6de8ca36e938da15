import {
  clusterUnlabelled,
  labelForms,
  placeLabels,
  reserveBadgeRoom,
  spreadPoints,
  type ClusterPoint,
  type ComparisonTrail,
  tagsInUse,
  type LabelPlacement,
  type LabelReading,
  type MapPoint,
  type PixelRect,
  type Quadrant,
  type ReadinessFlag,
  type Session,
} from '../../../../shared';
import type { ColourBy, SizeBy } from '../../store/map-view-store';
import { LABEL_FONT, labelLinesSize, QUADRANT_NAME_FONT, quadrantNameSize } from './label-metrics';
import type { PointGeometry } from './point-mark';
import { EXACT_MARK_RADIUS, pointColour, pointRadius, reachWithReadinessMark, readinessMarkAt, ringsOutside, sizeMeasure } from './point-style';
import { trailBoxes, trailGeometry } from './trail-geometry';

// Turns the board into pixels for the chart: where each point is drawn (spread apart where
// points would cover each other, shared/workshop/spread.ts) and where its label goes
// (shared/workshop/labels.ts, in the forms of shared/workshop/label-text.ts). The rules live
// there; this file only gives them the chart's sizes and everything a label must keep off.

type Scale = (value: number) => number | undefined;

export interface BoardLayoutInput {
  session: Session;
  points: readonly MapPoint[];
  xScale: Scale;
  yScale: Scale;
  plot: PixelRect;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  readinessFlags: ReadonlyMap<string, ReadinessFlag>;
  large: boolean;
  /** Interactive on the Map (a shortened title can be hovered); print where nobody can hover. */
  reading: LabelReading;
  /** The arrows of a comparison in use (comparison-trails.tsx), which labels keep off where they can. */
  trails?: readonly ComparisonTrail[] | undefined;
}

/** What a drawn chart tells whoever shows it: what its key must list, and which whiskers it draws. */
export interface ChartLayoutReport {
  /** Candidates drawn by their code alone where nobody can hover: the chart's key lists them. */
  coded: readonly string[];
  /** Every point's whiskers, or (where they would leave a point without a label, or cost many their title) the selected point's alone. */
  whiskers: 'all' | 'selected';
  /** The members of each numbered cluster (cluster 1 first), most important first: points whose label found no room (shared/workshop/clusters.ts). */
  clusters: readonly (readonly string[])[];
}

/** A numbered cluster as drawn: its badge (placed like a label), the text on it, and a line back when it sits further out. */
export interface ClusterGeometry {
  number: number;
  members: readonly string[];
  badge: PixelRect;
  /** Its members' count where the chart can be clicked, its number where the key lists them. */
  text: string;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface BoardLayout extends ChartLayoutReport {
  geometry: Map<string, PointGeometry>;
  clusterMarks: readonly ClusterGeometry[];
}

/** Half the width of the strip round a threshold line that no label covers: its hit area (map.css .threshold-hit). */
const THRESHOLD_HALF_WIDTH = 7;
/** Half a whisker's width with a pixel to spare (map.css .whisker: 2 px). */
const WHISKER_HALF_WIDTH = 2;
/** The override's ghost circle (point-mark.tsx: r 4, a 1.5 px line) with a pixel to spare. */
const GHOST_REACH = 6;
/** How far a label may go from a crowded point, in steps of a line's height, drawn with a line back. */
const FAR_RINGS = 4;
/** The most points whose every whisker is tried as something labels keep off (see layoutBoard). */
const WHISKERS_TRIED = 150;

/** How far a point's drawing reaches from its centre: rings, the readiness badge and the dot's outline. */
function reachOf(radius: number, point: MapPoint, flagged: boolean, large: boolean): number {
  // The rings' own line: the focus ring's is 1.5 px, the fragile ring's 1 px (map.css).
  const rings = ringsOutside(point) + (point.focus ? 1.5 : point.unstable ? 1 : 0);
  return Math.max(radius + rings, flagged ? reachWithReadinessMark(radius, large) + 1 : 0) + 1.5;
}

function stripAlong(x1: number, y1: number, x2: number, y2: number, halfWidth: number): PixelRect {
  return { x: Math.min(x1, x2) - halfWidth, y: Math.min(y1, y2) - halfWidth, width: Math.abs(x2 - x1) + 2 * halfWidth, height: Math.abs(y2 - y1) + 2 * halfWidth };
}

/** Where every point, its label and its marks go, and which points the key must list. */
export function layoutBoard({ session, points, xScale, yScale, plot, colourBy, sizeBy, readinessFlags, large, reading, trails = [] }: BoardLayoutInput): BoardLayout {
  const geometry = new Map<string, PointGeometry>();
  const tags = tagsInUse(session);
  const { quadrantNames, thresholds } = session.settings;
  const board = {
    maxVotes: Math.max(0, ...points.map((point) => point.votes)),
    maxDisagreement: Math.max(0, ...points.map((point) => point.disagreement)),
  };
  const fontSize = large ? LABEL_FONT.large : LABEL_FONT.normal;
  const base = points.map((point) => {
    const radius = pointRadius(sizeMeasure(point, sizeBy, board), large);
    return {
      point,
      x: xScale(point.complexity) ?? 0,
      y: yScale(point.impact) ?? 0,
      radius,
      reach: reachOf(radius, point, readinessFlags.has(point.candidate.id), large),
    };
  });
  // The points that matter most are placed and labelled first: the focus, then by the ranking's priority.
  const order = [...base].sort((a, b) => Number(b.point.focus) - Number(a.point.focus) || b.point.priority - a.point.priority);

  // The quadrant names sit in the plot's corners (see matrix-chart.tsx): no point or label covers them.
  const nameFont = large ? QUADRANT_NAME_FONT.large : QUADRANT_NAME_FONT.normal;
  const nameBox = (quadrant: Quadrant, right: boolean, bottom: boolean): PixelRect => {
    const size = quadrantNameSize(quadrantNames[quadrant], nameFont);
    const width = size.width + 8;
    const height = size.height + 6;
    return { x: right ? plot.x + plot.width - width : plot.x, y: bottom ? plot.y + plot.height - height : plot.y, width, height };
  };
  const names = [nameBox('quick-wins', false, false), nameBox('big-bets', true, false), nameBox('fill-ins', false, true), nameBox('money-pits', true, true)];

  // A point spread apart stays in its quadrant: on its side of both threshold lines.
  const lineX = xScale(thresholds.complexity) ?? plot.x;
  const lineY = yScale(thresholds.impact) ?? plot.y;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const quadrantBox = (quadrant: Quadrant): PixelRect => {
    const lowComplexity = quadrant === 'quick-wins' || quadrant === 'fill-ins';
    const highImpact = quadrant === 'quick-wins' || quadrant === 'big-bets';
    const x0 = lowComplexity ? plot.x : lineX;
    const x1 = lowComplexity ? lineX - 1 : right;
    const y0 = highImpact ? plot.y : lineY + 1;
    const y1 = highImpact ? lineY : bottom;
    return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
  };
  const spread = new Map(
    spreadPoints(
      order.map((each) => ({ id: each.point.candidate.id, x: each.x, y: each.y, radius: each.reach, within: quadrantBox(each.point.quadrant) })),
      { obstacles: names },
    ).map((placed) => [placed.id, placed]),
  );

  // Everything a label keeps off besides labels and points: names, threshold lines, ghosts, exact-position marks (and whiskers, below).
  const obstacles: PixelRect[] = [
    ...names,
    stripAlong(plot.x, lineY, right, lineY, THRESHOLD_HALF_WIDTH),
    stripAlong(lineX, plot.y, lineX, bottom, THRESHOLD_HALF_WIDTH),
  ];
  const whiskers: PixelRect[] = [];
  for (const { point, x, y } of base) {
    if (point.impactRange) whiskers.push(stripAlong(x, yScale(point.impactRange.min) ?? y, x, yScale(point.impactRange.max) ?? y, WHISKER_HALF_WIDTH));
    if (point.complexityRange) whiskers.push(stripAlong(xScale(point.complexityRange.min) ?? x, y, xScale(point.complexityRange.max) ?? x, y, WHISKER_HALF_WIDTH));
    if (point.scoresPosition) {
      const gx = xScale(point.scoresPosition.complexity) ?? x;
      const gy = yScale(point.scoresPosition.impact) ?? y;
      obstacles.push(stripAlong(gx, gy, gx, gy, GHOST_REACH));
    }
    if (spread.get(point.candidate.id)?.moved) obstacles.push(stripAlong(x, y, x, y, EXACT_MARK_RADIUS + 1));
  }

  const forms = new Map(order.map((each) => [each.point.candidate.id, labelForms(each.point.candidate.code, each.point.candidate.title, reading)]));
  const labelPoints = order.map((each) => {
    const id = each.point.candidate.id;
    const shown = spread.get(id)!;
    const [own, ...fallbacks] = forms.get(id)!.map((form) => labelLinesSize(form.lines, fontSize));
    return { id, x: shown.x, y: shown.y, radius: each.reach, ...own!, fallbacks };
  });
  const place = (keepOff: readonly PixelRect[]) => placeLabels(labelPoints, plot, { obstacles: keepOff, maxPointOverlap: 0, farRings: FAR_RINGS });
  // A comparison's arrows, drawn to each dot where it is drawn, are kept off like the marks above
  // unless they would leave a point without the label it finds without them: a name first.
  const radiusOf = new Map(base.map((each) => [each.point.candidate.id, each.radius]));
  const arrows = trails.flatMap((trail) => {
    const shown = spread.get(trail.candidateId);
    const x = xScale(trail.from.complexity);
    const y = yScale(trail.from.impact);
    return shown && x !== undefined && y !== undefined ? trailBoxes(trailGeometry({ x, y }, shown, radiusOf.get(trail.candidateId)!)) : [];
  });
  if (arrows.length > 0) {
    const unnamed = (keepOff: readonly PixelRect[]) => place(keepOff).filter((placement) => placement.hidden).length;
    if (unnamed([...obstacles, ...arrows]) <= unnamed(obstacles)) obstacles.push(...arrows);
  }
  // Labels come before whiskers: where every point's whiskers would leave a point without a
  // label, or keep the titles of a quarter of the points more to their code alone, only the
  // selected point's whiskers are drawn (and nothing else keeps a label off them). A board
  // beyond WHISKERS_TRIED points is not tried with every whisker: it never leaves that much room.
  const codeAlone = (placed: readonly LabelPlacement[]) => placed.filter((placement) => placement.size > 0 && placement.size === forms.get(placement.id)!.length - 1).length;
  let placements = place(whiskers.length > 0 && points.length <= WHISKERS_TRIED ? [...obstacles, ...whiskers] : obstacles);
  let whiskersDrawn: ChartLayoutReport['whiskers'] = 'all';
  if (whiskers.length > 0 && (points.length > WHISKERS_TRIED || placements.some((placement) => placement.hidden))) {
    whiskersDrawn = 'selected';
    if (points.length <= WHISKERS_TRIED) placements = place(obstacles);
  } else if (whiskers.length > 0 && codeAlone(placements) > 0) {
    const without = place(obstacles);
    if (codeAlone(placements) - codeAlone(without) > points.length / 4) {
      whiskersDrawn = 'selected';
      placements = without;
    }
  }
  // Where labels leave points unnamed, their clusters' badges claim room first and the labels
  // are placed again keeping off it (shared/workshop/clusters.ts, reserveBadgeRoom).
  const drawn = order.map((each) => ({ ...spread.get(each.point.candidate.id)!, id: each.point.candidate.id, radius: each.reach, group: each.point.quadrant }));
  const badge = badgeSize(points.length, fontSize);
  const drawnWhiskers = whiskersDrawn === 'all' ? whiskers : [];
  const unnamed = new Set(placements.filter((placement) => placement.hidden).map((placement) => placement.id));
  if (unnamed.size > 0) {
    const room = reserveBadgeRoom(drawn, unnamed, plot, labelBoxes(placements), { badge, obstacles: [...obstacles, ...drawnWhiskers], farRings: FAR_RINGS });
    if (room.length > 0) placements = place([...obstacles, ...drawnWhiskers, ...room]);
  }
  const placementOf = new Map(placements.map((placement) => [placement.id, placement]));

  const coded: string[] = [];
  for (const each of base) {
    const { point } = each;
    const id = point.candidate.id;
    const shown = spread.get(id)!;
    const placement = placementOf.get(id);
    const form = placement ? forms.get(id)![placement.size] : undefined;
    if (reading === 'print' && placement && !placement.hidden && form?.form === 'code' && point.candidate.title.trim() !== '') coded.push(id);
    const mark = readinessFlags.has(id) ? readinessMarkAt(each.radius, large) : null;
    geometry.set(id, {
      x: shown.x,
      y: shown.y,
      exact: shown.moved ? { x: each.x, y: each.y } : null,
      radius: each.radius,
      colour: pointColour(point, colourBy, tags),
      labelLines: form?.lines ?? [],
      placement,
      labelLeader: placement && !placement.hidden && placement.ring > 0 ? leaderTo(placement, shown.x, shown.y, each.reach) : null,
      impactWhisker: point.impactRange ? [yScale(point.impactRange.min) ?? each.y, yScale(point.impactRange.max) ?? each.y] : null,
      complexityWhisker: point.complexityRange ? [xScale(point.complexityRange.min) ?? each.x, xScale(point.complexityRange.max) ?? each.x] : null,
      readinessMark: mark && { x: shown.x + mark.dx, y: shown.y + mark.dy, r: mark.r },
      ghost: point.scoresPosition ? { x: xScale(point.scoresPosition.complexity) ?? each.x, y: yScale(point.scoresPosition.impact) ?? each.y } : null,
    });
  }
  const clusterMarks = clusterBadges(drawn, placements, [...obstacles, ...drawnWhiskers], plot, badge, reading);
  return { geometry, coded, whiskers: whiskersDrawn, clusters: clusterMarks.map((cluster) => cluster.members), clusterMarks };
}

/** Side padding of a cluster's badge round its text, px (map.css .cluster-badge). */
const BADGE_PADDING = 6;

/** The boxes of the labels drawn (a hidden placement has none). */
function labelBoxes(placements: readonly LabelPlacement[]): PixelRect[] {
  return placements.filter((placement) => !placement.hidden).map(({ x, y, width, height }) => ({ x, y, width, height }));
}

/** A badge wide enough for the longest number any badge could show: a count or a number is at most the points'. */
function badgeSize(points: number, fontSize: number): { width: number; height: number } {
  const text = labelLinesSize(['8'.repeat(String(Math.max(1, points)).length)], fontSize);
  return { width: text.width + 2 * BADGE_PADDING, height: text.height + 2 };
}

/**
 * The numbered clusters that name the points whose label found no room: their badges keep off
 * the labels drawn, the points, whiskers drawn, threshold handles and quadrant names, as a
 * label does. On the Map a badge shows how many it holds; where nobody can click, its number.
 */
function clusterBadges(
  drawn: readonly ClusterPoint[],
  placements: readonly LabelPlacement[],
  obstacles: readonly PixelRect[],
  plot: PixelRect,
  badge: { width: number; height: number },
  reading: LabelReading,
): ClusterGeometry[] {
  const hidden = new Set(placements.filter((placement) => placement.hidden).map((placement) => placement.id));
  if (hidden.size === 0) return [];
  const at = new Map(drawn.map((point) => [point.id, point]));
  return clusterUnlabelled(drawn, hidden, plot, { badge, obstacles: [...obstacles, ...labelBoxes(placements)], farRings: FAR_RINGS }).map((cluster) => {
    const anchor = at.get(cluster.anchor)!;
    return {
      number: cluster.number,
      members: cluster.members,
      badge: cluster.badge,
      text: String(reading === 'print' ? cluster.number : cluster.members.length),
      leader: cluster.ring > 0 ? leaderTo(cluster.badge, anchor.x, anchor.y, anchor.radius) : null,
    };
  });
}

/** A line from a point's edge to the nearest corner or side of its label, set further out. */
function leaderTo(box: PixelRect, x: number, y: number, reach: number): { x1: number; y1: number; x2: number; y2: number } {
  const x2 = Math.min(Math.max(x, box.x), box.x + box.width);
  const y2 = Math.min(Math.max(y, box.y), box.y + box.height);
  const length = Math.hypot(x2 - x, y2 - y) || 1;
  return { x1: x + ((x2 - x) / length) * reach, y1: y + ((y2 - y) / length) * reach, x2, y2 };
}
