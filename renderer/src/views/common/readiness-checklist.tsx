import { useId } from 'react';
import { ownerWanted as asksForOwner, READINESS_ANSWER_LABELS, readinessAnswers, readinessAnswerSchema, setReadinessAnswer, type Candidate, type ReadinessChange, type ReadinessRow } from '../../../../shared';
import { editSession, useSessionStore } from '../../store/session-store';

const ANSWERS = readinessAnswerSchema.options;

function ChecklistRow({ candidate, row }: { candidate: Candidate; row: ReadinessRow }) {
  const name = useId();
  const id = useId();
  const change = (what: ReadinessChange, gestureKey?: string) => editSession((session) => setReadinessAnswer(session, candidate.id, row.item.id, what), gestureKey);
  const gesture = `candidate.${candidate.id}.readiness.${row.item.id}`;
  const ownerWanted = asksForOwner(row);
  return (
    <div className="readiness-row" role="group" aria-labelledby={`${id}-name`}>
      <div className="readiness-item">
        <span id={`${id}-name`} className="readiness-name">
          {row.item.name}
        </span>
        {row.item.question && <span className="field-hint">{row.item.question}</span>}
        {row.fromDataAvailable && <span className="field-hint">From “Data available”.</span>}
      </div>
      <div className="readiness-answers segmented" role="radiogroup" aria-label={`${row.item.name}: answer`}>
        {ANSWERS.map((answer) => (
          <label key={answer} className={`answer-${answer}${answer === row.answer ? ' chosen' : ''}`}>
            <input type="radio" name={name} value={answer} checked={answer === row.answer} onChange={() => change({ answer })} />
            <span>{READINESS_ANSWER_LABELS[answer]}</span>
          </label>
        ))}
      </div>
      <input
        type="text"
        className="readiness-evidence"
        aria-label={`${row.item.name}: evidence`}
        placeholder="Evidence"
        maxLength={200}
        value={row.evidence}
        onChange={(event) => change({ evidence: event.target.value }, `${gesture}.evidence`)}
      />
      <input
        type="text"
        className={`readiness-owner${ownerWanted ? ' wanted' : ''}`}
        aria-label={ownerWanted ? `${row.item.name}: owner (needed: who finds out or makes it ready)` : `${row.item.name}: owner`}
        placeholder={ownerWanted ? 'Who finds out?' : 'Owner'}
        maxLength={200}
        value={row.owner}
        onChange={(event) => change({ owner: event.target.value }, `${gesture}.owner`)}
      />
    </div>
  );
}

/**
 * A candidate's readiness checklist: for each of the session's items, Ready / Partly / Missing /
 * Unknown (arrow keys move within an item, Tab to the evidence and owner, then the next item),
 * a line of evidence and an owner. Unanswered items count as unknown (shared/workshop/readiness.ts).
 */
export function ReadinessChecklist({ candidate }: { candidate: Candidate }) {
  const items = useSessionStore((state) => state.session.readinessItems);
  const rows = readinessAnswers(candidate, items);
  if (rows.length === 0) return <p className="panel-note">This session has no readiness items.</p>;
  return (
    <div className="readiness-checklist">
      {rows.map((row) => (
        <ChecklistRow key={row.item.id} candidate={candidate} row={row} />
      ))}
    </div>
  );
}
