import { focusAfter } from '../focus-after';
import { useTranslation } from '../i18n';

/**
 * The first stop of Tab: past the file commands and the phases, straight to the workshop
 * (where a phase switch lands), as on any well-made page. Seen only while it has focus.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#workshop"
      onClick={(event) => {
        event.preventDefault();
        focusAfter.skipToWorkshop();
      }}
    >
      {t('skipToWorkshop')}
    </a>
  );
}
