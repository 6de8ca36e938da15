import { addDot, dotBudgets, removeDot } from '../../../../shared';
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
  const budgets = dotBudgets(session);
  const allowed = session.settings.dotsPerParticipant;
  if (allowed === 0 || session.participants.length === 0) return null;
  const voter = session.participants.find((participant) => participant.id === voterId);
  const remaining = (voter && budgets.get(voter.id)?.remaining) ?? 0;
  const dotsOf = (candidateId: string) =>
    session.votes.find((vote) => vote.participantId === voterId && vote.candidateId === candidateId)?.dots ?? 0;
  return (
    <Panel title="Dot voting" intro={`Each participant has ${allowed} dots to place on the candidates they would pick.`} className="dot-voting">
      <div className="voter-picker" role="group" aria-label="Who is voting">
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
              {participant.name} <span className="dots-left">{budget?.remaining ?? 0} left</span>
            </button>
          );
        })}
      </div>
      {voter && (
        <ul className="vote-list" aria-label={`${voter.name}’s dots`}>
          {ranked.map((row) => {
            const dots = dotsOf(row.candidate.id);
            return (
              <li key={row.candidate.id} className="vote-row" data-testid="vote-row">
                <span className="vote-title">
                  <span className="candidate-code">{row.candidate.code}</span> {row.candidate.title}
                </span>
                <span className="dots" aria-label={`${dots} dots`}>
                  {'●'.repeat(dots)}
                </span>
                <button
                  type="button"
                  aria-label={`Remove a dot from ${row.candidate.code}`}
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
                  aria-label={`Add a dot to ${row.candidate.code}`}
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
