/**
 * The page's half of permissions in harness mode. Chromium asks Electron's session about every
 * permission a page requests or queries; Playwright offers no hook for that (it can only grant
 * permissions up front), so each web API that needs a permission first asks main's handlers
 * through a binding, and is refused as Chromium refuses it when main says no. When main says
 * yes, the harness grants the permission in Chromium and the API runs as it is.
 * (`Notification.permission` is synchronous and cannot ask; it stays Chromium's own.)
 */
export function permissionsInitScript(): string {
  return `(() => {
  const ask = (asked, permission, details) => window.__pickwiseHarnessPermission(asked, permission, details || {});
  const refusal = (name, message) => () => Promise.reject(new DOMException(message, name));
  // A method that asks for a permission first: main's answer decides whether it runs.
  const guard = (owner, method, permissionOf, refuse) => {
    const original = owner && owner[method];
    if (typeof original !== 'function') return;
    Object.defineProperty(owner, method, {
      configurable: true,
      writable: true,
      value: function (...args) {
        const [permission, details] = permissionOf(...args);
        return ask('request', permission, details).then((granted) => (granted ? original.apply(this, args) : refuse(...args)));
      },
    });
  };
  const media = (constraints) => [
    'media',
    { mediaTypes: [constraints && constraints.video ? 'video' : null, constraints && constraints.audio ? 'audio' : null].filter(Boolean) },
  ];
  guard(window.MediaDevices && MediaDevices.prototype, 'getUserMedia', media, refusal('NotAllowedError', 'Permission denied'));
  guard(window.MediaDevices && MediaDevices.prototype, 'getDisplayMedia', () => ['display-capture'], refusal('NotAllowedError', 'Permission denied'));
  guard(Element.prototype, 'requestFullscreen', () => ['fullscreen'], () => Promise.reject(new TypeError('Permissions check failed')));
  guard(Element.prototype, 'requestPointerLock', () => ['pointerLock'], refusal('NotAllowedError', 'Pointer lock denied'));
  guard(window.Clipboard && Clipboard.prototype, 'readText', () => ['clipboard-read'], refusal('NotAllowedError', 'Read permission denied.'));
  guard(window.Clipboard && Clipboard.prototype, 'read', () => ['clipboard-read'], refusal('NotAllowedError', 'Read permission denied.'));
  guard(window.Clipboard && Clipboard.prototype, 'writeText', () => ['clipboard-sanitized-write'], refusal('NotAllowedError', 'Write permission denied.'));
  guard(window.Clipboard && Clipboard.prototype, 'write', () => ['clipboard-sanitized-write'], refusal('NotAllowedError', 'Write permission denied.'));
  guard(Navigator.prototype, 'requestMIDIAccess', (options) => [options && options.sysex ? 'midiSysex' : 'midi'], refusal('NotAllowedError', 'Permission denied'));
  guard(window.Keyboard && Keyboard.prototype, 'lock', () => ['keyboardLock'], refusal('NotAllowedError', 'Permission denied'));
  guard(window.WakeLock && WakeLock.prototype, 'request', () => ['screen-wake-lock'], refusal('NotAllowedError', 'Wake Lock permission request denied'));
  guard(window.StorageManager && StorageManager.prototype, 'persist', () => ['persistent-storage'], () => Promise.resolve(false));
  guard(Document.prototype, 'requestStorageAccess', () => ['storage-access'], refusal('NotAllowedError', 'Permission denied'));
  guard(window, 'getScreenDetails', () => ['window-management'], refusal('NotAllowedError', 'Permission denied'));
  guard(window, 'queryLocalFonts', () => ['local-fonts'], refusal('NotAllowedError', 'Permission denied'));
  guard(window.Notification, 'requestPermission', () => ['notifications'], () => Promise.resolve('denied'));
  guard(window.IdleDetector, 'requestPermission', () => ['idle-detection'], () => Promise.resolve('denied'));

  // Geolocation answers through callbacks: a refusal calls the error callback with PERMISSION_DENIED.
  const geolocation = window.Geolocation && Geolocation.prototype;
  for (const method of ['getCurrentPosition', 'watchPosition']) {
    const original = geolocation && geolocation[method];
    if (typeof original !== 'function') continue;
    Object.defineProperty(geolocation, method, {
      configurable: true,
      writable: true,
      value: function (success, failure, options) {
        void ask('request', 'geolocation').then((granted) => {
          if (granted) original.call(this, success, failure, options);
          else if (failure) failure({ code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 });
        });
        return 0;
      },
    });
  }

  // navigator.permissions.query is a permission check: the state is main's answer.
  const CHECKED = {
    geolocation: 'geolocation',
    notifications: 'notifications',
    camera: 'media',
    microphone: 'media',
    'clipboard-read': 'clipboard-read',
    'clipboard-write': 'clipboard-sanitized-write',
    midi: 'midi',
    'persistent-storage': 'persistent-storage',
    'storage-access': 'storage-access',
    'window-management': 'window-management',
    'local-fonts': 'local-fonts',
    'screen-wake-lock': 'screen-wake-lock',
    'idle-detection': 'idle-detection',
    'keyboard-lock': 'keyboardLock',
    'pointer-lock': 'pointerLock',
    'display-capture': 'display-capture',
  };
  const query = window.Permissions && Permissions.prototype.query;
  if (typeof query === 'function') {
    Object.defineProperty(Permissions.prototype, 'query', {
      configurable: true,
      writable: true,
      value: async function (descriptor) {
        const status = await query.call(this, descriptor);
        const name = descriptor && descriptor.name;
        const permission = name === 'midi' && descriptor.sysex ? 'midiSysex' : CHECKED[name];
        if (!permission) return status;
        const mediaType = name === 'camera' ? 'video' : name === 'microphone' ? 'audio' : undefined;
        const granted = await ask('check', permission, mediaType ? { mediaType } : {});
        Object.defineProperty(status, 'state', { configurable: true, get: () => (granted ? 'granted' : 'denied') });
        return status;
      },
    });
  }
})();`;
}
