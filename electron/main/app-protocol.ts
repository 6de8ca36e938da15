import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Maps a page URL's path to a file inside the renderer's build folder, or null when it tries
 * to climb out of it (`..`, encoded separators, NUL bytes).
 */
export function resolveAppAsset(rendererRoot: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(rendererRoot);
  const resolved = normalize(join(root, relative));
  if (!resolved.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return resolved;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The Content-Type for a built asset; unknown kinds are served as opaque bytes. */
function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/**
 * Answers a request for the app's page or one of its assets, with the Content Security
 * Policy on every response. Electron's protocol handler and the test harness both call this.
 */
export async function serveAppAsset(
  rendererRoot: string,
  url: string,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<AssetResponse> {
  const notFound: AssetResponse = {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    body: 'Not found',
  };
  const path = resolveAppAsset(rendererRoot, url);
  if (path === null) return notFound;
  try {
    const body = await readFile(path);
    return {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(path),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
      body,
    };
  } catch {
    return notFound;
  }
}
