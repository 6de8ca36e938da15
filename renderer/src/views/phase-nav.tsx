import { PHASE_LABELS, PHASES, useViewStore } from '../store/view-store';
import { shortcutLabel } from './shortcuts';

/** The workshop's four steps, always one click or Ctrl+1…4 away. */
export function PhaseNav() {
  const phase = useViewStore((state) => state.phase);
  const setPhase = useViewStore((state) => state.setPhase);
  return (
    <nav className="phase-nav" aria-label="Workshop phases">
      <ol>
        {PHASES.map((each, index) => (
          <li key={each}>
            <button type="button" aria-current={each === phase ? 'step' : undefined} title={shortcutLabel(String(index + 1))} onClick={() => setPhase(each)}>
              <span className="phase-number" aria-hidden="true">
                {index + 1}
              </span>
              {PHASE_LABELS[each]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
