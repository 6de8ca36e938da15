import { QUADRANT_ORDER, STATUS_FORM_OPTIONS, tagsInUse, type CandidateStatus, type Quadrant } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
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
          <span>Colour by</span>
          <select value={view.colourBy} onChange={(event) => view.setColourBy(event.target.value as ColourBy)}>
            <option value="quadrant">Quadrant</option>
            <option value="status">Status</option>
            <option value="tag">Tag</option>
          </select>
        </label>
        <label className="inline-field">
          <span>Size by</span>
          <select value={view.sizeBy} onChange={(event) => view.setSizeBy(event.target.value as SizeBy)}>
            {(Object.keys(SIZE_LABELS) as SizeBy[]).map((sizeBy) => (
              <option key={sizeBy} value={sizeBy}>
                {SIZE_LABELS[sizeBy]}
              </option>
            ))}
          </select>
        </label>
        <label className="check-field">
          <input type="checkbox" checked={view.showWithoutMl} onChange={(event) => view.setShowWithoutMl(event.target.checked)} />
          Show candidates better without ML
        </label>
        <div className="map-toolbar-end">
          <button type="button" aria-pressed={view.showTable} onClick={() => view.setShowTable(!view.showTable)}>
            {view.showTable ? 'Show chart' : 'Show table'}
          </button>
          <button type="button" onClick={openChartDialog}>
            Export image…
          </button>
          <button type="button" {...focusMarkOf(focusMark.present)} onClick={() => view.setPresenting(true)} title="F11">
            Present
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
  const session = useSession();
  const view = useMapViewStore(useShallow(({ filters, setFilters, clearFilters }) => ({ filters, setFilters, clearFilters })));
  const tags = tagsInUse(session);
  const filtered = view.filters.tags.length + view.filters.statuses.length + view.filters.quadrants.length > 0;
  return (
    <div className="panel map-side-controls">
      <details className="map-filters" open={filtered || undefined}>
        <summary {...focusMarkOf(focusMark.filters)}>Filters{filtered ? ' (on)' : ''}</summary>
        <div className="filter-groups">
          <FilterGroup
            label="Quadrant"
            options={QUADRANT_ORDER.map((quadrant) => ({ value: quadrant, label: session.settings.quadrantNames[quadrant] }))}
            chosen={view.filters.quadrants}
            onToggle={(quadrant: Quadrant) => view.setFilters({ quadrants: toggle(view.filters.quadrants, quadrant) })}
          />
          <FilterGroup
            label="Status"
            options={STATUS_FORM_OPTIONS}
            chosen={view.filters.statuses}
            onToggle={(status: CandidateStatus) => view.setFilters({ statuses: toggle(view.filters.statuses, status) })}
          />
          {tags.length > 0 && (
            <FilterGroup
              label="Tag"
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
              Clear filters
            </button>
          )}
        </div>
      </details>
      <MatrixSettings />
    </div>
  );
}
