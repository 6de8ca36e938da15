import { askedAs } from '../../../../shared';
import { useQuestionsBeforeCommitting, useReadinessFlags, useSession } from '../../store/derived';
import { Panel } from '../common/fields';

/**
 * Where the room's complexity and a candidate's readiness checklist disagree, and what the
 * quick wins and big bets still have to find out before anyone commits to them. The room
 * decides: nothing here changes a score.
 */
export function ReadinessReview() {
  const session = useSession();
  const flags = useReadinessFlags();
  const questions = useQuestionsBeforeCommitting();
  if (flags.size === 0 && questions.length === 0) return null;
  const byId = new Map(session.candidates.map((candidate) => [candidate.id, candidate]));
  const quadrantNames = session.settings.quadrantNames;
  return (
    <Panel title="Before committing" intro="What the readiness checklists say. The room decides: Pickwise never changes a score." className="readiness-review">
      {flags.size > 0 && (
        <section aria-label="The room and the checklist disagree">
          <h3>The room and the checklist disagree</h3>
          <ul className="readiness-flags">
            {[...flags].map(([candidateId, flag]) => {
              const candidate = byId.get(candidateId)!;
              return (
                <li key={candidateId} data-testid="readiness-flag">
                  <span className="candidate-code">{candidate.code}</span> <strong>{candidate.title}</strong>
                  <span className="readiness-flag-sentence">{flag.sentence}.</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {questions.length > 0 && (
        <section aria-label="Questions to answer before committing">
          <h3>Questions to answer before committing</h3>
          <ul className="readiness-questions">
            {questions.map((entry) => (
              <li key={entry.candidate.id} data-testid="readiness-question">
                <span className="candidate-code">{entry.candidate.code}</span> <strong>{entry.candidate.title}</strong>{' '}
                <span className="badge">{quadrantNames[entry.quadrant]}</span>
                {entry.notStarted ? (
                  <p className="panel-note">Its readiness checklist is not started: every item is still unknown.</p>
                ) : (
                  <ul>
                    {entry.unknown.map((row) => (
                      <li key={row.item.id}>
                        {askedAs(row.item)}{' '}
                        <span className={row.owner.trim() === '' ? 'readiness-owner-missing' : 'readiness-owner-named'}>
                          {row.owner.trim() === '' ? '— no owner yet' : `— ${row.owner.trim()}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Panel>
  );
}
