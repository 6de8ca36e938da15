import { formatDecimal, formatPercent, formatSigned, percentOf, type Language } from '../../../../shared';

// A score as the room reads it is the exports' rule too: written once in shared/.
export { formatScore } from '../../../../shared';

/** A share of the backlog (0..1) as the 80/20 says it: a whole percent, as in its sentence. */
export function formatShare(share: number, language: Language): string {
  return formatPercent(percentOf(share), language);
}

/** Impact ÷ complexity with two decimals; "∞" for no complexity (outside the app's scales). */
export function formatRatio(ratio: number, language: Language): string {
  return Number.isFinite(ratio) ? formatDecimal(ratio, 2, language) : '∞';
}

/** A change on an axis, signed, one decimal as the scores are shown; empty when it rounds to none. */
export function formatChange(change: number, language: Language): string {
  return formatSigned(change, 1, language);
}
