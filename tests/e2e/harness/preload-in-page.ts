import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built preload bundle: what the window factory is given as its preload. */
export const PRELOAD_BUNDLE = join(__dirname, '../../../out/preload/index.cjs');

/**
 * The page-side half of the harness: the real, built preload bundle (the one the window's
 * web preferences name), run with its `electron` import resolved to a shim. `contextBridge` assigns to `window`; `ipcRenderer.invoke` goes
 * through a Playwright binding to the real handlers in the test process; `on` listens for
 * events the test process emits the way main's `webContents.send` would.
 */
export function preloadInitScript(bundlePath: string = PRELOAD_BUNDLE): string {
  const bundle = readFileSync(bundlePath, 'utf8');
  return `(() => {
  const listeners = new Map();
  // Files a spec drops on the window, with the path on disk each stands for (Electron knows
  // a dropped file's path; a File made in a page has none, so the spec registers it).
  const droppedPaths = new WeakMap();
  Object.defineProperty(window, '__pickwiseHarnessDroppedFile', {
    value(file, path) {
      droppedPaths.set(file, path);
    },
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
      },
    },
    webUtils: {
      getPathForFile(file) {
        return droppedPaths.get(file) ?? '';
      },
    },
    ipcRenderer: {
      invoke(channel, ...args) {
        return window.__pickwiseHarnessInvoke(channel, args);
      },
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  Object.defineProperty(window, '__pickwiseHarnessEmit', {
    value(channel, payload) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: null }, payload);
    },
  });
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  (function (require, module, exports) {
${bundle}
  })(require, module, module.exports);
})();`;
}
