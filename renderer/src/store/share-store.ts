import { create } from 'zustand';
import type { Session } from '../../../shared';

/** The import and export dialogs that are open, and what they hold. View state only. */
export interface ShareState {
  chartDialogOpen: boolean;
  /** A candidate table waiting in the import preview: its text and where it came from. */
  importing: { text: string; source: string } | null;
  /** Another session waiting in the merge preview. */
  merging: { session: Session; fileName: string } | null;
}

export const useShareStore = create<ShareState>()(() => ({ chartDialogOpen: false, importing: null, merging: null }));

export const openChartDialog = () => useShareStore.setState({ chartDialogOpen: true });
export const closeChartDialog = () => useShareStore.setState({ chartDialogOpen: false });
export const previewImport = (text: string, source: string) => useShareStore.setState({ importing: { text, source } });
export const closeImport = () => useShareStore.setState({ importing: null });
export const previewMerge = (session: Session, fileName: string) => useShareStore.setState({ merging: { session, fileName } });
export const closeMerge = () => useShareStore.setState({ merging: null });
