import { useState } from 'react';
import { useScoresSealed } from '../../store/derived';
import { exportBacklogCsv, exportDecisionRecord } from '../../export/export-commands';
import { reportError } from '../../error-reporting';
import { importCandidatesFromFile, mergeSessionFromFile } from '../../export/import-commands';
import { openBriefDialog, openChartDialog, previewImport } from '../../store/share-store';
import { compareWithFile } from '../../store/comparison-store';
import { startFollowUpDocument } from '../../store/document-commands';
import { useTranslation } from '../../i18n';
import { Panel } from '../common/fields';
import { ExportLanguageField } from './export-language-field';
import { SinceExportNote } from './since-export-note';
import './share.css';

/** Share: everything that leaves the room, and what comes in from spreadsheets and other rooms. */
export function ShareView() {
  const [bom, setBom] = useState(true);
  const [delimiter, setDelimiter] = useState<',' | ';'>(',');
  const [pasted, setPasted] = useState('');
  const run = (work: () => Promise<unknown>) => () => void work().catch(reportError);
  const sealed = useScoresSealed();
  const { t } = useTranslation('share');
  const sealedNote = sealed && (
    <p className="panel-note" data-testid="sealed-export-note">
      {t('shareView.sealedNote')}
    </p>
  );
  return (
    <div className="phase-view share-view">
      <ExportLanguageField />
      <div className="share-columns">
        <Panel title={t('shareView.chartImage.title')} intro={t('shareView.chartImage.intro')}>
          {sealedNote}
          <div className="share-actions">
            <button type="button" disabled={sealed} onClick={openChartDialog}>
              {t('shareView.chartImage.export')}
            </button>
          </div>
        </Panel>
        <Panel title={t('shareView.decisionRecord.title')} intro={t('shareView.decisionRecord.intro')}>
          {sealedNote}
          <SinceExportNote exported="record" />
          <div className="share-actions">
            <button type="button" disabled={sealed} onClick={run(() => exportDecisionRecord('pdf'))}>
              {t('shareView.decisionRecord.exportPdf')}
            </button>
            <button type="button" disabled={sealed} onClick={run(() => exportDecisionRecord('markdown'))}>
              {t('shareView.decisionRecord.exportMarkdown')}
            </button>
          </div>
        </Panel>
        <Panel title={t('shareView.mlBrief.title')} intro={t('shareView.mlBrief.intro')}>
          {sealedNote}
          <div className="share-actions">
            <button type="button" disabled={sealed} onClick={() => openBriefDialog()}>
              {t('shareView.mlBrief.export')}
            </button>
          </div>
        </Panel>
        <Panel
          title={t('shareView.backlogCsv.title')}
          intro={sealed ? t('shareView.backlogCsv.introSealed') : t('shareView.backlogCsv.intro')}
        >
          <div className="share-options">
            <label className="check-field">
              <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
              {t('shareView.backlogCsv.bom')}
            </label>
            <label className="inline-field">
              <span>{t('shareView.backlogCsv.separator')}</span>
              <select value={delimiter} onChange={(event) => setDelimiter(event.target.value as ',' | ';')}>
                <option value=",">{t('shareView.backlogCsv.comma')}</option>
                <option value=";">{t('shareView.backlogCsv.semicolon')}</option>
              </select>
            </label>
          </div>
          <SinceExportNote exported="csv" />
          <div className="share-actions">
            <button type="button" onClick={run(() => exportBacklogCsv({ bom, delimiter }))}>
              {t('shareView.backlogCsv.export')}
            </button>
          </div>
        </Panel>
        <Panel title={t('shareView.importCandidates.title')} intro={t('shareView.importCandidates.intro')}>
          <div className="share-actions">
            <button
              type="button"
              onClick={run(importCandidatesFromFile)}
            >
              {t('shareView.importCandidates.fromFile')}
            </button>
          </div>
          <label className="field">
            <span className="field-label">{t('shareView.importCandidates.pasteHere')}</span>
            <textarea rows={4} value={pasted} maxLength={2_000_000} placeholder={t('shareView.importCandidates.pastePlaceholder')} onChange={(event) => setPasted(event.target.value)} />
          </label>
          <div className="share-actions">
            <button type="button" disabled={pasted.trim() === ''} onClick={() => previewImport(pasted, t('shareView.importCandidates.pastedText'))}>
              {t('shareView.importCandidates.previewPasted')}
            </button>
          </div>
        </Panel>
        <Panel title={t('shareView.merge.title')} intro={t('shareView.merge.intro')}>
          <div className="share-actions">
            <button
              type="button"
              onClick={run(mergeSessionFromFile)}
            >
              {t('shareView.merge.chooseFile')}
            </button>
          </div>
        </Panel>
        <Panel title={t('shareView.compare.title')} intro={t('shareView.compare.intro')}>
          <div className="share-actions">
            <button type="button" onClick={run(compareWithFile)}>
              {t('shareView.compare.action')}
            </button>
          </div>
        </Panel>
        <Panel title={t('shareView.followUp.title')} intro={t('shareView.followUp.intro')}>
          <div className="share-actions">
            <button type="button" onClick={run(startFollowUpDocument)}>
              {t('shareView.followUp.action')}
            </button>
          </div>
        </Panel>
      </div>
    </div>
  );
}
