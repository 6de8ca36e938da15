// A session as a version-1 file held it, for the tests of opening older files: no readiness
// checklists (the focus had "production constraints checked" instead), no "How it is
// measured", the focus's key metric copied into the decision, and the scores as flat lists of
// objects.
import type { Session } from '../../../shared/session/schema';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The version-1 data of `session`, with `constraintsChecked` as given (the old constraint ids). */
export function version1Data(session: Session, constraintsChecked: string[] = []): Json {
  const { readinessItems: _items, ...rest } = structuredClone(session);
  const focus = rest.candidates.find((candidate) => candidate.id === rest.decision.focusCandidateId);
  const { focusCandidateId, rationale, ...plan } = rest.decision;
  return {
    ...rest,
    version: 1,
    candidates: rest.candidates.map(({ readiness: _readiness, measurement: _measurement, ...candidate }) => candidate),
    decision: { focusCandidateId, rationale, keyMetric: focus?.keyMetric ?? '', ...plan, constraintsChecked },
  };
}

/** The text of a version-1 file of `data`, laid out as version 1 wrote it. */
export function version1Text(data: Json): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** What a version-1 file of `session` opens as: the same session, with no checklists yet and nothing said of how a metric is measured. */
export function withoutChecklists(session: Session): Session {
  return { ...session, candidates: session.candidates.map((candidate) => ({ ...candidate, measurement: '', readiness: [] })) };
}
