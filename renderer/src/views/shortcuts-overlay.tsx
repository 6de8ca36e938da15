import { shortcutsFor, type ShortcutLine } from '../../../shared/menu-table';
import { closeShortcuts, useDesktopUi } from '../desktop-ui';
import { useLanguage, useTranslation } from '../i18n';
import { useModalDialog } from './modal-dialog';
import { pageKeyLines, platform } from './shortcuts';
import '../styles/dialogs.css';
import '../styles/desktop.css';


function groupBySection<Line extends Pick<ShortcutLine, 'section'>>(lines: Line[]): [string, Line[]][] {
  const groups = new Map<string, Line[]>();
  for (const line of lines) groups.set(line.section, [...(groups.get(line.section) ?? []), line]);
  return [...groups];
}

/** Shortcut lines under a heading per section: what each does, and its keys. */
function ShortcutGroups({ lines, idPrefix, testId }: { lines: Pick<ShortcutLine, 'section' | 'label' | 'keys'>[]; idPrefix: string; testId: string }) {
  const { t } = useTranslation();
  return groupBySection(lines).map(([section, group]) => {
    // An id holds no spaces: aria-labelledby reads a space as a second id.
    const id = `${idPrefix}-${section.replace(/[^A-Za-z0-9]+/g, '-')}`;
    return (
    <section key={section} aria-labelledby={id}>
      <h3 id={id}>{section}</h3>
      <dl>
        {group.map((line) => (
          <div className="shortcut-line" key={line.label} data-testid={testId}>
            <dt>{line.label}</dt>
            <dd>
              {line.keys.map((keys, index) => (
                <span key={keys}>
                  {index > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                  <kbd>{keys}</kbd>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
    );
  });
}

/** Help ▸ Keyboard Shortcuts: every shortcut of the menus, read from the same table as the menus. */
export function ShortcutsOverlay() {
  const open = useDesktopUi((state) => state.shortcutsOpen);
  const dialog = useModalDialog(open, closeShortcuts);
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dialog ref={dialog} className="calm-dialog shortcuts-overlay" aria-modal="true" aria-labelledby="shortcuts-title">
      {open && (
        <>
          <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
          <div className="shortcut-groups">
            <ShortcutGroups lines={shortcutsFor(platform, language)} idPrefix="shortcuts" testId="shortcut-line" />
            <ShortcutGroups lines={pageKeyLines()} idPrefix="page-keys" testId="page-key-line" />
          </div>
          <p className="dialog-note">{t('shortcuts.textFieldNote')}</p>
          <div className="dialog-buttons">
            <button type="button" data-autofocus onClick={closeShortcuts}>
              {t('close')}
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
