import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  backlogToCsv,
  candidateWarnings,
  chooseFocus,
  createSampleSession,
  decisionRecordHtml,
  decisionRecordMarkdown,
  decisionRecordMissing,
  moveDecisionKeyMetric,
  parseSession,
  serializeSession,
  setFocusKeyMetric,
  type Session,
} from '../../../shared';
import { sessionJsonSchemaText } from '../../../shared/session/json-schema';
import { version1Data, version1Text, withoutChecklists } from './version-1-file';

// The focus's key metric written in Decide and the candidate's own key metric are one value:
// what Decide sets is what Collect shows, what the warnings, the CSV and the decision record
// read, and what a save keeps. Version-1 files that carry the metric in the decision open with
// it on the focus candidate, nothing lost.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const AT = new Date('2026-11-26T12:00:00Z');
const METRIC = '12-month retention of premium members';

/** The sample with a focus whose candidate has no key metric yet. */
function focusWithoutMetric(): Session {
  const sample = createSampleSession();
  const candidates = sample.candidates.map((candidate) => (candidate.id === 'cand-churn' ? { ...candidate, keyMetric: '' } : candidate));
  return chooseFocus({ ...sample, candidates }, 'cand-churn');
}

function csvKeyMetricOf(session: Session, code: string): string | undefined {
  const rows = Papa.parse<Record<string, string>>(backlogToCsv(session, { bom: false }, 'en'), { header: true, skipEmptyLines: true }).data;
  return rows.find((row) => row['Code'] === code)?.['Key metric'];
}

function focusOf(session: Session) {
  return session.candidates.find((candidate) => candidate.id === session.decision.focusCandidateId)!;
}

describe('the focus’s key metric set in Decide', () => {
  it('is the candidate’s: no warning, the CSV column filled, the record showing it, kept by a save', () => {
    const before = focusWithoutMetric();
    const code = focusOf(before).code;
    expect(candidateWarnings(before, 'en').find((warning) => warning.code === 'missing-key-metric')?.candidateIds).toContain('cand-churn');
    expect(csvKeyMetricOf(before, code)).toBe('');
    expect(decisionRecordMarkdown(before, { chartImageFileName: null, generatedAt: AT }, 'en')).toContain(`**Key metric:** ${decisionRecordMissing('en').keyMetric}`);

    const after = setFocusKeyMetric(before, METRIC);
    expect(focusOf(after).keyMetric).toBe(METRIC);
    expect(candidateWarnings(after, 'en').find((warning) => warning.code === 'missing-key-metric')?.candidateIds ?? []).not.toContain('cand-churn');
    expect(csvKeyMetricOf(after, code)).toBe(METRIC);
    expect(decisionRecordMarkdown(after, { chartImageFileName: null, generatedAt: AT }, 'en')).toContain(`**Key metric:** ${METRIC}`);
    expect(decisionRecordHtml(after, { chartImageDataUrl: null, generatedAt: AT }, 'en')).toContain(`<dt>Key metric</dt><dd><span class="text">${METRIC}</span></dd>`);

    const reopened = parseSession(serializeSession(after), 'en');
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(focusOf(reopened.session).keyMetric).toBe(METRIC);
    expect(serializeSession(reopened.session)).toBe(serializeSession(after));
  });

  it('is written once, on the candidate: version 2 keeps no copy in the decision, as the builds that read one there cannot open it', () => {
    const text = serializeSession(setFocusKeyMetric(focusWithoutMetric(), METRIC));
    const data = JSON.parse(text) as Json;
    expect(Object.keys(data.decision)).not.toContain('keyMetric');
    expect(text.split(METRIC)).toHaveLength(2);
    expect(data.candidates.find((c: Json) => c.id === 'cand-churn').keyMetric).toBe(METRIC);
  });
});

