import { useEffect, useRef } from 'react';
import type { ChartKeyEntry } from '../../../../shared';
import { useTranslation } from '../../i18n';

/**
 * The key beside a chart nobody can hover: every point drawn by its code alone, with its whole
 * title, in the codes' order (shared/workshop/label-text.ts); then each numbered cluster's
 * members under its number, so no point on the chart is left without its name.
 *
 * Presenting, `currentId` is the candidate the walk has reached: its entry is marked and
 * brought into view, so a key longer than the screen follows the walk and nobody has to
 * scroll it in front of the room.
 */
export function ChartKey({ entries, currentId = null }: { entries: readonly ChartKeyEntry[]; currentId?: string | null }) {
  const { t } = useTranslation('map');
  const keyRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (currentId === null) return;
    const entry = keyRef.current?.querySelector(`[data-candidate-id="${CSS.escape(currentId)}"]`);
    // Centred, without a glide: the room sees the entry, not the key moving.
    entry?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  }, [currentId, entries]);
  return (
    <aside ref={keyRef} className="chart-key" aria-labelledby="chart-key-title" data-testid="chart-key">
      <h2 id="chart-key-title">{t('chartKey.title')}</h2>
      {entries.length === 0 ? (
        <p className="chart-key-empty">{t('chartKey.empty')}</p>
      ) : (
        // One list for the points drawn by their code, then one under each cluster's heading.
        groups(entries).map(({ cluster, members }) => (
          <section key={cluster ?? 0} aria-label={cluster === undefined ? t('chartKey.byCode') : t('cluster.title', { number: String(cluster) })}>
            {cluster !== undefined && (
              <h3 className="chart-key-cluster" data-testid="chart-key-cluster" data-cluster-number={cluster}>
                {t('cluster.title', { number: String(cluster) })}
              </h3>
            )}
            <dl>
              {members.map((entry) => {
                const reached = entry.id === currentId;
                return (
                <div
                  key={entry.id}
                  className={`chart-key-entry${reached ? ' current' : ''}`}
                  aria-current={reached ? 'true' : undefined}
                  data-testid="chart-key-entry"
                  data-candidate-id={entry.id}
                  data-cluster-number={entry.cluster}
                >
                  <dt>{entry.code}</dt>
                  <dd>{entry.title}</dd>
                </div>
                );
              })}
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
