import type { IpcHandlers } from './dispatch';
import type { HandlerServices } from './ports';
import { settleDraft } from './recovery-handlers';

type DesktopCalls = 'setPresentationFullScreen' | 'openDroppedFile' | 'takePendingSession' | 'toggleTheme' | 'interfaceLanguage' | 'chooseLanguage';

/** The desktop around the document: full screen, files dropped or handed over, the theme, the language. */
export function createDesktopHandlers({ windows, desktop, drafts, errorLog }: HandlerServices): Pick<IpcHandlers, DesktopCalls> {
  return {
    async setPresentationFullScreen({ windowId }, { fullScreen }) {
      windows.setPresentationFullScreen(windowId, fullScreen);
    },
    async openDroppedFile({ windowId }, { path }) {
      const result = await desktop.opener.openDropped(windowId, path);
      // The opener recorded the file's fingerprint with the window's document (external changes).
      if (result.status === 'opened') await settleDraft({ drafts, errorLog }, windowId);
      return result;
    },
    async takePendingSession({ windowId }) {
      return desktop.opener.takePending(windowId);
    },
    async toggleTheme() {
      return desktop.theme.toggle();
    },
    async interfaceLanguage() {
      return desktop.language.current();
    },
    async chooseLanguage(_origin, { choice }) {
      return desktop.language.choose(choice);
    },
  };
}
