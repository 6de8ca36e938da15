import { useId, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { readinessFlagSentence } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { useCandidatesBeforeCommitting, useReadinessFlags, useSession } from '../../store/derived';
import { Panel } from '../common/fields';
import { focusFirstAnswer, ReadinessChecklist } from '../common/readiness-checklist';

type Walk = RefObject<HTMLDivElement | null>;

/**
 * The checklists of the quick wins and big bets, one candidate at a time in ranking order, for
 * a room that fills them together: one answer key per item, then "Next candidate" (focus is on
 * it after the last item), which opens the next checklist at its first item. The candidate in
 * view is the room's place in the walk, not the session's: it is not saved and never undone.
 * Nothing here shows while the scores are sealed (the list itself would tell the quadrants).
 */
export function ReadinessChecklists({ walk }: { walk: Walk }) {
  const session = useSession();
  const candidates = useCandidatesBeforeCommitting();
  const flags = useReadinessFlags();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const next = useRef<HTMLButtonElement>(null);
  const selectId = useId();
  const { t } = useTranslation('decide');
  const language = useLanguage();
  // A candidate that left the quick wins and big bets (its scores changed) gives way to the first.
  const index = Math.max(0, candidates.findIndex((row) => row.candidate.id === chosenId));
  const chosen = candidates[index];
  if (!chosen) return null;
  const { candidate } = chosen;
  const following = candidates[index + 1];
  const names = session.settings.quadrantNames;
  const flag = flags.get(candidate.id);
  const goTo = (candidateId: string) => {
    // Drawn at once, so its first item can take focus in the same key press.
    flushSync(() => setChosenId(candidateId));
    focusFirstAnswer(walk.current);
  };
  return (
    <Panel title={t('readinessChecklists.title')} intro={t('readinessChecklists.intro')} className="readiness-checklists">
      <div className="checklists-walk" ref={walk}>
        <div className="field checklist-candidate">
          <label className="field-label" htmlFor={selectId}>
            {t('readinessChecklists.candidate')}
          </label>
          <select id={selectId} value={candidate.id} onChange={(event) => setChosenId(event.target.value)}>
            {candidates.map((row, at) => (
              <option key={row.candidate.id} value={row.candidate.id}>
                {at + 1}. {row.candidate.code} · {row.candidate.title} ({names[row.quadrant]})
              </option>
            ))}
          </select>
        </div>
        <section className="readiness-section" aria-label={t('readinessChecklists.readinessOf', { candidate: candidate.code || candidate.title })}>
          {flag && (
            <p className="readiness-flag-sentence" data-testid="checklist-flag">
              {readinessFlagSentence(flag, language)}.
            </p>
          )}
          <ReadinessChecklist key={candidate.id} candidate={candidate} onLastAnswered={() => next.current?.focus()} />
        </section>
        {following ? (
          <button type="button" ref={next} className="next-candidate" onClick={() => goTo(following.candidate.id)}>
            {t('readinessChecklists.nextCandidate', { code: following.candidate.code, title: following.candidate.title })}
          </button>
        ) : (
          <p className="panel-note">{t('readinessChecklists.lastOne')}</p>
        )}
      </div>
    </Panel>
  );
}

/**
 * The first stop of Decide for the keyboard, seen only when it has focus: straight to the
 * checklists' first item, past the ranking and the dots (a long way by Tab).
 */
export function SkipToChecklists({ walk }: { walk: Walk }) {
  const candidates = useCandidatesBeforeCommitting();
  const { t } = useTranslation('decide');
  if (candidates.length === 0) return null;
  return (
    <button type="button" className="skip-to-checklists" onClick={() => focusFirstAnswer(walk.current)}>
      {t('readinessChecklists.skipToChecklists')}
    </button>
  );
}
