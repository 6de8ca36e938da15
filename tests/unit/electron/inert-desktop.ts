import { stat } from 'node:fs/promises';
import type { DesktopServices, ExportServices } from '../../../electron/main/ipc/ports';

/** Desktop services that do nothing, for tests about other handlers. */
export function inertDesktop(): DesktopServices {
  return {
    opener: {
      openDropped: async () => ({ status: 'cancelled' }),
      takePending: () => null,
      focusIfOpenElsewhere: () => false,
      noteFileInUse: () => undefined,
    },
    theme: { toggle: async () => 'system' },
    language: {
      current: () => ({ choice: 'system', language: 'en', systemLanguage: 'en', pseudo: false }),
      choose: async () => {
        throw new Error('No language chosen in this test.');
      },
    },
  };
}

/** Export services that refuse to run, for tests about other handlers. */
export function inertExports(): ExportServices {
  const refuse = async (): Promise<never> => {
    throw new Error('No export in this test.');
  };
  return {
    // Save As asks whether a file is there before it adds .pickwise to a typed name.
    files: { write: refuse, readText: refuse, exists: (path) => stat(path).then(() => true, () => false) },
    clipboard: { writePng: refuse },
    printer: { printToPdf: refuse },
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
}

/** The export and import dialogs, always cancelled, for tests about other dialogs. */
export const cancelledExportDialogs = {
  chooseExportPath: async () => null,
  chooseFileToImport: async () => null,
  confirmReplace: async () => false,
};
