import type { TFunction } from 'i18next';
import { fieldLabel, IMPORT_FIELDS, type ColumnTarget, type ImportColumn } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';

/** How many of the file's rows each column shows under its header. */
const SAMPLE_ROWS = 3;

/** What the preview says of where a column goes: how its header matched, or that the person chose. */
function matchWords(column: ImportColumn, t: TFunction<'share'>): { text: string; kind: string } {
  if (column.target === null) return { text: column.suggested === null ? t('importColumns.match.notRecognised') : t('importColumns.match.leftOut'), kind: 'none' };
  const suggested = column.suggested;
  if (suggested === null || suggested.target !== column.target) return { text: t('importColumns.match.chosen'), kind: 'chosen' };
  return { text: t(`importColumns.match.${suggested.confidence}`), kind: suggested.confidence };
}

const targetValue = (target: ColumnTarget): string => target ?? '';

/**
 * The file's own columns, as a spreadsheet's import wizard shows them: each column's header, the
 * field it goes to (chosen per column) with how sure the header made that, and its first values.
 */
export function ImportColumnsTable({ columns, rows, onChoose }: { columns: readonly ImportColumn[]; rows: readonly (readonly string[])[]; onChoose: (index: number, target: ColumnTarget) => void }) {
  const { t } = useTranslation('share');
  const language = useLanguage();
  const samples = rows.slice(0, SAMPLE_ROWS);
  return (
    <div className="import-columns-frame" data-testid="import-columns">
      <table className="import-columns" aria-label={t('importColumns.table')}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.index} scope="col" className="column-header">
                <span className="column-name" title={column.header}>
                  {column.header}
                </span>
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((column) => {
              const match = matchWords(column, t);
              return (
                <td key={column.index} className={`column-target ${match.kind}`} data-testid="import-column">
                  <select aria-label={t('importColumns.fieldFor', { header: column.header })} value={targetValue(column.target)} onChange={(event) => onChoose(column.index, (event.target.value || null) as ColumnTarget)}>
                    <option value="">{t('importColumns.leaveOut')}</option>
                    {column.readinessName !== undefined && <option value="readiness">{t('importColumns.readiness', { name: column.readinessName })}</option>}
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {fieldLabel(field, language)}
                      </option>
                    ))}
                  </select>
                  <span className="column-match" data-testid="import-column-match">
                    {match.text}
                  </span>
                </td>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {samples.map((cells, row) => (
            <tr key={row}>
              {columns.map((column) => (
                <td key={column.index} className={column.target === null ? 'left-out' : undefined}>
                  <span className="column-value" title={cells[column.index] ?? ''}>
                    {cells[column.index] ?? ''}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
