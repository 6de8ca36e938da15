import { sinceHeading } from '../../../../shared';
import { useComparison, useComparisonStore } from '../../store/comparison-store';

/** What a comparison in use adds to each export that carries it, so the "Since …" part is no surprise. */
const ADDS = {
  record: 'Includes a section',
  csv: 'Includes before columns and a column',
} as const;

/**
 * One line beside the decision record's or the CSV's buttons while a comparison is in use: what
 * the export will carry, or that its pairs no longer fit (main would refuse the export).
 */
export function SinceExportNote({ exported }: { exported: keyof typeof ADDS }) {
  const earlier = useComparisonStore((state) => state.earlier);
  const comparison = useComparison();
  if (earlier === null || comparison === null) return null;
  if (comparison.kind === 'refused') {
    return (
      <p className="warning" data-testid="since-export-note">
        The comparison’s pairs no longer fit this session: review them under the Map before exporting.
      </p>
    );
  }
  return (
    <p className="panel-note" data-testid="since-export-note">
      {ADDS[exported]} <strong>{sinceHeading(earlier.session.frame)}</strong>
      {exported === 'csv' ? ' (dropped candidates are in the record only).' : ': what moved, and why.'}
    </p>
  );
}
