import type { ChartKeyEntry } from '../../../../shared';

/**
 * The key beside a chart nobody can hover: every point drawn by its code alone, with its whole
 * title, in the codes' order (shared/workshop/label-text.ts).
 */
export function ChartKey({ entries }: { entries: readonly ChartKeyEntry[] }) {
  return (
    <aside className="chart-key" aria-labelledby="chart-key-title" data-testid="chart-key">
      <h2 id="chart-key-title">Key</h2>
      {entries.length === 0 ? (
        <p className="chart-key-empty">Every point carries its whole title.</p>
      ) : (
        <dl>
          {entries.map((entry) => (
            <div key={entry.id} className="chart-key-entry" data-testid="chart-key-entry">
              <dt>{entry.code}</dt>
              <dd>{entry.title}</dd>
            </div>
          ))}
        </dl>
      )}
    </aside>
  );
}
