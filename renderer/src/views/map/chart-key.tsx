import type { ChartKeyEntry } from '../../../../shared';

/**
 * The key beside a chart nobody can hover: every point drawn by its code alone, with its whole
 * title, in the codes' order (shared/workshop/label-text.ts); then each numbered cluster's
 * members under its number, so no point on the chart is left without its name.
 */
export function ChartKey({ entries }: { entries: readonly ChartKeyEntry[] }) {
  return (
    <aside className="chart-key" aria-labelledby="chart-key-title" data-testid="chart-key">
      <h2 id="chart-key-title">Key</h2>
      {entries.length === 0 ? (
        <p className="chart-key-empty">Every point carries its whole title.</p>
      ) : (
        <dl>
          {entries.map((entry, index) => (
            <div key={entry.id}>
              {entry.cluster !== undefined && entry.cluster !== entries[index - 1]?.cluster && (
                <p className="chart-key-cluster" data-testid="chart-key-cluster" data-cluster-number={entry.cluster}>
                  Cluster {entry.cluster}
                </p>
              )}
              <div className="chart-key-entry" data-testid="chart-key-entry" data-cluster-number={entry.cluster}>
                <dt>{entry.code}</dt>
                <dd>{entry.title}</dd>
              </div>
            </div>
          ))}
        </dl>
      )}
    </aside>
  );
}
