import { useCandidateWarnings } from '../../store/derived';
import { WarningList } from '../common/warning-list';
import { BrainstormTimer } from './brainstorm-timer';
import { CandidateList } from './candidate-list';
import './collect.css';

/** Collect: a timeboxed brainstorm, one line per candidate, details filled in later (under their row). */
export function CollectView() {
  const warnings = useCandidateWarnings();
  return (
    <div className="phase-view collect-view">
      <BrainstormTimer />
      <WarningList warnings={warnings} label="About the candidates" />
      <CandidateList />
    </div>
  );
}
