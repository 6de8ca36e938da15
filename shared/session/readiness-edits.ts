import { DATA_AVAILABLE_ITEM, READINESS_OF_DATA_AVAILABILITY, type Candidate, type DataAvailability, type ReadinessAnswer, type ReadinessEntry, type ReadinessItem, type Session } from './schema';

// Pure edits of a candidate's readiness checklist (schema.ts: an item with no entry is
// unknown). An answer set back to unknown with no evidence and no owner leaves no entry, so a
// checklist the room touched and undid is the same as one never filled, and entries stay in
// the order of the session's items, so the file diffs cleanly whatever order they were given.

// The "Data available" field of a candidate and the checklist's data-available item ask the
// same question (schema.ts): an answer given in either is the answer of both.
const FIELD_OF_ANSWER = Object.fromEntries(Object.entries(READINESS_OF_DATA_AVAILABILITY).map(([field, answer]) => [answer, field])) as Record<ReadinessAnswer, DataAvailability>;

/** The candidate with its "Data available" field set, and its data-available answer with it when it has one. */
export function withDataAvailability(candidate: Candidate, dataAvailability: DataAvailability): Candidate {
  const answer = READINESS_OF_DATA_AVAILABILITY[dataAvailability];
  return {
    ...candidate,
    dataAvailability,
    readiness: candidate.readiness.map((entry) => (entry.itemId === DATA_AVAILABLE_ITEM ? { ...entry, answer } : entry)),
  };
}

/**
 * The candidate with its "Data available" field and its data-available answer made to agree
 * (after a merge brought them from two candidates): a known field wins, and an unknown field
 * takes a known answer.
 */
export function dataAvailabilityInStep(candidate: Candidate): Candidate {
  const answer = candidate.readiness.find((entry) => entry.itemId === DATA_AVAILABLE_ITEM)?.answer;
  // An unknown answer leaves the field unknown, as it was.
  if (candidate.dataAvailability === 'unknown' && answer !== undefined) return { ...candidate, dataAvailability: FIELD_OF_ANSWER[answer] };
  return withDataAvailability(candidate, candidate.dataAvailability);
}

export type ReadinessChange = Partial<Pick<ReadinessEntry, 'answer' | 'evidence' | 'owner'>>;

// Not trimmed: a space typed first in an empty field is kept, as in any text field, rather than
// taking the entry (and the field's text) away under the cursor.
function isBlank(entry: ReadinessEntry): boolean {
  return entry.answer === 'unknown' && entry.evidence === '' && entry.owner === '';
}

/**
 * Sets one item of one candidate's checklist. An item or a candidate the session does not have
 * changes nothing: the session comes back as it was.
 */
export function setReadinessAnswer(session: Session, candidateId: string, itemId: string, change: ReadinessChange): Session {
  const order = new Map(session.readinessItems.map((item, i) => [item.id, i]));
  if (!order.has(itemId) || !session.candidates.some((candidate) => candidate.id === candidateId)) return session;
  return {
    ...session,
    candidates: session.candidates.map((candidate) => {
      if (candidate.id !== candidateId) return candidate;
      const earlier = candidate.readiness.find((entry) => entry.itemId === itemId) ?? { itemId, answer: 'unknown', evidence: '', owner: '' };
      const updated: ReadinessEntry = { ...earlier, ...change };
      const others = candidate.readiness.filter((entry) => entry.itemId !== itemId);
      const readiness = isBlank(updated) ? others : [...others, updated];
      readiness.sort((a, b) => (order.get(a.itemId) ?? order.size) - (order.get(b.itemId) ?? order.size));
      const dataAvailability = itemId === DATA_AVAILABLE_ITEM && change.answer !== undefined ? FIELD_OF_ANSWER[change.answer] : candidate.dataAvailability;
      return { ...candidate, readiness, dataAvailability };
    }),
  };
}

/** Adds an item to the session's checklist, last. An id the session already has changes nothing. */
export function addReadinessItem(session: Session, item: ReadinessItem): Session {
  if (session.readinessItems.some((each) => each.id === item.id)) return session;
  return { ...session, readinessItems: [...session.readinessItems, item] };
}

/** Renames an item or changes its question; the answers stay with it. */
export function updateReadinessItem(session: Session, itemId: string, change: Partial<Pick<ReadinessItem, 'name' | 'question'>>): Session {
  return { ...session, readinessItems: session.readinessItems.map((item) => (item.id === itemId ? { ...item, ...change } : item)) };
}

/** Removes an item and every candidate's answer to it, so no answer names an item the session does not hold. */
export function removeReadinessItem(session: Session, itemId: string): Session {
  if (!session.readinessItems.some((item) => item.id === itemId)) return session;
  return {
    ...session,
    readinessItems: session.readinessItems.filter((item) => item.id !== itemId),
    candidates: session.candidates.map((candidate) =>
      candidate.readiness.some((entry) => entry.itemId === itemId) ? { ...candidate, readiness: candidate.readiness.filter((entry) => entry.itemId !== itemId) } : candidate,
    ),
  };
}
