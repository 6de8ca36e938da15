import { useState } from 'react';
import { paretoRuleText, type ParetoCurve } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { useParetoCurve, useParetoSentences } from '../../store/derived';
import { Panel } from '../common/fields';
import { useElementSize } from '../map/use-element-size';
import { ParetoChart } from './pareto-chart';
import { ParetoTable } from './pareto-table';

/** The chart at its frame's size; its own component, so the frame is measured each time it is shown. */
function ParetoFrame({ curve }: { curve: ParetoCurve }) {
  const [frame, size] = useElementSize<HTMLDivElement>();
  const { t } = useTranslation('decide');
  return (
    <div className="pareto-frame" ref={frame} role="figure" aria-label={t('paretoPanel.chartLabel')}>
      <ParetoChart curve={curve} width={size.width} height={size.height} />
    </div>
  );
}

/**
 * The 80/20 of the backlog: which few ML candidates give most of the impact for little of the
 * effort, as a sentence, a curve with its knee, or a table. Shown only once the scores are
 * revealed (Decide shows why it is empty before).
 */
export function ParetoPanel() {
  const curve = useParetoCurve();
  const { headline, leftOut } = useParetoSentences();
  // Chart or table is how this screen is read, not part of the session: it is not saved or undone.
  const [showTable, setShowTable] = useState(false);
  const { t } = useTranslation('decide');
  const language = useLanguage();
  const drawn = curve.steps.length > 0;
  return (
    <Panel
      title={t('paretoPanel.title')}
      className="pareto"
      actions={
        drawn && (
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>
            {showTable ? t('paretoPanel.showChart') : t('paretoPanel.showTable')}
          </button>
        )
      }
    >
      <p className="pareto-sentence" data-testid="pareto-sentence">
        {headline}
      </p>
      {leftOut.length > 0 && (
        <p className="panel-note" data-testid="pareto-left-out">
          {leftOut.join(' ')}
        </p>
      )}
      {drawn &&
        (showTable ? (
          <ParetoTable curve={curve} />
        ) : (
          <ParetoFrame curve={curve} />
        ))}
      {drawn && (
        <p className="panel-note pareto-rule">
          {showTable ? '' : `${t('paretoPanel.diagonal')} `}
          {paretoRuleText(language)}
        </p>
      )}
    </Panel>
  );
}
