// The shared sheets first, so each view's own sheet (imported beside it) comes after them.
import './styles/tokens.css';
import './styles/app.css';
import './views/common/common.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { formatWindowTitle, untitled } from '../../shared';
import { interfaceLanguage } from './i18n';
import { pickwise } from './pickwise-client';
import { followSystemTheme } from './theme';
import { closeDocumentWindow } from './store/document-commands';
import { selectDirty, useSessionStore } from './store/session-store';
import { installKeyboardShortcuts } from './keyboard-shortcuts';
import { App } from './views/app';
import { installDraftAutosave } from './draft-autosave';
import { installErrorReporting } from './error-reporting';
import { installMenuCommands } from './menu-commands';
import { installFileDrop } from './file-drop';
import { installFocusRule } from './focus-after';

// Keeps the window title and main's view of the document in step with the store.
function syncDocumentState(): void {
  let reported = '';
  const report = () => {
    const state = useSessionStore.getState();
    const dirty = selectDirty(state);
    const key = `${state.fileName ?? ''}\u0000${dirty}`;
    if (key === reported) return;
    reported = key;
    const language = interfaceLanguage();
    document.title = formatWindowTitle(state.fileName, dirty, language);
    void pickwise().reportDocumentState({ title: state.fileName ?? untitled(language), dirty });
  };
  report();
  useSessionStore.subscribe(report);
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

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
