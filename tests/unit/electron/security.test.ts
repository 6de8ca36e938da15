import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, shouldCancelRequest, windowOpenDecision } from '../../../electron/main/navigation-policy';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, secureWebPreferences } from '../../../electron/main/security';
import { LOCKED_DOWN_PREFERENCES, UNSAFE_PREFERENCES } from './locked-down-preferences';

// Locked down, checked: the window's web preferences, the Content Security Policy, the rules
// that refuse navigation, new windows and requests leaving the app, and the fuses of a build.
// (The IPC gate's refusals are in ipc-dispatch.test.ts.)

describe('the window’s web preferences', () => {
  const preferences = secureWebPreferences('/app/preload/index.cjs');

  it('isolate the page, sandbox it and give it no Node', () => {
    expect(preferences).toMatchObject({ preload: '/app/preload/index.cjs', ...LOCKED_DOWN_PREFERENCES });
  });

  it('switch nothing unsafe on', () => {
    for (const key of UNSAFE_PREFERENCES) expect(preferences).not.toHaveProperty(key);
  });
});

describe('the Content Security Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('is present with a default of the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('allows only the app’s own scripts: no eval, no inline script, no remote origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('names no remote origin anywhere, and shuts objects, framing, base and forms', () => {
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i);
        expect(value, `${name} ${value}`).not.toBe("'unsafe-eval'");
      }
    }
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('navigation and new windows', () => {
  const page = `${APP_ORIGIN}/index.html`;

  it.each([
    ['a web page', 'https://example.com/'],
    ['another page of the app', `${APP_ORIGIN}/other.html`],
    ['a file on disk', 'file:///etc/passwd'],
    ['a look-alike host', 'app://pickwise.evil/index.html'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: page', 'data:text/html,<h1>hi</h1>'],
    ['nonsense', 'not a url'],
  ])('refuses navigating to %s', (_what, target) => {
    expect(isAllowedNavigation(page, target)).toBe(false);
  });

  it('allows only reloading the page itself', () => {
    expect(isAllowedNavigation(page, page)).toBe(true);
  });

  it('denies every new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

describe('requests leaving the app', () => {
  it.each(['https://example.com/', 'http://localhost:8080/api', 'wss://example.com/socket', 'file:///etc/passwd', 'ftp://example.com/x'])(
    'cancels %s',
    (url) => {
      expect(shouldCancelRequest(url)).toBe(true);
    },
  );

  it.each([`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/assets/index.js`, 'data:image/png;base64,AAAA', 'blob:app://pickwise/123'])('serves %s', (url) => {
    expect(shouldCancelRequest(url)).toBe(false);
  });

  it('lets the dev server through only in development', () => {
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(false);
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(shouldCancelRequest('https://example.com/', 'http://localhost:5173')).toBe(true);
  });
});

describe('the Electron fuses of a build', () => {
  const { fuses, testFuses, fusesForBuild } = createRequire(__filename)(join(__dirname, '../../../build/electron-fuses.cjs')) as {
    fuses: Record<string, boolean>;
    testFuses: Record<string, boolean>;
    fusesForBuild(env: Record<string, string | undefined>): Record<string, boolean>;
  };

  it('shut every door in a production build', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(fusesForBuild({})).toBe(fuses);
  });

  it('open only the inspector, for Playwright, in the test build', () => {
    expect(fusesForBuild({ PICKWISE_TEST_BUILD: '1' })).toBe(testFuses);
    const opened = Object.keys(testFuses).filter((key) => testFuses[key] !== fuses[key]);
    expect(opened).toEqual(['enableNodeCliInspectArguments']);
  });
});
