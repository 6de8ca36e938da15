import { describe, expect, it } from 'vitest';
import {
  checkSession,
  createSampleSession,
  addReadinessItem,
  mergeCandidateFields,
  readinessFlagSentence,
  readinessFlags,
  removeReadinessItem,
  updateReadinessItem,
  setReadinessAnswer,
  updateCandidate,
  type ReadinessEntry,
  type Session,
} from '../../../shared';

// Editing a candidate's readiness checklist (readiness-edits.ts), merging two checklists, and
// the sample's flagged disagreement.

const entry = (itemId: string, answer: ReadinessEntry['answer'], evidence = '', owner = ''): ReadinessEntry => ({ itemId, answer, evidence, owner });

function readinessOf(session: Session, candidateId: string): ReadinessEntry[] {
  return session.candidates.find((candidate) => candidate.id === candidateId)!.readiness;
}

/** The sample with a candidate whose checklist is empty and whose data is unknown. */
function blank(): Session {
  const sample = createSampleSession();
  return { ...sample, candidates: sample.candidates.map((candidate) => (candidate.id === 'cand-feed' ? { ...candidate, readiness: [], dataAvailability: 'unknown' } : candidate)) };
}

describe('setReadinessAnswer', () => {
  it('adds an answer, keeps answers in the order of the session’s items, and changes one field at a time', () => {
    let session = setReadinessAnswer(blank(), 'cand-feed', 'monitoring', { answer: 'missing' });
    session = setReadinessAnswer(session, 'cand-feed', 'scaling', { answer: 'ready', evidence: 'Two million events a day' });
    expect(readinessOf(session, 'cand-feed').map((each) => each.itemId)).toEqual(['scaling', 'monitoring']);
    session = setReadinessAnswer(session, 'cand-feed', 'monitoring', { owner: 'Jonas' });
    expect(readinessOf(session, 'cand-feed')).toEqual([entry('scaling', 'ready', 'Two million events a day'), entry('monitoring', 'missing', '', 'Jonas')]);
  });

  it('leaves no entry for an item set back to unknown with no evidence and no owner, and keeps one that has either', () => {
    const answered = setReadinessAnswer(blank(), 'cand-feed', 'scaling', { answer: 'partly' });
    expect(readinessOf(setReadinessAnswer(answered, 'cand-feed', 'scaling', { answer: 'unknown' }), 'cand-feed')).toEqual([]);
    const owned = setReadinessAnswer(answered, 'cand-feed', 'scaling', { answer: 'unknown', owner: 'Priya' });
    expect(readinessOf(owned, 'cand-feed')).toEqual([entry('scaling', 'unknown', '', 'Priya')]);
    expect(readinessOf(setReadinessAnswer(owned, 'cand-feed', 'scaling', { owner: '' }), 'cand-feed')).toEqual([]);
    // Evidence alone keeps the entry too, unknown until someone answers.
    expect(readinessOf(setReadinessAnswer(blank(), 'cand-feed', 'scaling', { evidence: 'Ask ops' }), 'cand-feed')).toEqual([entry('scaling', 'unknown', 'Ask ops')]);
    // A space typed first is kept, as in any text field, until the rest of the word follows.
    expect(readinessOf(setReadinessAnswer(owned, 'cand-feed', 'scaling', { owner: ' ' }), 'cand-feed')).toEqual([entry('scaling', 'unknown', '', ' ')]);
  });

  it('changes nothing for an item or a candidate the session does not have', () => {
    const session = blank();
    expect(setReadinessAnswer(session, 'cand-feed', 'vibes', { answer: 'ready' })).toBe(session);
    expect(setReadinessAnswer(session, 'cand-gone', 'scaling', { answer: 'ready' })).toBe(session);
  });

  it('answers the candidate’s “Data available” field with the data-available item, and the field answers the item', () => {
    const answered = setReadinessAnswer(blank(), 'cand-feed', 'data-available', { answer: 'missing', evidence: 'Only 3 weeks of logs' });
    const feed = (session: Session) => session.candidates.find((candidate) => candidate.id === 'cand-feed')!;
    expect(feed(answered).dataAvailability).toBe('no');
    expect(feed(setReadinessAnswer(answered, 'cand-feed', 'data-available', { answer: 'ready' })).dataAvailability).toBe('yes');
    // Evidence alone leaves the field as it is.
    expect(feed(setReadinessAnswer(answered, 'cand-feed', 'data-available', { evidence: 'Six weeks now' })).dataAvailability).toBe('no');
    // Another item leaves it as it is.
    expect(feed(setReadinessAnswer(answered, 'cand-feed', 'scaling', { answer: 'ready' })).dataAvailability).toBe('no');
    const fieldSet = updateCandidate(answered, 'cand-feed', { dataAvailability: 'partly' });
    expect(readinessOf(fieldSet, 'cand-feed')).toEqual([entry('data-available', 'partly', 'Only 3 weeks of logs')]);
    // Without a checklist entry, setting the field adds none.
    expect(readinessOf(updateCandidate(blank(), 'cand-feed', { dataAvailability: 'yes' }), 'cand-feed')).toEqual([]);
  });
});

