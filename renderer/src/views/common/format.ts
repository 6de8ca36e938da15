import { percentOf } from '../../../../shared';

/** A score or aggregate as the room reads it: one decimal, "–" when there is none. */
export function formatScore(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(1);
}

/** A share of the backlog (0..1) as the 80/20 says it: a whole percent, as in its sentence. */
export function formatShare(share: number): string {
  return `${percentOf(share)} %`;
}

/** Impact ÷ complexity with two decimals; "∞" for no complexity (outside the app's scales). */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? ratio.toFixed(2) : '∞';
}

/** A change on an axis, signed, one decimal as the scores are shown; empty when it rounds to none. */
export function formatChange(change: number): string {
  const shown = change.toFixed(1);
  if (Number(shown) === 0) return '';
  return change > 0 ? `+${shown}` : `−${shown.slice(1)}`;
}
