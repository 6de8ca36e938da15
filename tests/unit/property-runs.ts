/**
 * How many generated cases a property test tries. Stryker reruns the tests that cover a mutant
 * once per mutant, and the property tests are most of that time; its suite
 * (vitest.stryker.config.mts) sets PICKWISE_PROPERTY_SHARE to try a share of them. A mutant a
 * property notices is nearly always caught in its first cases; `npm test` still tries them all.
 * A floor keeps properties that must see every kind of input (each damage, each fault) whole.
 */
export function propertyRuns(runs: number, floor = 25): number {
  const share = Number(process.env.PICKWISE_PROPERTY_SHARE ?? 1);
  if (!(share > 0 && share <= 1)) throw new Error(`PICKWISE_PROPERTY_SHARE must be above 0 and at most 1, not ${process.env.PICKWISE_PROPERTY_SHARE}`);
  return Math.max(Math.min(runs, floor), Math.round(runs * share));
}