describe('a version-1 file whose decision carries its own key metric', () => {
  /** The session as such a file held it: the metric in the decision, the candidate's as given. */
  function olderFile(decisionMetric: string, candidateMetric: string, change: (data: Json) => void = () => undefined): string {
    const data = version1Data(focusWithoutMetric());
    data.decision = { ...data.decision, keyMetric: decisionMetric };
    data.candidates.find((c: Json) => c.id === 'cand-churn').keyMetric = candidateMetric;
    change(data);
    return version1Text(data);
  }

  function open(text: string): Session {
    const result = parseSession(text, 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.migratedFrom).toBe(1);
    return result.session;
  }

  it('opens with the decision’s metric on the focus candidate when the candidate has none', () => {
    const session = open(olderFile(METRIC, ''));
    expect(focusOf(session).keyMetric).toBe(METRIC);
    expect(csvKeyMetricOf(session, focusOf(session).code)).toBe(METRIC);
    expect(decisionRecordMarkdown(session, { chartImageFileName: null, generatedAt: AT }, 'en')).toContain(`**Key metric:** ${METRIC}`);
    expect(candidateWarnings(session, 'en').find((w) => w.code === 'missing-key-metric')?.candidateIds ?? []).not.toContain('cand-churn');
  });

  it('opens unchanged apart from the decision when both say the same', () => {
    const session = open(olderFile(METRIC, METRIC));
    const expected = withoutChecklists(setFocusKeyMetric(focusWithoutMetric(), METRIC));
    expect(serializeSession(session)).toBe(serializeSession(expected));
  });

  it('keeps the decision’s metric (what its record showed) and the candidate’s earlier one in its notes', () => {
    const session = open(olderFile(METRIC, 'Churn rate'));
    const focus = focusOf(session);
    expect(focus.keyMetric).toBe(METRIC);
    expect(focus.notes.endsWith('\n\nKey metric before the decision: Churn rate')).toBe(true);
  });

  it('keeps a metric written before the focus was taken away in the decision’s rationale', () => {
    const session = open(olderFile(METRIC, '', (data) => (data.decision.focusCandidateId = null)));
    expect(session.decision.rationale.endsWith(`\n\nKey metric: ${METRIC}`)).toBe(true);
  });

  it('puts the candidate’s earlier metric in the rationale when its notes are full', () => {
    const full = 'n'.repeat(20_000);
    const session = open(olderFile(METRIC, 'Churn rate', (data) => (data.candidates.find((c: Json) => c.id === 'cand-churn').notes = full)));
    expect(focusOf(session).notes).toBe(full);
    expect(session.decision.rationale.endsWith('\n\nKey metric before the decision: Churn rate')).toBe(true);
  });

  it('drops an empty decision metric without a trace', () => {
    const session = open(olderFile('  ', ''));
    expect(focusOf(session).keyMetric).toBe('');
    expect(session.decision.rationale).toBe(focusWithoutMetric().decision.rationale);
  });

  it('is written back on the focus candidate only, the one value the session holds', () => {
    const text = serializeSession(open(olderFile(METRIC, 'Churn rate')));
    const data = JSON.parse(text) as Json;
    expect(Object.keys(data.decision)).not.toContain('keyMetric');
    expect(data.candidates.find((c: Json) => c.id === 'cand-churn').keyMetric).toBe(METRIC);
  });

  it('leaves data that is not a session for the schema check to report', () => {
    expect(moveDecisionKeyMetric({ decision: 'x' })).toEqual({ decision: 'x' });
    const result = parseSession(olderFile(METRIC, '', (data) => (data.candidates = 'none')), 'en');
    expect(result.ok ? null : result.error.message).toMatch(/^After upgrading from version 1, the list of candidates of the session is the text “none”, not a list \(line \d+, column \d+\)\.$/);
  });

  it('is no longer in the JSON Schema of the format, which describes version 2', () => {
    const schema = JSON.parse(sessionJsonSchemaText()) as Json;
    expect(Object.keys(schema.properties.decision.properties)).toEqual(['focusCandidateId', 'rationale', 'target', 'firstVersion', 'horizon', 'runnersUp']);
  });
});
