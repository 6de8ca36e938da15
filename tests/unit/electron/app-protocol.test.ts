import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset, serveAppAsset } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

const root = '/opt/pickwise/renderer';

describe('the app:// protocol', () => {
  it('serves the page and its assets from the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://pickwise/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://pickwise/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'));
  });

  it.each([
    'app://pickwise/../../etc/passwd',
    'app://pickwise/%2e%2e/%2e%2e/etc/passwd',
    'app://pickwise/assets/..%2f..%2f..%2fetc/passwd',
    'app://pickwise/%5c..%5csecret',
    'app://pickwise/a%00.js',
    'app://pickwise/%E0%A4%A',
  ])('never serves anything outside it: %s', (url) => {
    const resolved = resolveAppAsset(root, url);
    if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true);
  });

  it('puts the Content Security Policy on every response, found or not', async () => {
    const found = await serveAppAsset(root, 'app://pickwise/index.html', async () => new TextEncoder().encode('<html>'));
    const missing = await serveAppAsset(root, 'app://pickwise/nope.js', async () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    expect(found.status).toBe(200);
    expect(found.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(found.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(missing.status).toBe(404);
    expect(missing.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('has a strict policy: no remote origins, no eval, no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });
});
