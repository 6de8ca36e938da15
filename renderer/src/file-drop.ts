import { announce } from './desktop-ui';
import { translate } from './i18n';
import { pickwise } from './pickwise-client';
import { showOpenedDocument } from './store/document-commands';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * A session file dropped anywhere on the window opens: here when this window is untitled and
 * unedited, in a new window otherwise, and a file already open brings its window forward
 * (main decides, as for every other way of opening). The page never learns the path.
 */
export function installFileDrop(): void {
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    const files = Array.from(event.dataTransfer?.files ?? []);
    void (async () => {
      for (const file of files) {
        try {
          const result = await pickwise().openDroppedFile(file);
          // A file that is not a session has been explained by main's dialog.
          if (result.status === 'opened') showOpenedDocument(result);
        } catch {
          announce(translate('notices.droppedNotAFile', { name: file.name }));
        }
      }
    })();
  });
}
