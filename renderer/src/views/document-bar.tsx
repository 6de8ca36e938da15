import { UNTITLED } from '../../../shared';
import { newDocument, openDocument, openSampleDocument, saveDocument, saveDocumentAs } from '../store/document-commands';
import { selectDirty, useSessionStore } from '../store/session-store';
import { shortcutTitle } from './shortcuts';

/** The file the window shows, whether it has unsaved changes, and the file commands. */
export function DocumentBar() {
  const fileName = useSessionStore((state) => state.fileName);
  const dirty = useSessionStore(selectDirty);
  return (
    <header className="document-bar">
      <div className="brand" aria-hidden="true">
        Pickwise
      </div>
      <div className="document-name" data-testid="document-name">
        <span>{fileName ?? UNTITLED}</span>
        {dirty && (
          <span className="unsaved-marker" data-testid="unsaved-marker" title="Unsaved changes">
            Edited
          </span>
        )}
      </div>
      <nav className="file-commands" aria-label="File">
        <button type="button" onClick={() => void newDocument()} title={shortcutTitle('file.new')}>
          New
        </button>
        <button type="button" onClick={() => void openDocument()} title={shortcutTitle('file.open')}>
          Open…
        </button>
        <button type="button" onClick={() => void saveDocument()} title={shortcutTitle('file.save')}>
          Save
        </button>
        <button type="button" onClick={() => void saveDocumentAs()} title={shortcutTitle('file.saveAs')}>
          Save As…
        </button>
        <button type="button" className="quiet" onClick={() => void openSampleDocument()}>
          Sample session
        </button>
      </nav>
    </header>
  );
}
