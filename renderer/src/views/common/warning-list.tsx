import type { WorkshopWarning } from '../../../../shared';

/** Gentle, never blocking: what the method would have the room notice. */
export function WarningList({ warnings, label }: { warnings: readonly WorkshopWarning[]; label: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="warning-list" aria-label={label}>
      {warnings.map((warning) => (
        <li key={warning.code} className={`warning ${warning.level}`} data-testid={`warning-${warning.code}`}>
          <span aria-hidden="true">{warning.level === 'warning' ? '⚠' : 'ℹ'}</span> {warning.message}
        </li>
      ))}
    </ul>
  );
}
