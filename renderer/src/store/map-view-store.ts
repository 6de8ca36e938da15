import { create } from 'zustand';
import type { CandidateStatus, Quadrant } from '../../../shared';

export type ColourBy = 'status' | 'quadrant' | 'tag';
export type SizeBy = 'none' | 'votes' | 'confidence' | 'disagreement';

/** A filter keeps a candidate when every non-empty set contains its value. */
interface MapFilters {
  tags: readonly string[];
  statuses: readonly CandidateStatus[];
  quadrants: readonly Quadrant[];
}

/**
 * How the matrix is shown: colours, sizes, filters, table or chart, presentation mode. View
 * state only — none of it is saved or undone.
 */
export interface MapViewState {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  showWithoutMl: boolean;
  filters: MapFilters;
  showTable: boolean;
  presenting: boolean;
  /** In presentation mode, the candidate the walk-through is on; null shows the whole board. */
  presentedCandidateId: string | null;
  setColourBy(colourBy: ColourBy): void;
  setSizeBy(sizeBy: SizeBy): void;
  setShowWithoutMl(show: boolean): void;
  setFilters(change: Partial<MapFilters>): void;
  clearFilters(): void;
  setShowTable(show: boolean): void;
  setPresenting(presenting: boolean): void;
  presentCandidate(candidateId: string | null): void;
}

const NO_FILTERS: MapFilters = { tags: [], statuses: [], quadrants: [] };

export const useMapViewStore = create<MapViewState>()((set) => ({
  colourBy: 'quadrant',
  sizeBy: 'votes',
  showWithoutMl: false,
  filters: NO_FILTERS,
  showTable: false,
  presenting: false,
  presentedCandidateId: null,
  setColourBy: (colourBy) => set({ colourBy }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setShowWithoutMl: (showWithoutMl) => set({ showWithoutMl }),
  setFilters: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setShowTable: (showTable) => set({ showTable }),
  setPresenting: (presenting) => set({ presenting, presentedCandidateId: null }),
  presentCandidate: (presentedCandidateId) => set({ presentedCandidateId }),
}));