describe('the session’s readiness items', () => {
  it('adds an item last, and not twice with one id', () => {
    const item = { id: 'gdpr', name: 'GDPR review', question: 'Has the data protection officer signed off?' };
    const added = addReadinessItem(blank(), item);
    expect(added.readinessItems.at(-1)).toEqual(item);
    expect(added.readinessItems).toHaveLength(12);
    expect(addReadinessItem(added, { ...item, name: 'Again' })).toBe(added);
  });

  it('renames an item or changes its question, and the answers stay with it', () => {
    const renamed = updateReadinessItem(createSampleSession(), 'monitoring', { name: 'Model monitoring' });
    expect(renamed.readinessItems.find((item) => item.id === 'monitoring')).toMatchObject({ name: 'Model monitoring', question: 'How will we know when the model degrades?' });
    // The other items stay as they were.
    expect(renamed.readinessItems.filter((item) => item.id !== 'monitoring')).toEqual(createSampleSession().readinessItems.filter((item) => item.id !== 'monitoring'));
    expect(readinessOf(renamed, 'cand-churn').find((each) => each.itemId === 'monitoring')).toMatchObject({ answer: 'unknown', owner: 'Tom Becker' });
  });

  it('removes an item with every candidate’s answer to it, so the session stays one that opens', () => {
    const removed = removeReadinessItem(createSampleSession(), 'monitoring');
    expect(removed.readinessItems.map((item) => item.id)).not.toContain('monitoring');
    for (const candidate of removed.candidates) expect(candidate.readiness.map((each) => each.itemId)).not.toContain('monitoring');
    expect(readinessOf(removed, 'cand-churn')).toHaveLength(10);
    expect(checkSession(removed, 'en').ok).toBe(true);
    expect(removeReadinessItem(removed, 'monitoring')).toBe(removed);
    // A checklist of that item alone loses it; a candidate that never answered it is left as it was.
    const checklists: Record<string, ReadinessEntry[]> = { 'cand-feed': [entry('scaling', 'ready')], 'cand-churn': [entry('monitoring', 'unknown', '', 'Tom')] };
    const alone = { ...blank(), candidates: blank().candidates.map((candidate) => ({ ...candidate, readiness: checklists[candidate.id] ?? [] })) };
    const without = removeReadinessItem(alone, 'scaling');
    expect(readinessOf(without, 'cand-feed')).toEqual([]);
    expect(without.candidates.find((candidate) => candidate.id === 'cand-churn')).toBe(alone.candidates.find((candidate) => candidate.id === 'cand-churn'));
  });
});

describe('merging two candidates’ checklists', () => {
  it('keeps the kept candidate’s answers and takes the duplicate’s where the kept one does not know, keeping its owner', () => {
    const sample = createSampleSession();
    const kept = { ...sample.candidates[0]!, dataAvailability: 'yes' as const, readiness: [entry('data-available', 'ready', 'Warehouse'), entry('scaling', 'unknown', '', 'Priya')] };
    const duplicate = { ...sample.candidates[1]!, readiness: [entry('data-available', 'missing'), entry('scaling', 'partly', 'Batch only'), entry('monitoring', 'unknown', 'Ask ops')] };
    expect(mergeCandidateFields(kept, duplicate).readiness).toEqual([entry('data-available', 'ready', 'Warehouse'), entry('scaling', 'partly', 'Batch only', 'Priya')]);
  });

  it('keeps a known answer over the duplicate’s other answer, and an unknown answer the duplicate does not give', () => {
    const sample = createSampleSession();
    const kept = { ...sample.candidates[0]!, readiness: [entry('scaling', 'ready', 'Load-tested'), entry('monitoring', 'unknown', 'Ask ops', 'Sam')] };
    const duplicate = { ...sample.candidates[1]!, readiness: [entry('scaling', 'missing', 'Never tried')] };
    expect(mergeCandidateFields(kept, duplicate).readiness.filter((each) => each.itemId !== 'data-available')).toEqual([
      entry('scaling', 'ready', 'Load-tested'),
      entry('monitoring', 'unknown', 'Ask ops', 'Sam'),
    ]);
  });

  it('leaves the “Data available” field and the data answer saying the same: a known field wins, an unknown one takes a known answer', () => {
    const sample = createSampleSession();
    const kept = { ...sample.candidates[0]!, dataAvailability: 'no' as const, readiness: [] };
    const duplicate = { ...sample.candidates[1]!, dataAvailability: 'yes' as const, readiness: [entry('data-available', 'ready', 'Exports')] };
    const merged = mergeCandidateFields(kept, duplicate);
    expect([merged.dataAvailability, merged.readiness]).toEqual(['no', [entry('data-available', 'missing', 'Exports')]]);
    const unknown = mergeCandidateFields({ ...kept, dataAvailability: 'unknown' }, { ...duplicate, dataAvailability: 'unknown' });
    expect([unknown.dataAvailability, unknown.readiness]).toEqual(['yes', [entry('data-available', 'ready', 'Exports')]]);
    // The data answer is found wherever it sits in the checklist.
    const later = mergeCandidateFields({ ...kept, dataAvailability: 'unknown' }, { ...duplicate, dataAvailability: 'unknown', readiness: [entry('labels', 'missing'), entry('data-available', 'partly')] });
    expect(later.dataAvailability).toBe('partly');
  });
});

describe('the sample session', () => {
  it('shows a flagged disagreement: the room scored support-ticket routing easy, its checklist does not', () => {
    const flags = readinessFlags(createSampleSession());
    expect([...flags.keys()]).toEqual(['cand-tickets']);
    expect(readinessFlagSentence(flags.get('cand-tickets')!, 'en')).toMatch(/^The room says 1\.\d; the checklist says 4\.\d: infrastructure missing, availability missing, compatibility missing and \d more$/);
  });
});
