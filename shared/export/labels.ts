// Words for the session's enum values as people read them in exports (CSV cells, the decision
// record). The CSV importer also accepts these words back, so they are the one list.
import type { Background, CandidateStatus, DataAvailability, ProductionConstraint } from '../session/schema';

export const EXPORT_STATUS_LABELS: Readonly<Record<CandidateStatus, string>> = {
  open: 'Open',
  shortlisted: 'Shortlisted',
  focus: 'Focus',
  parked: 'Parked',
  'non-ml': 'Better without ML',
};

export const EXPORT_BACKGROUND_LABELS: Readonly<Record<Background, string>> = {
  business: 'Business',
  technical: 'Technical',
  domain: 'Domain',
  data: 'Data',
};

/** Written into the CSV's "Data available" column as is (short, and read back by the importer). */
export const EXPORT_DATA_AVAILABILITY_LABELS: Readonly<Record<DataAvailability, string>> = {
  unknown: 'unknown',
  yes: 'yes',
  partly: 'partly',
  no: 'no',
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
