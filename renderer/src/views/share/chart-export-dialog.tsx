import { useEffect, useState } from 'react';
import { reportError } from '../../error-reporting';
import { useLanguage, useTranslation } from '../../i18n';
import { snapshotChart } from '../../export/chart-snapshot';
import { copyChartImage, DEFAULT_IMAGE_CHOICE, exportChartImage, type ChartImageChoice, type ImageScale } from '../../export/export-commands';
import { closeChartDialog, useShareStore } from '../../store/share-store';
import { useComparisonStore } from '../../store/comparison-store';
import { midSentenceIn, sealedExportRefusal, sinceHeading } from '../../../../shared';
import { useSessionStore } from '../../store/session-store';
import { useModalDialog } from '../modal-dialog';
import { DialogRefusal } from '../dialog-refusal';
import '../../styles/dialogs.css';

/** Export the chart: format, size, background, title and legend, with a live preview. */
export function ChartExportDialog() {
  const { t } = useTranslation('share');
  const language = useLanguage();
  const open = useShareStore((state) => state.chartDialogOpen);
  // Closed, it needs nothing of the session, and does not render again on every edit.
  const session = useSessionStore((state) => (open ? state.session : null));
  const [choice, setChoice] = useState<ChartImageChoice>(DEFAULT_IMAGE_CHOICE);
  const [preview, setPreview] = useState<{ url: string; width: number; height: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useModalDialog(open, closeChartDialog);
  // While blind scores are sealed the chart is not drawn at all, not even for the preview.
  const refusal = session === null ? null : sealedExportRefusal(session, 'chart', language);
  // Offered only while a comparison is in use (its pairs confirmed).
  const comparedWith = useComparisonStore((state) => (state.plan === null ? null : (state.earlier?.session.frame ?? null)));

  useEffect(() => {
    if (!open || refusal !== null) return;
    let current = true;
    let url: string | null = null;
    snapshotChart({ ...choice, withComparison: choice.withComparison && comparedWith !== null })
      .then(({ svg, width, height }) => {
        if (!current) return;
        url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setPreview({ url, width, height });
      })
      .catch(reportError);
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [open, choice, session, refusal, comparedWith]);

  const set = (change: Partial<ChartImageChoice>) => setChoice((previous) => ({ ...previous, ...change }));
  const act = async (work: () => Promise<unknown>, closeAfter: boolean) => {
    setBusy(true);
    try {
      await work();
      if (closeAfter) closeChartDialog();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className={`calm-dialog${refusal === null ? ' wide-dialog' : ''}`} aria-labelledby="chart-export-title" data-testid="chart-export-dialog">
      <h2 id="chart-export-title">{t('chartExportDialog.title')}</h2>
      {/* The controls exist only while the dialog is open: a closed dialog holds nothing. */}
      {open && refusal !== null && <DialogRefusal message={refusal} testId="chart-export-refusal" onClose={closeChartDialog} />}
      {open && refusal === null && (
      <>
      <div className="export-layout">
        <form className="export-options" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{t('chartExportDialog.format')}</legend>
            {(['png', 'svg'] as const).map((format) => (
              <label key={format} className="check-field">
                <input type="radio" name="format" checked={choice.format === format} onChange={() => set({ format })} />
                {t(`chartExportDialog.formats.${format}`)}
              </label>
            ))}
          </fieldset>
          <fieldset disabled={choice.format === 'svg'}>
            <legend>{t('chartExportDialog.size')}</legend>
            {([1, 2, 4] as ImageScale[]).map((scale) => (
              <label key={scale} className="check-field">
                <input type="radio" name="scale" checked={choice.scale === scale} onChange={() => set({ scale })} />
                {preview ? t('chartExportDialog.scaleWithPixels', { scale: String(scale), width: String(preview.width * scale), height: String(preview.height * scale) }) : t('chartExportDialog.scale', { scale: String(scale) })}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('chartExportDialog.background')}</legend>
            {(['light', 'dark', 'transparent'] as const).map((background) => (
              <label key={background} className="check-field">
                <input type="radio" name="background" checked={choice.background === background} onChange={() => set({ background })} />
                {t(`chartExportDialog.backgrounds.${background}`)}
              </label>
            ))}
          </fieldset>
          <label className="check-field">
            <input type="checkbox" checked={choice.withTitle} onChange={(event) => set({ withTitle: event.target.checked })} />
            {t('chartExportDialog.withTitle')}
          </label>
          <label className="check-field">
            <input type="checkbox" checked={choice.withLegend} onChange={(event) => set({ withLegend: event.target.checked })} />
            {t('chartExportDialog.withLegend')}
          </label>
          {comparedWith && (
            <label className="check-field">
              <input type="checkbox" checked={choice.withComparison} onChange={(event) => set({ withComparison: event.target.checked })} />
              {t('chartExportDialog.withComparison', { since: midSentenceIn(sinceHeading(comparedWith, language), language) })}
            </label>
          )}
        </form>
        <figure className={`export-preview ${choice.background}`}>
          {preview ? <img src={preview.url} alt={t('chartExportDialog.previewAlt')} data-testid="chart-export-preview" /> : <p className="dialog-note">{t('chartExportDialog.drawingPreview')}</p>}
        </figure>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="quiet" onClick={closeChartDialog}>
          {t('cancel')}
        </button>
        <button type="button" disabled={busy || choice.format !== 'png'} onClick={() => void act(() => copyChartImage(choice), false)}>
          {t('chartExportDialog.copy')}
        </button>
        <button type="submit" data-autofocus disabled={busy} onClick={() => void act(() => exportChartImage(choice), true)}>
          {t('chartExportDialog.export')}
        </button>
      </div>
      </>
      )}
    </dialog>
  );
}
