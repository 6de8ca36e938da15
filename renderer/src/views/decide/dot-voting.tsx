import { addDot, dotBudgets, removeDot } from '../../../../shared';
import { useTranslation } from '../../i18n';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { useRanking, useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { Panel } from '../common/fields';

/** Optional dot voting: each participant spreads a few dots over the candidates they favour. */
export function DotVoting() {
  const session = useSession();
  const { ranked } = useRanking();
  const voterId = useViewStore((state) => state.votingParticipantId);
  const startVoting = useViewStore((state) => state.startVoting);
  const { t } = useTranslation('decide');
  const budgets = dotBudgets(session);
  const allowed = session.settings.dotsPerParticipant;
  if (allowed === 0 || session.participants.length === 0) return null;
  const voter = session.participants.find((participant) => participant.id === voterId);
  const remaining = (voter && budgets.get(voter.id)?.remaining) ?? 0;
  const dotsOf = (candidateId: string) =>
    session.votes.find((vote) => vote.participantId === voterId && vote.candidateId === candidateId)?.dots ?? 0;
  return (
    <Panel title={t('dotVoting.title')} intro={t('dotVoting.intro', { count: allowed })} className="dot-voting">
      <div className="voter-picker" role="group" aria-label={t('dotVoting.whoIsVoting')}>
        {session.participants.map((participant) => {
          const budget = budgets.get(participant.id);
          return (
            <button
              key={participant.id}
              type="button"
              {...focusMarkOf(focusMark.voter(participant.id))}
              aria-pressed={participant.id === voterId}
              onClick={() => startVoting(participant.id === voterId ? null : participant.id)}
            >
              {participant.name} <span className="dots-left">{t('dotVoting.dotsLeft', { count: budget?.remaining ?? 0 })}</span>
            </button>
          );
        })}
      </div>
      {voter && (
        <ul className="vote-list" aria-label={t('dotVoting.votersDots', { name: voter.name })}>
          {ranked.map((row) => {
            const dots = dotsOf(row.candidate.id);
            return (
              <li key={row.candidate.id} className="vote-row" data-testid="vote-row">
                <span className="vote-title">
                  <span className="candidate-code">{row.candidate.code}</span> {row.candidate.title}
                </span>
                <span className="dots" aria-label={t('dotVoting.dots', { count: dots })}>
                  {'●'.repeat(dots)}
                </span>
                <button
                  type="button"
                  aria-label={t('dotVoting.removeDot', { code: row.candidate.code })}
                  disabled={dots === 0}
                  onClick={() => {
                    editSession((draft) => ({ ...draft, votes: removeDot(draft, voter.id, row.candidate.id) }));
                    if (dots === 1) focusAfter.lastDotRemoved(row.candidate.id);
                  }}
                >
                  −
                </button>
                <button
                  type="button"
                  aria-label={t('dotVoting.addDot', { code: row.candidate.code })}
                  {...focusMarkOf(focusMark.addDot(row.candidate.id))}
                  disabled={remaining === 0}
                  onClick={() => {
                    editSession((draft) => ({ ...draft, votes: addDot(draft, voter.id, row.candidate.id) }));
                    if (remaining === 1) focusAfter.lastDotPlaced(session.participants.map((each) => each.id), voter.id);
                  }}
                >
                  +
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
