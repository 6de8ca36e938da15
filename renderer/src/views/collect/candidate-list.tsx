import { memo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { addCandidate, createId, newCandidate, removeCandidate, updateCandidate, type Candidate } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { editSession, useSessionStore } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { useTranslation } from '../../i18n';
import { RequiredTextInput } from '../required-text-input';
import { CandidateDetails, detailsIdOf } from './candidate-details';

/** Rows in a block (see CandidateBlock): about a screen of them. */
const ROWS_PER_BLOCK = 25;
/** A row's height with the gap under it (collect.css), for a block not drawn yet. */
const ROW_PX = 52;

/**
 * The backlog: capture a candidate with one line and Enter; edit, open or delete it in place.
 * A candidate's details open under its row, so Tab and a screen reader meet them right after it.
 */
export function CandidateList() {
  const candidates = useSessionStore((state) => state.session.candidates);
  const { t } = useTranslation('collect');
  const blocks: Candidate[][] = [];
  for (let start = 0; start < candidates.length; start += ROWS_PER_BLOCK) blocks.push(candidates.slice(start, start + ROWS_PER_BLOCK));
  return (
    <section className="candidates panel" aria-labelledby="candidates-heading">
      <div className="panel-head">
        <h2 id="candidates-heading">{t('candidateList.candidates')}</h2>
        <span className="count" aria-live="polite">
          {t('candidateList.count', { count: candidates.length })}
        </span>
      </div>
      <CaptureLine />
      {candidates.length === 0 ? (
        <p className="empty-note">{t('candidateList.empty')}</p>
      ) : (
        <div role="list" className="candidate-list" aria-label={t('candidateList.list')}>
          {blocks.map((block, index) => (
            <CandidateBlock key={index} candidates={block} />
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * A block of rows that the browser lays out and paints only while it is on screen
 * (content-visibility, collect.css), so a keystroke's frame on a board of a thousand
 * candidates costs the rows in view, not all of them. Per block rather than per row: the
 * browser watches each such element for coming into view, and a thousand of them cost more
 * than they saved (npm run bench, Edit; README, Performance). Not a role of its own: the rows
 * are the list's items. It renders again only when one of its own candidates changed (an edit
 * keeps the other candidates' objects as they were), and then only that row does.
 */
const CandidateBlock = memo(
  function CandidateBlock({ candidates }: { candidates: readonly Candidate[] }) {
    return (
      <div className="candidate-block" style={{ containIntrinsicSize: `auto ${candidates.length * ROW_PX}px` }}>
        {candidates.map((candidate) => (
          <CandidateRow key={candidate.id} candidate={candidate} />
        ))}
      </div>
    );
  },
  (before, after) => before.candidates.length === after.candidates.length && before.candidates.every((candidate, index) => candidate === after.candidates[index]),
);

function CaptureLine() {
  const [title, setTitle] = useState('');
  const { t } = useTranslation('collect');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') return;
    editSession((session) => addCandidate(session, newCandidate(session, createId('cand'), trimmed, new Date())));
    setTitle('');
    focusAfter.candidateCaptured();
  };
  return (
    <form className="capture-line" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="capture-input">
        {t('captureLine.newCandidate')}
      </label>
      <input
        id="capture-input"
        {...focusMarkOf(focusMark.captureLine)}
        type="text"
        value={title}
        maxLength={200}
        autoComplete="off"
        placeholder={t('captureLine.placeholder')}
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit" disabled={title.trim() === ''}>
        {t('captureLine.add')}
      </button>
    </form>
  );
}

// Memoised: typing in one title renders that row only (see CandidateBlock).
const CandidateRow = memo(function CandidateRow({ candidate }: { candidate: Candidate }) {
  const selected = useViewStore((state) => state.selectedCandidateId === candidate.id);
  const selectCandidate = useViewStore((state) => state.selectCandidate);
  const { t } = useTranslation('collect');
  // Esc closes the open details, as it closes a dialog; focus goes back to the row's Details.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    selectCandidate(null);
  };
  return (
    <div role="listitem" className={`candidate-item${selected ? ' open' : ''}`} onKeyDown={selected ? closeOnEscape : undefined}>
      <div className={`candidate-row${selected ? ' selected' : ''}`} data-testid="candidate-row" data-candidate-id={candidate.id}>
        <span className="candidate-code">{candidate.code}</span>
        <RequiredTextInput
          aria-label={t('candidateRow.titleOf', { code: candidate.code })}
          className="candidate-title"
          {...focusMarkOf(focusMark.candidateTitle(candidate.id))}
          value={candidate.title}
          maxLength={200}
          onCommit={(title) => editSession((session) => updateCandidate(session, candidate.id, { title }), `candidate.${candidate.id}.title`)}
        />
        {candidate.betterWithoutMl && <span className="badge">{t('candidateRow.withoutMl')}</span>}
        {candidate.keyMetric.trim() === '' && (
          <span className="flag" title={t('candidateRow.noKeyMetricHint')}>
            {t('candidateRow.noKeyMetric')}
          </span>
        )}
        <button
          type="button"
          className="quiet"
          aria-expanded={selected}
          aria-controls={selected ? detailsIdOf(candidate.id) : undefined}
          aria-label={t('candidateRow.detailsOf', { code: candidate.code, title: candidate.title })}
          {...focusMarkOf(focusMark.detailsButton(candidate.id))}
          onClick={() => selectCandidate(selected ? null : candidate.id)}
        >
          {t('candidateRow.details')}
        </button>
        <button
          type="button"
          className="quiet danger"
          aria-label={t('candidateRow.deleteCandidate', { code: candidate.code, title: candidate.title })}
          onClick={() => {
            if (selected) selectCandidate(null);
            const order = useSessionStore.getState().session.candidates.map((each) => each.id);
            focusAfter.rowRemoved(order, candidate.id, focusMark.candidateTitle, focusMark.captureLine);
            editSession((session) => removeCandidate(session, candidate.id));
          }}
        >
          {t('candidateRow.delete')}
        </button>
      </div>
      {selected && <CandidateDetails candidateId={candidate.id} />}
    </div>
  );
});
