import { basename, dirname, join } from 'node:path';
import type { EarlierSessionResult } from '../../../shared/ipc-contract';
import { textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
import type { SessionFiles } from './session-files';

/**
 * Whether a file name taken from a session file is a plain name in a folder: no folder of its
 * own, no way up. The name comes from a file anyone may have edited, and is only ever joined
 * onto the folder of the window's own file.
 */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[\\/\0]/.test(name) && basename(name) === name;
}

/**
 * The session a follow-up follows up, when its file lies beside the follow-up's own file: main
 * reads the window's file, takes the earlier file's name from its link (shared/session/follow-up.ts),
 * looks for it in the same folder, and reads it with Open's reader. Found only when that file
 * holds the very session the link names (the same id): a file of that name that is another
 * session is not the earlier one. Nothing is shown to the facilitator: a follow-up without its
 * earlier file beside it is simply not compared.
 */
export async function earlierSessionBeside(sessionFiles: Pick<SessionFiles, 'read'>, filePath: string | null): Promise<EarlierSessionResult> {
  const t = textsIn(interfaceLanguage());
  if (filePath === null) return { status: 'not-found', reason: t('desktop:earlierSession.noFile') };
  const own = await sessionFiles.read(filePath);
  if (!own.ok) return { status: 'not-found', reason: own.error.message };
  const link = own.session.followUp?.earlier;
  if (link === undefined) return { status: 'not-found', reason: t('desktop:earlierSession.noEarlier') };
  if (!isPlainFileName(link.fileName)) {
    return { status: 'not-found', reason: link.fileName === '' ? t('desktop:earlierSession.neverSaved') : t('desktop:earlierSession.notAFileName', { fileName: link.fileName }) };
  }
  const path = join(dirname(filePath), link.fileName);
  if (path === filePath) return { status: 'not-found', reason: t('desktop:earlierSession.ownFile') };
  const earlier = await sessionFiles.read(path);
  if (!earlier.ok) return { status: 'not-found', reason: earlier.error.message };
  if (earlier.session.id !== link.sessionId) return { status: 'not-found', reason: t('desktop:earlierSession.anotherSession', { fileName: earlier.fileName }) };
  return { status: 'found', session: earlier.session, fileName: earlier.fileName };
}
