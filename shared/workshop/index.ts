// The workshop's domain rules as pure functions: scoring, disagreement, quadrants, ranking,
// votes, warnings, weight sensitivity, blind scoring, chart label placement, the 80/20 of the backlog
// the comparison of two sessions and the words of a follow-up.
export * from './statistics';
export * from './compare';
export * from './scale';
export * from './quadrant';
export * from './scoring';
export * from './disagreement';
export * from './gaps';
export * from './ranking';
export * from './votes';
export * from './warnings';
export * from './sensitivity';
export * from './blind-scoring';
export * from './labels';
export * from './matrix';
export * from './runners-up';
export * from './readiness';
export * from './score-keys';
export * from './label-text';
export * from './spread';
export * from './clusters';
export * from './pareto';
export * from './comparison-names';
export * from './comparison-matching';
export * from './comparison-criteria';
export * from './comparison-reasons';
export * from './comparison';
export * from './comparison-rows';
export * from './comparison-marks';
export * from './comparison-notes';
export * from './follow-up-words';
