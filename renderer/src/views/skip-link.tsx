import { focusAfter } from '../focus-after';

/**
 * The first stop of Tab: past the file commands and the phases, straight to the workshop
 * (where a phase switch lands), as on any well-made page. Seen only while it has focus.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#workshop"
      onClick={(event) => {
        event.preventDefault();
        focusAfter.skipToWorkshop();
      }}
    >
      Skip to the workshop
    </a>
  );
}
