import { shortcutsFor, type ShortcutLine } from '../../../shared/menu-table';
import { closeShortcuts, useDesktopUi } from '../desktop-ui';
import { useModalDialog } from './modal-dialog';
import { platform } from './shortcuts';
import '../styles/dialogs.css';
import '../styles/desktop.css';


function groupBySection(lines: ShortcutLine[]): [string, ShortcutLine[]][] {
  const groups = new Map<string, ShortcutLine[]>();
  for (const line of lines) groups.set(line.section, [...(groups.get(line.section) ?? []), line]);
  return [...groups];
}

/** Help ▸ Keyboard Shortcuts: every shortcut of the menus, read from the same table as the menus. */
export function ShortcutsOverlay() {
  const open = useDesktopUi((state) => state.shortcutsOpen);
  const dialog = useModalDialog(open, closeShortcuts);
  return (
    <dialog ref={dialog} className="calm-dialog shortcuts-overlay" aria-modal="true" aria-labelledby="shortcuts-title">
      {open && (
        <>
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <div className="shortcut-groups">
            {groupBySection(shortcutsFor(platform)).map(([section, lines]) => (
              <section key={section} aria-labelledby={`shortcuts-${section}`}>
                <h3 id={`shortcuts-${section}`}>{section}</h3>
                <dl>
                  {lines.map((line) => (
                    <div className="shortcut-line" key={line.label} data-testid="shortcut-line">
                      <dt>{line.label}</dt>
                      <dd>
                        {line.keys.map((keys, index) => (
                          <span key={keys}>
                            {index > 0 && <span className="shortcut-or"> or </span>}
                            <kbd>{keys}</kbd>
                          </span>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <p className="dialog-note">Inside a text field, undo and redo act on the text you are typing.</p>
          <div className="dialog-buttons">
            <button type="button" data-autofocus onClick={closeShortcuts}>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

/** A short notice at the bottom of the window, read out by screen readers. */
export function DesktopNotice() {
  const notice = useDesktopUi((state) => state.notice);
  return (
    <div className="desktop-notice" role="status" aria-live="polite" data-testid="desktop-notice">
      {notice && <span key={notice.id}>{notice.text}</span>}
    </div>
  );
}
