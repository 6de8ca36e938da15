import { useMemo, useState } from 'react';
import {
  candidatesFromTable,
  chooseColumnTarget,
  createEmptySession,
  createId,
  fieldLabel,
  fileDateOrder,
  guessImportColumns,
  importCandidates,
  importFileNotes,
  isTableError,
  mappingOfColumns,
  parseCandidateTable,
  type ImportColumn,
  type TableEncoding,
} from '../../../../shared';
import { announce } from '../../desktop-ui';
import { useLanguage, useTranslation } from '../../i18n';
import { newDocumentWith } from '../../store/document-commands';
import { editSession, useSessionStore } from '../../store/session-store';
import { closeImport, useShareStore } from '../../store/share-store';
import { useModalDialog } from '../modal-dialog';
import { ImportColumnsTable } from './import-columns-table';

const SHOWN_ROWS = 200;

/** The import preview: columns mapped to fields, duplicates marked, nothing added until Import. */
export function ImportDialog() {
  const importing = useShareStore((state) => state.importing);
  const dialog = useModalDialog(importing !== null, closeImport);
  return (
    <dialog ref={dialog} className="calm-dialog wide-dialog import-dialog" aria-labelledby="import-title" data-testid="import-dialog">
      {importing && <ImportPreview key={importing.text} text={importing.text} source={importing.source} encoding={importing.encoding} />}
    </dialog>
  );
}

function ImportPreview({ text, source, encoding }: { text: string; source: string; encoding: TableEncoding | null }) {
  const { t } = useTranslation('share');
  const language = useLanguage();
  const session = useSessionStore((state) => state.session);
  const table = useMemo(() => parseCandidateTable(text, language), [text, language]);
  const [columns, setColumns] = useState<ImportColumn[]>(() => (isTableError(table) ? [] : guessImportColumns(table.headers, table.rows[0]?.length ?? table.headers?.length ?? 1, language)));
  const mapping = useMemo(() => mappingOfColumns(columns), [columns]);
  const dateOrder = useMemo(() => fileDateOrder(isTableError(table) ? null : table.headers, navigator.language), [table]);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [target, setTarget] = useState<'current' | 'new'>('current');
  const base = useMemo(() => (target === 'new' ? createEmptySession(language, new Date(), createId) : session), [target, session, language]);
  const preview = useMemo(
    () => (isTableError(table) || mapping.title === undefined ? null : candidatesFromTable(table, mapping, base, createId, new Date(), { dateOrder }, language)),
    [table, mapping, base, dateOrder, language],
  );

  if (isTableError(table)) {
    return (
      <>
        <h2 id="import-title">{t('importDialog.title', { source })}</h2>
        <p className="error-detail" role="alert" data-testid="import-error">
          {table.message}
        </p>
        <p className="dialog-note">{t('importDialog.nothingImported')}</p>
        <div className="dialog-buttons">
          <button type="button" data-autofocus onClick={closeImport}>
            {t('importDialog.close')}
          </button>
        </div>
      </>
    );
  }

  const fileNotes = importFileNotes(columns, encoding, dateOrder, language);
  const importable = preview?.rows.filter((row) => row.candidate !== null && !(skipDuplicates && row.duplicateOf !== null)).length ?? 0;
  const duplicates = preview?.rows.filter((row) => row.duplicateOf !== null).length ?? 0;
  const run = async () => {
    if (!preview) return;
    if (target === 'new') {
      const created = await newDocumentWith(importCandidates(base, preview, { skipDuplicates }));
      if (!created) return;
    } else {
      editSession((current) => importCandidates(current, preview, { skipDuplicates }));
    }
    announce(t('importDialog.imported', { count: importable }));
    closeImport();
  };

  return (
    <>
      <h2 id="import-title">{t('importDialog.title', { source })}</h2>
      <p className="dialog-note">
        {duplicates > 0 ? t('importDialog.summaryWithDuplicates', { count: table.rows.length, duplicates: String(duplicates) }) : t('importDialog.summary', { count: table.rows.length })}
      </p>
      {fileNotes.map((note) => (
        <p key={note.text} className={note.warning ? 'dialog-note import-warning' : 'dialog-note'} role={note.warning ? 'alert' : undefined} data-testid="import-file-note">
          {note.text}
        </p>
      ))}
      {preview?.notes.map((note) => (
        <p key={note} className="dialog-note" data-testid="import-note">
          {note}
        </p>
      ))}
      <ImportColumnsTable columns={columns} rows={table.rows} onChoose={(index, target) => setColumns((previous) => chooseColumnTarget(previous, index, target))} />
      <div className="import-table-frame">
        <table className="import-table" aria-label={t('importDialog.previewTable')}>
          <thead>
            <tr>
              <th scope="col">{t('importDialog.line')}</th>
              <th scope="col">{fieldLabel('title', language)}</th>
              <th scope="col">{fieldLabel('keyMetric', language)}</th>
              <th scope="col">{t('importDialog.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {preview?.rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.line} data-testid="import-row" className={row.duplicateOf ? 'duplicate' : row.candidate ? undefined : 'unusable'}>
                <td className="number">{row.line}</td>
                <td>{row.candidate?.title ?? '—'}</td>
                <td>{row.candidate?.keyMetric ?? ''}</td>
                <td>{[row.duplicateOf ? t('importDialog.duplicate') : '', ...row.problems].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {preview && preview.rows.length > SHOWN_ROWS && <p className="dialog-note">{t('importDialog.moreRows', { count: preview.rows.length - SHOWN_ROWS })}</p>}
        {!preview && <p className="dialog-note">{t('importDialog.chooseTitleColumn')}</p>}
      </div>
      <div className="import-options">
        <label className="check-field">
          <input type="checkbox" checked={skipDuplicates} onChange={(event) => setSkipDuplicates(event.target.checked)} />
          {t('importDialog.skipDuplicates')}
        </label>
        <label className="check-field">
          <input type="radio" name="import-target" checked={target === 'current'} onChange={() => setTarget('current')} />
          {t('importDialog.addToSession')}
        </label>
        <label className="check-field">
          <input type="radio" name="import-target" checked={target === 'new'} onChange={() => setTarget('new')} />
          {t('importDialog.newSession')}
        </label>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="quiet" onClick={closeImport}>
          {t('cancel')}
        </button>
        <button type="submit" data-autofocus disabled={importable === 0} onClick={() => void run()}>
          {t('importDialog.import', { count: importable })}
        </button>
      </div>
    </>
  );
}
