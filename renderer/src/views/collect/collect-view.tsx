import { useViewStore } from '../../store/view-store';
import { BrainstormTimer } from './brainstorm-timer';
import { CandidateDetails } from './candidate-details';
import { CandidateList } from './candidate-list';

/** Collect: a timeboxed brainstorm, one line per candidate, details filled in later. */
export function CollectView() {
  const selected = useViewStore((state) => state.selectedCandidateId);
  return (
    <div className="phase-view collect-view">
      <BrainstormTimer />
      <div className={`collect-columns${selected ? ' with-details' : ''}`}>
        <CandidateList />
        {selected && <CandidateDetails candidateId={selected} />}
      </div>
    </div>
  );
}
