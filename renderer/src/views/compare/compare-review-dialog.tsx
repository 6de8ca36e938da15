import { useEffect, useMemo, useRef, useState } from 'react';
import { applyMatchPlan, planOf, proposeMatches, type Candidate, type MatchPlan, type Session } from '../../../../shared';
import { focusAfter } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { cancelReview, confirmPairs, useComparisonStore } from '../../store/comparison-store';
import { useSessionStore } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { useModalDialog } from '../modal-dialog';
import './compare.css';

/** The review step of a comparison: Pickwise's pairs, which the facilitator confirms or changes. */
export function CompareReviewDialog() {
  const earlier = useComparisonStore((state) => state.earlier);
  const reviewing = useComparisonStore((state) => state.reviewing);
  const open = reviewing && earlier !== null;
  const dialog = useModalDialog(open, cancelReview);
  return (
    <dialog ref={dialog} className="calm-dialog wide-dialog" aria-labelledby="compare-review-title" data-testid="compare-review">
      {open && <Review key={earlier.session.id + earlier.fileName} earlier={earlier.session} fileName={earlier.fileName} />}
    </dialog>
  );
}

function Named({ candidate }: { candidate: Candidate }) {
  return (
    <span>
      <span className="candidate-code">{candidate.code}</span> {candidate.title}
    </span>
  );
}

const label = (candidate: Candidate) => `${candidate.code} ${candidate.title}`.trim();

