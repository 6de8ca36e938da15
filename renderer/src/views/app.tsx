import { DocumentBar } from './document-bar';
import { FramePanel } from './frame-panel';
import { CandidateList } from './candidate-list';

/** The window: the document bar on top, the session below. */
export function App() {
  return (
    <div className="app">
      <DocumentBar />
      <main className="workspace" aria-label="Session">
        <FramePanel />
        <CandidateList />
      </main>
    </div>
  );
}
