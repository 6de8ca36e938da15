import { untitled } from '../../../shared';
import { useLanguage, useTranslation } from '../i18n';
import { newDocument, openDocument, openSampleDocument, saveDocument, saveDocumentAs } from '../store/document-commands';
import { selectDirty, useSessionStore } from '../store/session-store';
import { LanguageChooser } from './language-chooser';
import { shortcutTitle } from './shortcuts';

/** The file the window shows, whether it has unsaved changes, and the file commands. */
export function DocumentBar() {
  const fileName = useSessionStore((state) => state.fileName);
  const dirty = useSessionStore(selectDirty);
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <header className="document-bar">
      <div className="brand" aria-hidden="true">
        Pickwise
      </div>
      <div className="document-name" data-testid="document-name">
        <span>{fileName ?? untitled(language)}</span>
        {dirty && (
          <span className="unsaved-marker" data-testid="unsaved-marker" title={t('documentBar.unsavedChanges')}>
            {t('documentBar.edited')}
          </span>
        )}
      </div>
      <nav className="file-commands" aria-label={t('documentBar.fileCommands')}>
        <button type="button" onClick={() => void newDocument()} title={shortcutTitle('file.new')}>
          {t('documentBar.new')}
        </button>
        <button type="button" onClick={() => void openDocument()} title={shortcutTitle('file.open')}>
          {t('documentBar.open')}
        </button>
        <button type="button" onClick={() => void saveDocument()} title={shortcutTitle('file.save')}>
          {t('documentBar.save')}
        </button>
        <button type="button" onClick={() => void saveDocumentAs()} title={shortcutTitle('file.saveAs')}>
          {t('documentBar.saveAs')}
        </button>
        <button type="button" className="quiet" onClick={() => void openSampleDocument()}>
          {t('documentBar.sampleSession')}
        </button>
      </nav>
      <LanguageChooser />
    </header>
  );
}
