import { create } from 'zustand';
import { beginTurnHistory } from './session-store';

/** The six phases of the workshop, in the order the room goes through them. */
export const PHASES = ['frame', 'collect', 'score', 'map', 'decide', 'share'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * What the window shows, kept apart from the session: selecting, opening panels or changing
 * phase is never an edit, never marks the file unsaved and never enters the undo history.
 */
export interface ViewState {
  phase: Phase;
  /** The candidate whose details are open in Collect, or selected elsewhere. */
  selectedCandidateId: string | null;
  /** Blind scoring: the participant whose turn it is; null shows the room's view. */
  scoringParticipantId: string | null;
  /** Decide: the participant placing dots; null when nobody is voting. */
  votingParticipantId: string | null;
  /** After the reveal: the candidate being re-scored by the room. */
  rescoringCandidateId: string | null;
  setPhase(phase: Phase): void;
  selectCandidate(candidateId: string | null): void;
  startScoringTurn(participantId: string | null): void;
  startVoting(participantId: string | null): void;
  startRescore(candidateId: string | null): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  phase: 'frame',
  selectedCandidateId: null,
  scoringParticipantId: null,
  votingParticipantId: null,
  rescoringCandidateId: null,
  setPhase: (phase) => {
    beginTurnHistory(null);
    set({ phase, scoringParticipantId: null, rescoringCandidateId: null });
  },
  selectCandidate: (selectedCandidateId) => set({ selectedCandidateId }),
  startScoringTurn: (scoringParticipantId) => {
    beginTurnHistory(scoringParticipantId);
    set({ scoringParticipantId });
  },
  startVoting: (votingParticipantId) => set({ votingParticipantId }),
  startRescore: (rescoringCandidateId) => set({ rescoringCandidateId }),
}));

/** A new or opened session starts the room at the beginning, with nothing selected. */
export function resetView(phase: Phase = 'frame'): void {
  beginTurnHistory(null);
  useViewStore.setState({ phase, selectedCandidateId: null, scoringParticipantId: null, votingParticipantId: null, rescoringCandidateId: null });
}
