import { useState } from 'react';
import { useScoresSealed } from '../../store/derived';
import { exportBacklogCsv, exportDecisionRecord } from '../../export/export-commands';
import { reportError } from '../../error-reporting';
import { importCandidatesFromFile, mergeSessionFromFile } from '../../export/import-commands';
import { openBriefDialog, openChartDialog, previewImport } from '../../store/share-store';
import { compareWithFile } from '../../store/comparison-store';
import { startFollowUpDocument } from '../../store/document-commands';
import { Panel } from '../common/fields';
import { SinceExportNote } from './since-export-note';
import './share.css';

/** Share: everything that leaves the room, and what comes in from spreadsheets and other rooms. */
export function ShareView() {
  const [bom, setBom] = useState(true);
  const [delimiter, setDelimiter] = useState<',' | ';'>(',');
  const [pasted, setPasted] = useState('');
  const run = (work: () => Promise<unknown>) => () => void work().catch(reportError);
  const sealed = useScoresSealed();
  const sealedNote = sealed && (
    <p className="panel-note" data-testid="sealed-export-note">
      Available after the reveal: it shows the scores, which stay hidden while blind scoring is under way.
    </p>
  );
  return (
    <div className="phase-view share-view">
      <div className="share-columns">
        <Panel title="Chart image" intro="The matrix as a PNG (1×, 2× or 4×) or SVG, with or without title and legend. A PNG carries the whole session: open it in Pickwise to get the session back.">
          {sealedNote}
          <div className="share-actions">
            <button type="button" disabled={sealed} onClick={openChartDialog}>
              Export chart image…
            </button>
          </div>
        </Panel>
        <Panel title="Decision record" intro="One page for the people who were not in the room: the goal, the room, the chart, the top candidates, the focus problem and its plan.">
          {sealedNote}
          <SinceExportNote exported="record" />
          <div className="share-actions">
            <button type="button" disabled={sealed} onClick={run(() => exportDecisionRecord('pdf'))}>
              Export as PDF…
            </button>
            <button type="button" disabled={sealed} onClick={run(() => exportDecisionRecord('markdown'))}>
              Export as Markdown…
            </button>
          </div>
        </Panel>
        <Panel title="ML brief" intro="One page for the sponsor of one candidate: the problem, its metric, the baseline to beat, the data, the first version, the readiness checklist and its open questions, as PDF (A4 or US Letter) or Markdown.">
          {sealedNote}
          <div className="share-actions">
            <button type="button" disabled={sealed} onClick={() => openBriefDialog()}>
              Export ML brief…
            </button>
          </div>
        </Panel>
        <Panel
          title="Backlog as CSV"
          intro={
            sealed
              ? 'One row per candidate with every field, for spreadsheets. The aggregates are left empty until the scores are revealed.'
              : 'One row per candidate with every field and the aggregates, for spreadsheets.'
          }
        >
          <div className="share-options">
            <label className="check-field">
              <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
              UTF-8 with byte order mark (for Excel)
            </label>
            <label className="inline-field">
              <span>Separator</span>
              <select value={delimiter} onChange={(event) => setDelimiter(event.target.value as ',' | ';')}>
                <option value=",">Comma</option>
                <option value=";">Semicolon</option>
              </select>
            </label>
          </div>
          <SinceExportNote exported="csv" />
          <div className="share-actions">
            <button type="button" onClick={run(() => exportBacklogCsv({ bom, delimiter }))}>
              Export CSV…
            </button>
          </div>
        </Panel>
        <Panel title="Import candidates" intro="From a CSV file or a block pasted from a spreadsheet (one title per line works too). You see a preview first.">
          <div className="share-actions">
            <button
              type="button"
              onClick={run(importCandidatesFromFile)}
            >
              Import from a file…
            </button>
          </div>
          <label className="field">
            <span className="field-label">Or paste here</span>
            <textarea rows={4} value={pasted} maxLength={2_000_000} placeholder={'Churn prediction\nDemand forecasting\n…'} onChange={(event) => setPasted(event.target.value)} />
          </label>
          <div className="share-actions">
            <button type="button" disabled={pasted.trim() === ''} onClick={() => previewImport(pasted, 'pasted text')}>
              Preview pasted candidates
            </button>
          </div>
        </Panel>
        <Panel title="Merge another room’s session" intro="Two rooms ran the same exercise: bring the other session’s candidates in, with their scores mapped to this room’s participants.">
          <div className="share-actions">
            <button
              type="button"
              onClick={run(mergeSessionFromFile)}
            >
              Choose a session file…
            </button>
          </div>
        </Panel>
        <Panel
          title="Compare with another session"
          intro="An earlier session, or another room’s: see on the Map what moved since then, and why. This session stays the one you save; the other file is only read."
        >
          <div className="share-actions">
            <button type="button" onClick={run(compareWithFile)}>
              Compare with another session…
            </button>
          </div>
        </Panel>
        <Panel
          title="Start a follow-up session"
          intro="The room meets again: a new session with the same frame, people, criteria and backlog, scores cleared, compared with this one. It asks first what became of this session’s focus."
        >
          <div className="share-actions">
            <button type="button" onClick={run(startFollowUpDocument)}>
              Start follow-up session…
            </button>
          </div>
        </Panel>
      </div>
    </div>
  );
}
