// The shared sheets first, so each view's own sheet (imported beside it) comes after them.
import './styles/tokens.css';
import './styles/app.css';
import './views/common/common.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { formatWindowTitle, untitled } from '../../shared';
import { startInInterfaceLanguage, useInterfaceLanguage } from './interface-language';
import { pickwise } from './pickwise-client';
import { followSystemTheme } from './theme';
import { closeDocumentWindow, remakeFirstDocument } from './store/document-commands';
import { selectDirty, useSessionStore } from './store/session-store';
import { installKeyboardShortcuts } from './keyboard-shortcuts';
import { App } from './views/app';
import { installDraftAutosave } from './draft-autosave';
import { installErrorReporting, reportError } from './error-reporting';
import { installMenuCommands } from './menu-commands';
import { installFileDrop } from './file-drop';
import { installFocusRule } from './focus-after';

// Keeps the window title and main's view of the document in step with the store.
function syncDocumentState(): void {
  let reported = '';
  const report = () => {
    const state = useSessionStore.getState();
    const dirty = selectDirty(state);
    // The language the page speaks, set once its texts are in it; the pseudo-locale turned on
    // changes no language, and every word of the title.
    const { language, pseudo } = useInterfaceLanguage.getState();
    const key = `${state.fileName ?? ''}\u0000${dirty}\u0000${language}\u0000${pseudo}`;
    if (key === reported) return;
    reported = key;
    document.title = formatWindowTitle(state.fileName, dirty, language);
    void pickwise().reportDocumentState({ title: state.fileName ?? untitled(language), dirty });
  };
  report();
  useSessionStore.subscribe(report);
  // "Untitled" in the title bar is in the interface's language too.
  useInterfaceLanguage.subscribe(report);
}

installErrorReporting();
installDraftAutosave();
followSystemTheme();
syncDocumentState();
installKeyboardShortcuts();
installMenuCommands();
installFileDrop();
installFocusRule();
pickwise().onCloseRequested(() => void closeDocumentWindow());

function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The first screen is in the chosen language; if main cannot say which, the page starts in
// English and says why. The empty session the window starts with takes that language too.
const firstDocument = useSessionStore.getState().session;
void startInInterfaceLanguage()
  .catch(reportError)
  .finally(() => {
    remakeFirstDocument(firstDocument);
    render();
  });
