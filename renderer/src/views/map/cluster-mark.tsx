import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { MapPoint } from '../../../../shared';
import { useTranslation } from '../../i18n';
import type { ClusterGeometry } from './board-layout';

interface ClusterMarkProps {
  cluster: ClusterGeometry;
  /** On the Map a cluster opens its list; where nobody clicks (presentation, pictures) the key lists its members. */
  interactive: boolean;
  expanded: boolean;
  onToggle(number: number): void;
  /** Pointed at or focused (its number), or left (null): its members stand out while it is. */
  onHover(number: number | null): void;
}

/**
 * One numbered cluster: a badge, placed like a label, for points whose label found no room
 * (shared/workshop/clusters.ts). The members' dots stay where the scores put them; the badge
 * names them. On the Map it shows how many it holds, makes its members stand out while pointed
 * at or focused, and opens their list on click, Enter or Space; elsewhere it shows its number, and the key beside the chart lists its members.
 */
export const ClusterMark = memo(function ClusterMark({ cluster, interactive, expanded, onToggle, onHover }: ClusterMarkProps) {
  const { t } = useTranslation('map');
  const { badge, leader, number, members, text } = cluster;
  const counted = { number: String(number), count: members.length };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onToggle(number);
  };
  const drawn = (
    <>
      {leader && <line className="label-leader" x1={leader.x1} y1={leader.y1} x2={leader.x2} y2={leader.y2} />}
      <rect className="focus-halo" x={badge.x - 3} y={badge.y - 3} width={badge.width + 6} height={badge.height + 6} rx={(badge.height + 6) / 2} />
      <rect className="cluster-badge" x={badge.x + 0.75} y={badge.y + 0.75} width={badge.width - 1.5} height={badge.height - 1.5} rx={(badge.height - 1.5) / 2} />
      <text className="cluster-count" x={badge.x + badge.width / 2} y={badge.y + badge.height / 2} textAnchor="middle" dominantBaseline="central">
        {text}
      </text>
    </>
  );
  if (!interactive) {
    return (
      <g className="matrix-cluster" data-testid="matrix-cluster" data-cluster-number={number} role="img" aria-label={t('cluster.nameInKey', counted)}>
        {drawn}
      </g>
    );
  }
  return (
    <g
      className={`matrix-cluster${expanded ? ' expanded' : ''}`}
      data-testid="matrix-cluster"
      data-cluster-number={number}
      tabIndex={0}
      role="button"
      aria-label={t('cluster.name', counted)}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      // A press opens the list; the pointer's own click would otherwise reach the page and close it.
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.stopPropagation();
        onToggle(number);
      }}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onHover(number)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => onHover(number)}
      onBlur={() => onHover(null)}
    >
      {drawn}
    </g>
  );
});

interface ClusterListProps {
  cluster: ClusterGeometry;
  points: ReadonlyMap<string, MapPoint>;
  onSelect(candidateId: string): void;
  /** Closes the list; `refocus` puts focus back on the cluster's badge (Esc, a choice), not on a click elsewhere. */
  onClose(refocus: boolean): void;
}

/**
 * A cluster opened on the Map: its members' codes and whole titles, most important first, each
 * a button that selects its point. Drawn over the chart beside the badge (in recharts' wrapper,
 * as the drag overlay is); Esc or a press elsewhere closes it.
 */
export function ClusterList({ cluster, points, onSelect, onClose }: ClusterListProps) {
  const { t } = useTranslation('map');
  const [host, setHost] = useState<Element | null>(null);
  const anchor = useCallback((mark: SVGGElement | null) => setHost(mark?.ownerSVGElement?.parentElement ?? null), []);
  const list = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  // Focus goes to the first member once the list is drawn.
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [host, cluster.number]);
  // A press anywhere but the list or a badge closes it (a badge toggles on its own).
  useEffect(() => {
    const onPress = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (list.current?.contains(target) || target?.closest?.('[data-testid="matrix-cluster"]')) return;
      close.current(false);
    };
    window.addEventListener('pointerdown', onPress, true);
    return () => window.removeEventListener('pointerdown', onPress, true);
  }, []);
  const { badge, number, members } = cluster;
  const width = host?.clientWidth ?? 0;
  // Beside the badge, on the side with more room; never past the chart's bottom.
  const onLeft = badge.x + badge.width / 2 > width / 2;
  const style = {
    top: Math.max(0, badge.y - 8),
    ...(onLeft ? { right: Math.max(0, width - badge.x + 8) } : { left: badge.x + badge.width + 8 }),
  };
  const titleId = `cluster-${number}-title`;
  return (
    <g ref={anchor}>
      {host &&
        createPortal(
          <div
            ref={list}
            className="cluster-list"
            data-testid="cluster-list"
            role="dialog"
            aria-labelledby={titleId}
            style={style}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              // Esc closes the list, not what holds the chart.
              event.preventDefault();
              event.stopPropagation();
              onClose(true);
            }}
          >
            <h3 id={titleId}>{t('cluster.listTitle', { number: String(number), count: members.length })}</h3>
            <ul>
              {members.map((id) => {
                const candidate = points.get(id)?.candidate;
                if (!candidate) return null;
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className="cluster-member"
                      data-testid="cluster-member"
                      data-candidate-id={id}
                      onClick={() => {
                        onSelect(id);
                        onClose(true);
                      }}
                    >
                      <strong>{candidate.code}</strong> {candidate.title}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>,
          host,
        )}
    </g>
  );
}
