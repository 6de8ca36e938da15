// Words for the session's enum values as people read them in exports (the decision record).
// A candidate's choices (status, data available) have theirs in CANDIDATE_FIELDS.
import type { Background, ProductionConstraint } from '../session/schema';

export const EXPORT_BACKGROUND_LABELS: Readonly<Record<Background, string>> = {
  business: 'Business',
  technical: 'Technical',
  domain: 'Domain',
  data: 'Data',
};

/** The production constraints in checklist order, with their names. */
export const PRODUCTION_CONSTRAINT_LABELS: Readonly<Record<ProductionConstraint, string>> = {
  'data-availability': 'Data availability',
  infrastructure: 'Infrastructure',
  scaling: 'Scaling',
  availability: 'Availability',
  'data-security': 'Data security',
  integration: 'Integration',
  reproducibility: 'Reproducibility',
  'know-how': 'Team know-how',
};
