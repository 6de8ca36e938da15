import { Suspense } from 'react';
import { PHASE_LABELS, useViewStore } from '../store/view-store';
import { DocumentBar } from './document-bar';
import { FrameView } from './frame/frame-view';
import { lazyView } from './lazy-view';
import { MapView } from './map/map-view';
import { PhaseNav } from './phase-nav';
import { useMapViewStore } from '../store/map-view-store';
import { ErrorDialog } from './error-dialog';
import { RecoveryDialog } from './recovery-dialog';
import { DesktopNotice, ShortcutsOverlay } from './shortcuts-overlay';
import { SkipLink } from './skip-link';

// The first screen (Frame) and the Map come with the app; every other phase, the
// presentation and the dialogs that export or import are files of their own, loaded once the
// window has started (preloadViews).
const PresentationMode = lazyView(() => import('./map/presentation-mode').then((module) => module.PresentationMode));
const CollectView = lazyView(() => import('./collect/collect-view').then((module) => module.CollectView));
const ScoreView = lazyView(() => import('./score/score-view').then((module) => module.ScoreView));
const DecideView = lazyView(() => import('./decide/decide-view').then((module) => module.DecideView));
const ShareView = lazyView(() => import('./share/share-view').then((module) => module.ShareView));
const ChartExportDialog = lazyView(() => import('./share/chart-export-dialog').then((module) => module.ChartExportDialog));
const BriefDialog = lazyView(() => import('./share/brief-dialog').then((module) => module.BriefDialog));
const ImportDialog = lazyView(() => import('./share/import-dialog').then((module) => module.ImportDialog));
const MergeDialog = lazyView(() => import('./share/merge-dialog').then((module) => module.MergeDialog));

const PHASE_VIEWS = { frame: FrameView, collect: CollectView, score: ScoreView, map: MapView, decide: DecideView, share: ShareView } as const;

/** Loads the code of every view that did not come with the app. */
export async function preloadViews(): Promise<void> {
  await Promise.all([PresentationMode, CollectView, ScoreView, DecideView, ShareView, ChartExportDialog, BriefDialog, ImportDialog, MergeDialog].map((view) => view.preload()));
}

/** The window: the document bar and the phases on top, the current phase below. */
export function App() {
  const phase = useViewStore((state) => state.phase);
  const PhaseView = PHASE_VIEWS[phase];
  const presenting = useMapViewStore((state) => state.presenting);
  if (presenting)
    return (
      <Suspense fallback={null}>
        <PresentationMode />
      </Suspense>
    );
  return (
    <div className="app">
      <SkipLink />
      <DocumentBar />
      <PhaseNav />
      {/* Focusable from script only: focus lands here when a phase has no control at all. */}
      <main id="workshop" className="workspace" tabIndex={-1} data-phase={phase} aria-label={PHASE_LABELS[phase]}>
        <Suspense fallback={null}>
          <PhaseView />
        </Suspense>
      </main>
      <Suspense fallback={null}>
        <ChartExportDialog />
        <BriefDialog />
        <ImportDialog />
        <MergeDialog />
      </Suspense>
      <RecoveryDialog />
      <ErrorDialog />
      <ShortcutsOverlay />
      <DesktopNotice />
    </div>
  );
}
