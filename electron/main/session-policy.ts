import type { Session } from 'electron';
import { shouldCancelRequest } from './navigation-policy';

/** A permission as Electron names it (`media`, `notifications`, `fullscreen`, …). */
export type Permission = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];

/** What a permission handler learns about the frame that asks. */
export interface PermissionAsker {
  requestingUrl?: string;
  isMainFrame: boolean;
}

/**
 * The part of Electron's `Session` the lock-down sets. index.ts passes the real default
 * session; the e2e harness passes one of its own and then asks the handlers registered on it
 * about every request and permission the page makes, so both run main's rules.
 */
export interface SessionPort {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: Permission, callback: (granted: boolean) => void, details: PermissionAsker) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: Permission, requestingOrigin: string, details: PermissionAsker) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/**
 * Pickwise needs no permission and no network: every permission request and check is
 * refused (Electron grants them all when no handler is set), and every request that would
 * leave the app is cancelled (the dev server and its socket excepted in development).
 */
export function lockDownSession(session: SessionPort, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: shouldCancelRequest(details.url, devServerUrl) });
  });
}
