import { useMemo, useState } from 'react';
import {
  CANDIDATE_FIELD_LABELS,
  candidatesFromTable,
  chooseColumnTarget,
  createEmptySession,
  createId,
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
  const session = useSessionStore((state) => state.session);
  const table = useMemo(() => parseCandidateTable(text), [text]);
  const [columns, setColumns] = useState<ImportColumn[]>(() => (isTableError(table) ? [] : guessImportColumns(table.headers, table.rows[0]?.length ?? table.headers?.length ?? 1)));
  const mapping = useMemo(() => mappingOfColumns(columns), [columns]);
  const dateOrder = useMemo(() => fileDateOrder(isTableError(table) ? null : table.headers, navigator.language), [table]);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [target, setTarget] = useState<'current' | 'new'>('current');
  const base = useMemo(() => (target === 'new' ? createEmptySession(new Date(), createId) : session), [target, session]);
  const preview = useMemo(
    () => (isTableError(table) || mapping.title === undefined ? null : candidatesFromTable(table, mapping, base, createId, new Date(), { dateOrder })),
    [table, mapping, base, dateOrder],
  );

  if (isTableError(table)) {
    return (
      <>
        <h2 id="import-title">Import candidates from {source}</h2>
        <p className="error-detail" role="alert" data-testid="import-error">
          {table.message}
        </p>
        <p className="dialog-note">Nothing was imported. Correct the file and try again.</p>
        <div className="dialog-buttons">
          <button type="button" data-autofocus onClick={closeImport}>
            Close
          </button>
        </div>
      </>
    );
  }

  const fileNotes = importFileNotes(columns, encoding, dateOrder);
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
    announce(`Imported ${importable} ${importable === 1 ? 'candidate' : 'candidates'}`);
    closeImport();
  };

  return (
    <>
      <h2 id="import-title">Import candidates from {source}</h2>
      <p className="dialog-note">
        {table.rows.length} {table.rows.length === 1 ? 'row' : 'rows'}
        {duplicates > 0 ? `, ${duplicates} already in the session or repeated` : ''}. Check where each column goes; only Title is needed.
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
        <table className="import-table" aria-label="Import preview">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">{CANDIDATE_FIELD_LABELS.title}</th>
              <th scope="col">{CANDIDATE_FIELD_LABELS.keyMetric}</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {preview?.rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.line} data-testid="import-row" className={row.duplicateOf ? 'duplicate' : row.candidate ? undefined : 'unusable'}>
                <td className="number">{row.line}</td>
                <td>{row.candidate?.title ?? '—'}</td>
                <td>{row.candidate?.keyMetric ?? ''}</td>
                <td>{[row.duplicateOf ? 'Duplicate' : '', ...row.problems].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {preview && preview.rows.length > SHOWN_ROWS && <p className="dialog-note">…and {preview.rows.length - SHOWN_ROWS} more rows.</p>}
        {!preview && <p className="dialog-note">Choose the column that holds the titles.</p>}
      </div>
      <div className="import-options">
        <label className="check-field">
          <input type="checkbox" checked={skipDuplicates} onChange={(event) => setSkipDuplicates(event.target.checked)} />
          Leave out duplicates
        </label>
        <label className="check-field">
          <input type="radio" name="import-target" checked={target === 'current'} onChange={() => setTarget('current')} />
          Add to this session
        </label>
        <label className="check-field">
          <input type="radio" name="import-target" checked={target === 'new'} onChange={() => setTarget('new')} />
          Start a new session with them
        </label>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="quiet" onClick={closeImport}>
          Cancel
        </button>
        <button type="submit" data-autofocus disabled={importable === 0} onClick={() => void run()}>
          Import {importable} {importable === 1 ? 'candidate' : 'candidates'}
        </button>
      </div>
    </>
  );
}
