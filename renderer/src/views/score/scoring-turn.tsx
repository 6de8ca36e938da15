import { useEffect, useRef, type Ref } from 'react';
import {
  candidatesToScore,
  criteriaFor,
  FINISH_TURN_KEYS,
  firstStopToScore,
  isFinishTurnKey,
  scoresToGo,
  scoresVisibleTo,
  scoringWalk,
  setScore,
  updateParticipant,
  type ScoringStop,
} from '../../../../shared';
import { formatAccelerator } from '../../../../shared/menu-table';
import { Trans, useTranslation } from '../../i18n';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { platform } from '../shortcuts';
import { focusStop, ScoreCards, scoreKeysHint, ScoresToGo } from './score-cards';

const endTurn = () => useViewStore.getState().startScoringTurn(null);

/** "I'm done": the participant has finished, and the laptop goes back to the room. */
function finishTurn(participantId: string): void {
  editSession((draft) => updateParticipant(draft, participantId, { scoringDone: true }));
  endTurn();
}

const FINISH_KEYS_SHOWN = formatAccelerator(FINISH_TURN_KEYS, platform);
/** The same keys as ARIA names them ("Control+Enter", "Meta+Enter" on macOS). */
const FINISH_KEYS_ARIA = platform === 'darwin' ? 'Meta+Enter' : 'Control+Enter';

function DoneButton({ participantId, ref }: { participantId: string; ref?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation('score');
  return (
    <button type="submit" ref={ref} aria-keyshortcuts={FINISH_KEYS_ARIA} onClick={() => finishTurn(participantId)}>
      <Trans t={t} i18nKey="scoringTurn.done" values={{ keys: FINISH_KEYS_SHOWN }} components={{ kbd: <kbd aria-hidden="true" /> }} />
    </button>
  );
}

/**
 * One participant's turn: their own scores only. Nobody else's scores are rendered, so
 * nothing can be glimpsed or found in the page.
 *
 * From the keyboard the turn opens at the first score still to give; digits score and walk on
 * (score-cards.tsx), the last score leads to "I'm done" after the last card, and Ctrl+Enter
 * (⌘Enter) ends the turn from anywhere in it.
 */
export function ScoringTurn({ participantId }: { participantId: string }) {
  const session = useSession();
  const participant = session.participants.find((each) => each.id === participantId);
  const turn = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  const opened = useRef<string | null>(null);
  const { t } = useTranslation('score');
  const criteria = participant ? criteriaFor(participant, session.criteria, session.settings.scoreByBackground) : [];
  const own = new Map(
    scoresVisibleTo(session, participantId)
      .filter((score) => score.participantId === participantId)
      .map((score) => [`${score.candidateId}\u0000${score.criterionId}`, score.value]),
  );
  const valueOf = (stop: ScoringStop) => own.get(`${stop.candidateId}\u0000${stop.criterionId}`);
  const candidates = candidatesToScore(session);
  const walk = scoringWalk(candidates, criteria);
  const isScored = (stop: ScoringStop) => valueOf(stop) !== undefined;
  const toGo = scoresToGo(walk, isScored);

  // The turn opens with focus on the first score still to give (or on "I'm done" when there is
  // nothing to score), so the key that started it is the last before the first digit.
  useEffect(() => {
    if (opened.current === participantId) return;
    opened.current = participantId;
    if (!focusStop(list.current, firstStopToScore(walk, isScored))) done.current?.focus();
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isFinishTurnKey(event, platform === 'darwin')) return;
      // Anywhere in the turn (or nowhere, focus on the page); a dialog over it keeps its keys.
      const target = event.target instanceof Node ? event.target : null;
      if (target !== document.body && !turn.current?.contains(target)) return;
      event.preventDefault();
      finishTurn(participantId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [participantId]);

  if (!participant) return null;
  return (
    <section ref={turn} className="scoring-turn panel" aria-labelledby="turn-heading" data-testid="scoring-turn" data-participant-id={participant.id}>
      <div className="panel-head">
        <h2 id="turn-heading">{t('scoringTurn.heading', { name: participant.name })}</h2>
        <div className="panel-actions">
          <ScoresToGo count={toGo} />
          <button type="button" className="quiet" onClick={endTurn}>
            {t('scoringTurn.backToRoom')}
          </button>
          <DoneButton participantId={participant.id} />
        </div>
      </div>
      <p className="panel-intro">{t('scoringTurn.intro', { scale: String(session.settings.scale) })}</p>
      <p className="panel-note">{t('scoringTurn.keysNote', { hint: scoreKeysHint(session.settings.scale, t), keys: FINISH_KEYS_SHOWN })}</p>
      {criteria.length === 0 && <p className="empty-note">{t('scoringTurn.nothingToScore', { name: participant.name })}</p>}
      <ScoreCards
        list={list}
        candidates={candidates}
        criteria={criteria}
        walk={walk}
        toGo={toGo}
        scale={session.settings.scale}
        valueOf={valueOf}
        onPick={(stop, value) => editSession((draft) => setScore(draft, participant.id, stop.candidateId, stop.criterionId, value))}
        afterLast={done}
      />
      <div className="turn-end">
        <ScoresToGo count={toGo} />
        <DoneButton participantId={participant.id} ref={done} />
      </div>
    </section>
  );
}
