import { useMemo } from 'react';
import { comparisonLegendLines, comparisonMarks, type ComparisonLegendLine, type ComparisonMarks } from '../../../../shared';
import { useLanguage } from '../../i18n';
import { useComparison, useComparisonStore } from '../../store/comparison-store';

/** The arrows and rings of the comparison in use, and the legend's lines about them; none without one. */
export function useComparisonMarks(): { marks: ComparisonMarks | null; legendLines: ComparisonLegendLine[] } {
  const comparison = useComparison();
  const earlierFrame = useComparisonStore((state) => state.earlier?.session.frame);
  const language = useLanguage();
  return useMemo(() => {
    const marks = comparisonMarks(comparison);
    return { marks, legendLines: comparisonLegendLines(marks, earlierFrame, language) };
  }, [comparison, earlierFrame, language]);
}
