// Framing warnings: things the facilitator should know about the room and the backlog. They
// never block anything; the views show them as gentle notices.
import type { Axis, Candidate, Session } from '../session/schema';
import { candidateLabel, compareCandidates, counted } from './compare';
import { isBetterWithoutMl } from './ranking';
import { scoresAxis } from './scoring';

/** Every warning the workshop can raise; stable codes for tests and for dismissing in the UI. */
export type WarningCode =
  | 'no-participants'
  | 'no-business'
  | 'no-technical'
  | 'too-many-participants'
  | 'few-participants'
  | 'missing-key-metric'
  | 'no-data'
  | 'no-impact-criteria'
  | 'no-complexity-criteria'
  | 'nobody-scores-impact'
  | 'nobody-scores-complexity';

/** A warning for a person to read; `candidateIds` lists the candidates it is about, if any. */
export interface WorkshopWarning {
  code: WarningCode;
  message: string;
  /** 'note' is gentler than 'warning' (e.g. a small room still works). */
  level: 'warning' | 'note';
  candidateIds?: string[];
}

/** The method suits 3–4 people: more is flagged, fewer gets a gentle note. */
export const SUITED_PARTICIPANTS = { min: 3, max: 4 } as const;

/** How many candidate codes a message names before summarising as "and N more". */
export const LISTED_IN_MESSAGE = 5;

function listCandidates(candidates: readonly Candidate[]): string {
  const shown = candidates.slice(0, LISTED_IN_MESSAGE).map(candidateLabel).join(', ');
  const more = candidates.length - LISTED_IN_MESSAGE;
  return more > 0 ? `${shown} and ${more} more` : shown;
}


/**
 * Warnings about who is in the room: nobody yet; no business person (strictly background
 * 'business'); no technical person (strictly 'technical'); more than 4 people; fewer than 3 (a note).
 */
export function participantWarnings(session: Pick<Session, 'participants'>): WorkshopWarning[] {
  const people = session.participants;
  if (people.length === 0) {
    return [
      {
        code: 'no-participants',
        level: 'warning',
        message: 'No participants yet. Add the 3–4 people in the room, with at least one business and one technical person.',
      },
    ];
  }
  const warnings: WorkshopWarning[] = [];
  if (!people.some((p) => p.background === 'business')) {
    warnings.push({
      code: 'no-business',
      level: 'warning',
      message: 'No one with a business background: impact and key metrics may go unchallenged.',
    });
  }
  if (!people.some((p) => p.background === 'technical')) {
    warnings.push({
      code: 'no-technical',
      level: 'warning',
      message: 'No one with a technical background: complexity and production constraints may be underestimated.',
    });
  }
  if (people.length > SUITED_PARTICIPANTS.max) {
    warnings.push({
      code: 'too-many-participants',
      level: 'warning',
      message: `${people.length} participants: the method works best with ${SUITED_PARTICIPANTS.min}–${SUITED_PARTICIPANTS.max} people. Consider a smaller scoring group.`,
    });
  } else if (people.length < SUITED_PARTICIPANTS.min) {
    warnings.push({
      code: 'few-participants',
      level: 'note',
      message: `Only ${counted(people.length, 'participant', 'participants')}: ${SUITED_PARTICIPANTS.min}–${SUITED_PARTICIPANTS.max} people give a fuller view of impact and complexity.`,
    });
  }
  return warnings;
}

/**
 * Warnings about the backlog: candidates without a key metric (every candidate needs one,
 * including those better solved without ML), and ML candidates with no data available
 * (data availability 'no'; those set apart as better without ML are not flagged).
 */
export function candidateWarnings(session: Pick<Session, 'candidates'>): WorkshopWarning[] {
  const warnings: WorkshopWarning[] = [];
  const noMetric = session.candidates.filter((c) => c.keyMetric.trim() === '').sort(compareCandidates);
  if (noMetric.length > 0) {
    warnings.push({
      code: 'missing-key-metric',
      level: 'warning',
      message: `${counted(noMetric.length, 'candidate has', 'candidates have')} no key metric: ${listCandidates(noMetric)}.`,
      candidateIds: noMetric.map((c) => c.id),
    });
  }
  const noData = session.candidates.filter((c) => c.dataAvailability === 'no' && !isBetterWithoutMl(c)).sort(compareCandidates);
  if (noData.length > 0) {
    warnings.push({
      code: 'no-data',
      level: 'warning',
      message: `${counted(noData.length, 'candidate has', 'candidates have')} no data available: ${listCandidates(noData)}.`,
      candidateIds: noData.map((c) => c.id),
    });
  }
  return warnings;
}

/** The Frame and Collect phases' warnings: the room first, then the backlog. */
export function framingWarnings(session: Pick<Session, 'participants' | 'candidates'>): WorkshopWarning[] {
  return [...participantWarnings(session), ...candidateWarnings(session)];
}

const AXIS_WORD: Record<Axis, string> = { impact: 'impact', complexity: 'complexity' };

/**
 * Warnings that make scores unable to place candidates: an axis with no criterion of weight
 * above 0, or (with scoreByBackground) no participant whose background scores that axis.
 */
export function scoringWarnings(session: Pick<Session, 'participants' | 'criteria' | 'settings'>): WorkshopWarning[] {
  const warnings: WorkshopWarning[] = [];
  for (const axis of ['impact', 'complexity'] as const) {
    if (!session.criteria.some((c) => c.axis === axis && c.weight > 0)) {
      warnings.push({
        code: axis === 'impact' ? 'no-impact-criteria' : 'no-complexity-criteria',
        level: 'warning',
        message: `No ${AXIS_WORD[axis]} criterion has a weight above 0, so no candidate can be placed by its scores.`,
      });
    } else if (
      session.settings.scoringMode === 'blind' &&
      session.participants.length > 0 &&
      !session.participants.some((p) => scoresAxis(p.background, axis, session.settings.scoreByBackground))
    ) {
      warnings.push({
        code: axis === 'impact' ? 'nobody-scores-impact' : 'nobody-scores-complexity',
        level: 'warning',
        message: `With scoring by background, nobody in the room scores ${AXIS_WORD[axis]}.`,
      });
    }
  }
  return warnings;
}
