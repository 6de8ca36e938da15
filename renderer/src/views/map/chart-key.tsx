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
        // One list for the points drawn by their code, then one under each cluster's heading.
        groups(entries).map(({ cluster, members }) => (
          <section key={cluster ?? 0} aria-label={cluster === undefined ? 'Drawn by their code' : `Cluster ${cluster}`}>
            {cluster !== undefined && (
              <h3 className="chart-key-cluster" data-testid="chart-key-cluster" data-cluster-number={cluster}>
                Cluster {cluster}
              </h3>
            )}
            <dl>
              {members.map((entry) => (
                <div key={entry.id} className="chart-key-entry" data-testid="chart-key-entry" data-cluster-number={entry.cluster}>
                  <dt>{entry.code}</dt>
                  <dd>{entry.title}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))
      )}
    </aside>
  );
}

/** The key's entries in runs of one cluster (or of none), in their order. */
function groups(entries: readonly ChartKeyEntry[]): { cluster: number | undefined; members: ChartKeyEntry[] }[] {
  const runs: { cluster: number | undefined; members: ChartKeyEntry[] }[] = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (last && last.cluster === entry.cluster) last.members.push(entry);
    else runs.push({ cluster: entry.cluster, members: [entry] });
  }
  return runs;
}
