import { useTranslation } from '../i18n';
import { useViewStore } from '../store/view-store';
import { CollectView } from './collect/collect-view';
import { DecideView } from './decide/decide-view';
import { DocumentBar } from './document-bar';
import { FrameView } from './frame/frame-view';
import { PhaseNav } from './phase-nav';
import { ScoreView } from './score/score-view';
import { MapView } from './map/map-view';
import { ShareView } from './share/share-view';
import { BriefDialog } from './share/brief-dialog';
import { ChartExportDialog } from './share/chart-export-dialog';
import { ImportDialog } from './share/import-dialog';
import { MergeDialog } from './share/merge-dialog';
import { CompareReviewDialog } from './compare/compare-review-dialog';
import { FollowUpDialog } from './follow-up/follow-up-dialog';
import { PresentationMode } from './map/presentation-mode';
import { useMapViewStore } from '../store/map-view-store';
import { ErrorDialog } from './error-dialog';
import { RecoveryDialog } from './recovery-dialog';
import { DesktopNotice, ShortcutsOverlay } from './shortcuts-overlay';
import { SkipLink } from './skip-link';

const PHASE_VIEWS = { frame: FrameView, collect: CollectView, score: ScoreView, map: MapView, decide: DecideView, share: ShareView } as const;

/** The window: the document bar and the phases on top, the current phase below. */
export function App() {
  const phase = useViewStore((state) => state.phase);
  const PhaseView = PHASE_VIEWS[phase];
  const presenting = useMapViewStore((state) => state.presenting);
  const { t } = useTranslation();
  if (presenting) return <PresentationMode />;
  return (
    <div className="app">
      <SkipLink />
      <DocumentBar />
      <PhaseNav />
      {/* Focusable from script only: focus lands here when a phase has no control at all. */}
      <main id="workshop" className="workspace" tabIndex={-1} data-phase={phase} aria-label={t(`phases.${phase}`)}>
        <PhaseView />
      </main>
      <ChartExportDialog />
      <BriefDialog />
      <ImportDialog />
      <MergeDialog />
      <CompareReviewDialog />
      <FollowUpDialog />
      <RecoveryDialog />
      <ErrorDialog />
      <ShortcutsOverlay />
      <DesktopNotice />
    </div>
  );
}
