import { sinceHeading } from '../../../../shared';
import { Trans, useLanguage, useTranslation } from '../../i18n';
import { useComparison, useComparisonStore } from '../../store/comparison-store';

/**
 * One line beside the decision record's or the CSV's buttons while a comparison is in use: what
 * the export will carry, or that its pairs no longer fit (main would refuse the export).
 */
export function SinceExportNote({ exported }: { exported: 'record' | 'csv' }) {
  const { t } = useTranslation('share');
  const language = useLanguage();
  const earlier = useComparisonStore((state) => state.earlier);
  const comparison = useComparison();
  if (earlier === null || comparison === null) return null;
  if (comparison.kind === 'refused') {
    return (
      <p className="warning" data-testid="since-export-note">
        {t('sinceExportNote.refused')}
      </p>
    );
  }
  // What a comparison in use adds to each export that carries it, so the "Since …" part is no surprise.
  return (
    <p className="panel-note" data-testid="since-export-note">
      <Trans t={t} i18nKey={`sinceExportNote.${exported}`} components={{ heading: <strong>{sinceHeading(earlier.session.frame, language)}</strong> }} />
    </p>
  );
}
