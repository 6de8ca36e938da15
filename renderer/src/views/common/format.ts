/** A score or aggregate as the room reads it: one decimal, "–" when there is none. */
export function formatScore(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(1);
}
