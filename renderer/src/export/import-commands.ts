import { pickwise } from '../pickwise-client';
import { previewImport, previewMerge } from '../store/share-store';

/** Asks main for a CSV or text file and shows its candidates in the import preview. */
export async function importCandidatesFromFile(): Promise<void> {
  const read = await pickwise().readBacklogFile();
  if (read.status === 'read') previewImport(read.text, read.fileName, read.encoding);
}

/** Asks main for another session file and shows it in the merge preview. */
export async function mergeSessionFromFile(): Promise<void> {
  const read = await pickwise().readSessionForMerge();
  if (read.status === 'read') previewMerge(read.session, read.fileName);
}