function Review({ earlier, fileName }: { earlier: Session; fileName: string }) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const current = useSessionStore((state) => state.session);
  const pairsInUse = useComparisonStore((state) => state.plan);
  const proposal = useMemo(() => proposeMatches(earlier, current), [earlier, current]);
  const [plan, setPlan] = useState<MatchPlan>(() => pairsInUse ?? planOf(proposal));
  const [refusal, setRefusal] = useState<string | null>(null);
  const applied = useMemo(() => applyMatchPlan(earlier, current, plan, language), [earlier, current, plan, language]);
  const root = useRef<HTMLDivElement>(null);
  // Where focus goes once the lists are redrawn after an unpair or a pair (its row is gone).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-review-focus="${focusNext.current}"]`) ?? root.current?.querySelector<HTMLElement>('[data-review-focus="compare"]');
    focusNext.current = null;
    target?.focus();
  });

  if (!applied.ok) {
    return (
      <div ref={root}>
        <h2 id="compare-review-title">{t('reviewDialog.title', { fileName })}</h2>
        <p className="dialog-note" role="alert">
          {applied.message}
        </p>
        <div className="dialog-buttons">
          <button type="button" className="quiet" onClick={cancelReview}>
            {t('cancel')}
          </button>
          <button type="button" data-autofocus onClick={() => setPlan(planOf(proposal))}>
            {t('reviewDialog.startAgain')}
          </button>
        </div>
      </div>
    );
  }
  const { pairs, dropped, added } = applied.matching;

  const unpair = (earlierId: string, currentId: string) => {
    const at = pairs.findIndex((pair) => pair.earlier.id === earlierId);
    const heir = pairs[at + 1] ?? pairs[at - 1];
    focusNext.current = heir ? `unpair:${heir.earlier.id}` : `pair:${earlierId}`;
    setPlan({ pairs: plan.pairs.filter((pair) => !(pair.earlierId === earlierId && pair.currentId === currentId)) });
    setRefusal(null);
  };
  const pair = (earlierId: string, currentId: string) => {
    const at = dropped.findIndex((candidate) => candidate.id === earlierId);
    const heir = dropped[at + 1] ?? dropped[at - 1];
    focusNext.current = heir && added.length > 1 ? `pair:${heir.id}` : 'compare';
    setPlan({ pairs: [...plan.pairs, { earlierId, currentId }] });
    setRefusal(null);
  };
  const compare = () => {
    const message = confirmPairs(plan);
    if (message !== null) {
      setRefusal(message);
      return;
    }
    useViewStore.getState().setPhase('map');
    focusAfter.comparisonShown();
  };

  return (
    <div ref={root}>
      <h2 id="compare-review-title">{t('reviewDialog.title', { fileName })}</h2>
      <p className="dialog-note">{t('reviewDialog.intro', { fileName })}</p>
      <div className="review-columns">
        <section className="review-section" aria-labelledby="review-pairs">
          <h3 id="review-pairs">{t('reviewDialog.pairs', { number: String(pairs.length) })}</h3>
          {pairs.length === 0 ? (
            <p className="dialog-note">{t('reviewDialog.noPairs')}</p>
          ) : (
            <ul className="review-list">
              {pairs.map((each) => (
                <li key={each.current.id} className="review-row" data-testid="review-pair" data-matched-by={each.matchedBy}>
                  <span className="review-pair">
                    {/* A candidate that kept its code and title is named once. */}
                    <Named candidate={each.earlier} />
                    {label(each.earlier) !== label(each.current) && (
                      <>
                        {' → '}
                        <Named candidate={each.current} />
                      </>
                    )}
                  </span>
                  <span className="badge">{t(`reviewDialog.basis.${each.matchedBy}`)}</span>
                  <button
                    type="button"
                    className="quiet"
                    data-review-focus={`unpair:${each.earlier.id}`}
                    aria-label={t('reviewDialog.unpairLabel', { earlier: label(each.earlier), current: label(each.current) })}
                    onClick={() => unpair(each.earlier.id, each.current.id)}
                  >
                    {t('reviewDialog.unpair')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {proposal.clashes.length > 0 && (
            <div data-testid="review-clashes">
              <h3>{t('reviewDialog.clashes')}</h3>
              <p className="dialog-note">{t('reviewDialog.clashesNote')}</p>
              <ul className="review-list">
                {proposal.clashes.map((clash) => (
                  <li key={clash.key} className="review-clash">
                    {t('reviewDialog.clash', { earlier: clash.earlier.map(label).join(', '), current: clash.current.map(label).join(', ') })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <section className="review-section" aria-labelledby="review-dropped">
          <h3 id="review-dropped">{t('reviewDialog.dropped', { number: String(dropped.length) })}</h3>
          <ul className="review-list">
            {dropped.map((candidate) => (
              <DroppedRow key={candidate.id} candidate={candidate} added={added} onPair={pair} />
            ))}
          </ul>
          <h3 id="review-new">{t('reviewDialog.added', { number: String(added.length) })}</h3>
          <ul className="review-list" aria-labelledby="review-new">
            {added.map((candidate) => (
              <li key={candidate.id} className="review-row" data-testid="review-new">
                <Named candidate={candidate} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      {refusal !== null && (
        <p className="dialog-note" role="alert" data-testid="review-refusal">
          {refusal}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="quiet" onClick={cancelReview}>
          {t('cancel')}
        </button>
        <button type="submit" data-autofocus data-review-focus="compare" onClick={compare}>
          {t('reviewDialog.compare')}
        </button>
      </div>
    </div>
  );
}

/** An earlier candidate with no pair: it stays dropped, or the facilitator pairs it with a new one. */
function DroppedRow({ candidate, added, onPair }: { candidate: Candidate; added: readonly Candidate[]; onPair: (earlierId: string, currentId: string) => void }) {
  const { t } = useTranslation('compare');
  const [chosen, setChosen] = useState('');
  const partner = added.find((each) => each.id === chosen);
  return (
    <li className="review-row" data-testid="review-dropped">
      <Named candidate={candidate} />
      {added.length > 0 && (
        <span className="review-pairing">
          <select
            aria-label={t('reviewDialog.pairWith', { candidate: label(candidate) })}
            data-review-focus={`pair:${candidate.id}`}
            value={partner ? chosen : ''}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">{t('reviewDialog.staysDropped')}</option>
            {added.map((each) => (
              <option key={each.id} value={each.id}>
                {label(each)}
              </option>
            ))}
          </select>
          <button type="button" className="quiet" disabled={!partner} onClick={() => partner && onPair(candidate.id, partner.id)}>
            {t('reviewDialog.pair')}
          </button>
        </span>
      )}
    </li>
  );
}
