import type { DesktopServices } from '../../../electron/main/ipc-handlers';

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
  };
}
