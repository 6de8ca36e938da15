import { useTranslation } from '../i18n';
import { PHASES, useViewStore } from '../store/view-store';
import { shortcutTitle } from './shortcuts';

/** The workshop's six phases, always one click or Ctrl+1…6 away. */
export function PhaseNav() {
  const phase = useViewStore((state) => state.phase);
  const setPhase = useViewStore((state) => state.setPhase);
  const { t } = useTranslation();
  return (
    <nav className="phase-nav" aria-label={t('phases.navigation')}>
      <ol>
        {PHASES.map((each, index) => (
          <li key={each}>
            <button type="button" aria-current={each === phase ? 'step' : undefined} title={shortcutTitle(`view.phase.${each}`)} onClick={() => setPhase(each)}>
              <span className="phase-number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`phases.${each}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
