import { useCandidateWarnings } from '../../store/derived';
import { useTranslation } from '../../i18n';
import { WarningList } from '../common/warning-list';
import { BrainstormTimer } from './brainstorm-timer';
import { CandidateList } from './candidate-list';
import './collect.css';

/** Collect: a timeboxed brainstorm, one line per candidate, details filled in later (under their row). */
export function CollectView() {
  return (
    <div className="phase-view collect-view">
      <BrainstormTimer />
      <CandidateWarnings />
      <CandidateList />
    </div>
  );
}

// The warnings change with the backlog; the view round them (the timer, the list) need not render with them.
function CandidateWarnings() {
  const warnings = useCandidateWarnings();
  const { t } = useTranslation('collect');
  return <WarningList warnings={warnings} label={t('aboutTheCandidates')} />;
}
