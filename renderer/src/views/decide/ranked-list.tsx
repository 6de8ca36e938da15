import { chooseFocus, rankingRuleText } from '../../../../shared';
import { focusAfter } from '../../focus-after';
import { useRanking, useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel } from '../common/fields';
import { formatScore } from '../common/format';

/** The ranked backlog, quick wins first, with the rule that orders it written out. */
export function RankedList() {
  const session = useSession();
  const { ranked, unscored } = useRanking();
  const names = session.settings.quadrantNames;
  const focusId = session.decision.focusCandidateId;
  return (
    <Panel title="Ranking" intro={rankingRuleText(names)} className="ranking">
      {ranked.length === 0 ? (
        <p className="empty-note">No candidate has been scored yet.</p>
      ) : (
        <table className="ranking-table" aria-label="Ranked candidates">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Candidate</th>
              <th scope="col">Quadrant</th>
              <th scope="col">Impact</th>
              <th scope="col">Complexity</th>
              <th scope="col">Dots</th>
              <th scope="col">
                <span className="visually-hidden">Focus</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((row) => (
              <tr key={row.candidate.id} data-testid="ranked-row" data-candidate-id={row.candidate.id} className={row.candidate.id === focusId ? 'focus' : undefined}>
                <td className="number">{row.rank}</td>
                <th scope="row">
                  <span className="candidate-code">{row.candidate.code}</span> {row.candidate.title}
                </th>
                <td>
                  <span className={`quadrant-chip ${row.quadrant}`}>{names[row.quadrant]}</span>
                </td>
                <td className="number">{formatScore(row.impact)}</td>
                <td className="number">{formatScore(row.complexity)}</td>
                <td className="number">{row.result.votes > 0 ? row.result.votes : ''}</td>
                <td>
                  {row.candidate.id === focusId ? (
                    <span className="badge focus-badge">Focus</span>
                  ) : (
                    <button
                      type="button"
                      className="quiet"
                      aria-label={`Choose ${row.candidate.code} ${row.candidate.title} as the focus`}
                      onClick={() => {
                        editSession((draft) => chooseFocus(draft, row.candidate.id));
                        focusAfter.focusChosen();
                      }}
                    >
                      Choose as focus
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unscored.length > 0 && (
        <p className="panel-note">
          Not scored yet: {unscored.map((candidate) => `${candidate.code} ${candidate.title}`).join(' · ')}
        </p>
      )}
    </Panel>
  );
}
