import { useCandidateWarnings } from '../../store/derived';
import { useViewStore } from '../../store/view-store';
import { WarningList } from '../common/warning-list';
import { BrainstormTimer } from './brainstorm-timer';
import { CandidateDetails } from './candidate-details';
import { CandidateList } from './candidate-list';
import './collect.css';

/** Collect: a timeboxed brainstorm, one line per candidate, details filled in later. */
export function CollectView() {
  const selected = useViewStore((state) => state.selectedCandidateId);
  const warnings = useCandidateWarnings();
  return (
    <div className="phase-view collect-view">
      <BrainstormTimer />
      <WarningList warnings={warnings} label="About the candidates" />
      <div className={`collect-columns${selected ? ' with-details' : ''}`}>
        <CandidateList />
        {selected && <CandidateDetails candidateId={selected} />}
      </div>
    </div>
  );
}
