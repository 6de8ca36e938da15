import { UNTITLED } from '../../../shared';
import { newDocument, openDocument, openSampleDocument, saveDocument, saveDocumentAs } from '../store/document-commands';
import { selectDirty, useSessionStore } from '../store/session-store';
import { shortcutLabel } from './shortcuts';

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
        <button type="button" onClick={() => void newDocument()} title={shortcutLabel('N')}>
          New
        </button>
        <button type="button" onClick={() => void openDocument()} title={shortcutLabel('O')}>
          Open…
        </button>
        <button type="button" onClick={() => void saveDocument()} title={shortcutLabel('S')}>
          Save
        </button>
        <button type="button" onClick={() => void saveDocumentAs()} title={shortcutLabel('S', true)}>
          Save As…
        </button>
        <button type="button" className="quiet" onClick={() => void openSampleDocument()}>
          Sample session
        </button>
      </nav>
    </header>
  );
}
