import { QUADRANT_ORDER, statusFormOptions, tagsInUse, type CandidateStatus, type Quadrant } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { useSession } from '../../store/derived';
import { useMapViewStore, type ColourBy, type SizeBy } from '../../store/map-view-store';
import { openChartDialog } from '../../store/share-store';
import { useShallow } from 'zustand/react/shallow';
import { MatrixSettings } from './matrix-settings';
import { SIZE_LABELS } from './point-style';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((each) => each !== value) : [...list, value];
}

/** How the chart looks; none of it is an edit of the session. */
export function MapControls() {
  const { t } = useTranslation('map');
  const view = useMapViewStore(
    useShallow(({ colourBy, sizeBy, showWithoutMl, showTable, setColourBy, setSizeBy, setShowWithoutMl, setShowTable, setPresenting }) => ({
      colourBy,
      sizeBy,
      showWithoutMl,
      showTable,
      setColourBy,
      setSizeBy,
      setShowWithoutMl,
      setShowTable,
      setPresenting,
    })),
  );
  return (
    <div className="panel map-controls">
      <div className="map-toolbar">
        <label className="inline-field">
          <span>{t('controls.colourBy')}</span>
          <select value={view.colourBy} onChange={(event) => view.setColourBy(event.target.value as ColourBy)}>
            <option value="quadrant">{t('terms.quadrant')}</option>
            <option value="status">{t('terms.status')}</option>
            <option value="tag">{t('terms.tag')}</option>
          </select>
        </label>
        <label className="inline-field">
          <span>{t('controls.sizeBy')}</span>
          <select value={view.sizeBy} onChange={(event) => view.setSizeBy(event.target.value as SizeBy)}>
            {(Object.keys(SIZE_LABELS) as SizeBy[]).map((sizeBy) => (
              <option key={sizeBy} value={sizeBy}>
                {t(`sizeBy.${sizeBy}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check-field">
          <input type="checkbox" checked={view.showWithoutMl} onChange={(event) => view.setShowWithoutMl(event.target.checked)} />
          {t('controls.showWithoutMl')}
        </label>
        <div className="map-toolbar-end">
          <button type="button" aria-pressed={view.showTable} onClick={() => view.setShowTable(!view.showTable)}>
            {view.showTable ? t('controls.showChart') : t('controls.showTable')}
          </button>
          <button type="button" onClick={openChartDialog}>
            {t('controls.exportImage')}
          </button>
          <button type="button" {...focusMarkOf(focusMark.present)} onClick={() => view.setPresenting(true)} title="F11">
            {t('controls.present')}
          </button>
        </div>
      </div>
    </div>
  );
}

function FilterGroup<T extends string>({ label, options, chosen, onToggle }: { label: string; options: { value: T; label: string }[]; chosen: readonly T[]; onToggle(value: T): void }) {
  return (
    <fieldset className="filter-group">
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="check-field">
          <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => onToggle(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** What the chart shows: filters by quadrant, status and tag, and the session's chart words. */
export function MapFilters() {
  const { t } = useTranslation('map');
  const language = useLanguage();
  const session = useSession();
  const view = useMapViewStore(useShallow(({ filters, setFilters, clearFilters }) => ({ filters, setFilters, clearFilters })));
  const tags = tagsInUse(session);
  const filtered = view.filters.tags.length + view.filters.statuses.length + view.filters.quadrants.length > 0;
  return (
    <div className="panel map-side-controls">
      <details className="map-filters" open={filtered || undefined}>
        <summary {...focusMarkOf(focusMark.filters)}>{filtered ? t('filters.titleOn') : t('filters.title')}</summary>
        <div className="filter-groups">
          <FilterGroup
            label={t('terms.quadrant')}
            options={QUADRANT_ORDER.map((quadrant) => ({ value: quadrant, label: session.settings.quadrantNames[quadrant] }))}
            chosen={view.filters.quadrants}
            onToggle={(quadrant: Quadrant) => view.setFilters({ quadrants: toggle(view.filters.quadrants, quadrant) })}
          />
          <FilterGroup
            label={t('terms.status')}
            options={statusFormOptions(language)}
            chosen={view.filters.statuses}
            onToggle={(status: CandidateStatus) => view.setFilters({ statuses: toggle(view.filters.statuses, status) })}
          />
          {tags.length > 0 && (
            <FilterGroup
              label={t('terms.tag')}
              options={tags.map((tag) => ({ value: tag, label: tag }))}
              chosen={view.filters.tags}
              onToggle={(tag: string) => view.setFilters({ tags: toggle(view.filters.tags, tag) })}
            />
          )}
          {filtered && (
            <button
              type="button"
              className="quiet"
              onClick={() => {
                view.clearFilters();
                focusAfter.filtersCleared();
              }}
            >
              {t('filters.clear')}
            </button>
          )}
        </div>
      </details>
      <MatrixSettings />
    </div>
  );
}
