import { expect, test } from '../fixtures';
import { candidateTitles, captureCandidate } from './session-page';

// Locked down, checked in the page. In harness mode the window is built by main's window
// factory and the session locked down by main's lockDownSession (tests/e2e/harness/main-policy.ts):
// every navigation, new window, permission and request below is decided by main's own
// handlers, which the `policy` fixture records. The Content Security Policy is the first
// door; with it switched off, main's request filter is the next.

test('the page cannot leave the app: fetch, remote images, navigation and new windows are refused', async ({ app, network, policy }) => {
  const { page } = app;
  const origin = new URL(page.url()).origin;
  await captureCandidate(page, 'Churn prediction');

  const fetched = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'fetched';
    } catch {
      return 'refused';
    }
  });
  expect(fetched).toBe('refused');
  const image = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const img = document.createElement('img');
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = 'https://example.com/pixel.png';
        document.body.append(img);
      }),
  );
  expect(image).toBe('refused');
  // The policy stopped both inside the page: not even an attempt reached main.
  expect(network.outside).toEqual([]);

  await page.evaluate(() => void window.open('https://example.com/'));
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'https://example.com/linked', target: '_blank', textContent: 'away' });
    document.body.append(link);
    link.click();
    link.remove();
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await expect.poll(() => policy.navigations.length).toBe(1);
  await expect.poll(() => policy.windows.length).toBe(2);
  // Chromium opened each window before main could be asked; the harness closes what main denied.
  await expect.poll(() => page.context().pages().length).toBe(1);
  expect(page.context().pages()).toEqual([page]);
  expect(new URL(page.url()).origin).toBe(origin);
  expect(await candidateTitles(page)).toEqual(['Churn prediction']);
  // main's will-navigate and window-open handlers were asked, and refused.
  expect(policy.navigations).toEqual([{ url: 'https://example.com/', allowed: false }]);
  expect(policy.windows).toEqual([
    { url: 'https://example.com/', action: 'deny' },
    { url: 'https://example.com/linked', action: 'deny' },
  ]);
  console.log(`[locked-down] attempts refused outside the page: ${JSON.stringify(network.outside)}`);
  expect(network.outside.every((url) => url.startsWith('https://example.com/'))).toBe(true);
  expect(network.all.filter((url) => !url.startsWith(origin) && !network.outside.includes(url))).toEqual([]);
  // Nothing that left for outside got past main's request filter.
  expect(policy.requests.filter((request) => !request.url.startsWith('app://') && !request.cancelled)).toEqual([]);
});

test.describe('without the Content Security Policy', () => {
  test.use({ bypassCSP: true });

  test('main’s request filter still cancels every request that would leave the app', async ({ app, policy }) => {
    const { page } = app;
    const outcomes = await page.evaluate(async () => {
      const fetched = await fetch('https://example.com/data.json').then(
        () => 'fetched',
        () => 'refused',
      );
      const socket = await new Promise<string>((resolve) => {
        const ws = new WebSocket('wss://example.com/socket');
        ws.onopen = () => resolve('opened');
        ws.onerror = () => resolve('refused');
      });
      const image = await new Promise<string>((resolve) => {
        const img = document.createElement('img');
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = 'http://localhost:8080/pixel.png';
        document.body.append(img);
      });
      return { fetched, socket, image };
    });
    expect(outcomes).toEqual({ fetched: 'refused', socket: 'refused', image: 'refused' });
    const outside = policy.requests.filter((request) => !request.url.startsWith('app://'));
    expect(outside.map((request) => request.url)).toEqual(expect.arrayContaining(['https://example.com/data.json', 'http://localhost:8080/pixel.png']));
    expect(outside.filter((request) => !request.cancelled)).toEqual([]);
    // The app's own assets were asked about too, and served.
    expect(policy.requests.filter((request) => request.url.startsWith('app://pickwise/')).every((request) => !request.cancelled)).toBe(true);
  });
});

test('every permission the page can ask for is refused by main, when requested and when queried', async ({ app, policy }) => {
  const { page } = app;
  const outcomes = await page.evaluate(async () => {
    const settle = (promise: Promise<unknown>) =>
      promise.then(
        (value) => `granted: ${String(value)}`,
        (error: Error) => `refused: ${error.name}`,
      );
    const geolocation = await new Promise<string>((resolve) =>
      navigator.geolocation.getCurrentPosition(
        () => resolve('granted'),
        (error) => resolve(`refused: ${error.code}`),
      ),
    );
    const queried: Record<string, string> = {};
    for (const name of ['geolocation', 'notifications', 'camera', 'microphone', 'clipboard-read'] as PermissionName[]) {
      queried[name] = (await navigator.permissions.query({ name })).state;
    }
    return {
      notifications: await Notification.requestPermission(),
      geolocation,
      camera: await settle(navigator.mediaDevices.getUserMedia({ video: true, audio: true })),
      screen: await settle(navigator.mediaDevices.getDisplayMedia({ video: true })),
      fullscreen: await settle(document.documentElement.requestFullscreen()),
      clipboard: await settle(navigator.clipboard.readText()),
      midi: await settle(navigator.requestMIDIAccess({ sysex: true })),
      persist: await navigator.storage.persist(),
      queried,
    };
  });
  expect(outcomes).toEqual({
    notifications: 'denied',
    geolocation: 'refused: 1',
    camera: 'refused: NotAllowedError',
    screen: 'refused: NotAllowedError',
    fullscreen: 'refused: TypeError',
    clipboard: 'refused: NotAllowedError',
    midi: 'refused: NotAllowedError',
    persist: false,
    queried: { geolocation: 'denied', notifications: 'denied', camera: 'denied', microphone: 'denied', 'clipboard-read': 'denied' },
  });
  // Each answer came from main's handlers, and each was no.
  const asked = policy.permissions.map(({ asked: kind, permission }) => `${kind} ${permission}`);
  expect(asked).toEqual(
    expect.arrayContaining([
      'request notifications',
      'request geolocation',
      'request media',
      'request display-capture',
      'request fullscreen',
      'request clipboard-read',
      'request midiSysex',
      'request persistent-storage',
      'check geolocation',
      'check notifications',
      'check media',
      'check clipboard-read',
    ]),
  );
  expect(policy.permissions.filter((permission) => permission.granted)).toEqual([]);
});
