// Words for the session's enum values as people read them in exports (the decision record).
// A candidate's choices (status, data available) have theirs in CANDIDATE_FIELDS.
import type { Background, ReadinessAnswer } from '../session/schema';

export const EXPORT_BACKGROUND_LABELS: Readonly<Record<Background, string>> = {
  business: 'Business',
  technical: 'Technical',
  domain: 'Domain',
  data: 'Data',
};

/** A readiness answer as the checklist, the decision record and the brief say it. */
export const READINESS_ANSWER_LABELS: Readonly<Record<ReadinessAnswer, string>> = {
  ready: 'Ready',
  partly: 'Partly',
  missing: 'Missing',
  unknown: 'Unknown',
};
