import { create } from 'zustand';
import { defaultBriefCandidate, type Paper, type Session, type TableEncoding } from '../../../shared';
import { useSessionStore } from './session-store';

/** The import and export dialogs that are open, and what they hold. View state only. */
export interface ShareState {
  chartDialogOpen: boolean;
  /** A candidate table waiting in the import preview: its text, where it came from, and how its bytes were read (a pasted text has none). */
  importing: { text: string; source: string; encoding: TableEncoding | null } | null;
  /** Another session waiting in the merge preview. */
  merging: { session: Session; fileName: string } | null;
  /** The ML brief dialog while open: the candidate chosen (null when the session has none). */
  brief: { candidateId: string | null } | null;
  /** The paper chosen for briefs, remembered while the app runs; null until someone chooses. */
  briefPaper: Paper | null;
}

export const useShareStore = create<ShareState>()(() => ({ chartDialogOpen: false, importing: null, merging: null, brief: null, briefPaper: null }));

export const openChartDialog = () => useShareStore.setState({ chartDialogOpen: true });
export const closeChartDialog = () => useShareStore.setState({ chartDialogOpen: false });
export const previewImport = (text: string, source: string, encoding: TableEncoding | null = null) => useShareStore.setState({ importing: { text, source, encoding } });
export const closeImport = () => useShareStore.setState({ importing: null });
export const previewMerge = (session: Session, fileName: string) => useShareStore.setState({ merging: { session, fileName } });
export const closeMerge = () => useShareStore.setState({ merging: null });
/** Opens the ML brief dialog on the candidate asked for, else the focus, else the top of the ranking. */
export const openBriefDialog = (candidateId: string | null = null) =>
  useShareStore.setState({ brief: { candidateId: defaultBriefCandidate(useSessionStore.getState().session, candidateId) } });
export const chooseBriefCandidate = (candidateId: string) => useShareStore.setState({ brief: { candidateId } });
export const chooseBriefPaper = (briefPaper: Paper) => useShareStore.setState({ briefPaper });
export const closeBriefDialog = () => useShareStore.setState({ brief: null });
