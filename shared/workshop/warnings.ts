// Framing warnings: things the facilitator should know about the room and the backlog. They
// never block anything; the views show them as gentle notices.
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Candidate, Session } from '../session/schema';
import { candidateLabel, compareCandidates } from './compare';
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

/** The candidates a backlog warning names: the first LISTED_IN_MESSAGE, and how many more it only counts. */
function listCandidates(candidates: readonly Candidate[]): { candidates: string; more: number } {
  return { candidates: candidates.slice(0, LISTED_IN_MESSAGE).map(candidateLabel).join(', '), more: candidates.length - LISTED_IN_MESSAGE };
}

/** A backlog warning's message: how many candidates, and which (the first few, then a count). */
function backlogMessage(key: 'missingKeyMetric' | 'noData', candidates: readonly Candidate[], language: Language): string {
  const t = textsIn(language);
  const { candidates: named, more } = listCandidates(candidates);
  return more > 0
    ? t(`rules:warnings.${key}AndMore`, { number: String(candidates.length), candidates: named, count: more })
    : t(`rules:warnings.${key}`, { count: candidates.length, candidates: named });
}

/**
 * Warnings about who is in the room: nobody yet; no business person (strictly background
 * 'business'); no technical person (strictly 'technical'); more than 4 people; fewer than 3 (a note).
 */
export function participantWarnings(session: Pick<Session, 'participants'>, language: Language): WorkshopWarning[] {
  const t = textsIn(language);
  const suited = { min: String(SUITED_PARTICIPANTS.min), max: String(SUITED_PARTICIPANTS.max) };
  const people = session.participants;
  if (people.length === 0) {
    return [
      {
        code: 'no-participants',
        level: 'warning',
        message: t('rules:warnings.noParticipants', { ...suited }),
      },
    ];
  }
  const warnings: WorkshopWarning[] = [];
  if (!people.some((p) => p.background === 'business')) {
    warnings.push({
      code: 'no-business',
      level: 'warning',
      message: t('rules:warnings.noBusiness'),
    });
  }
  if (!people.some((p) => p.background === 'technical')) {
    warnings.push({
      code: 'no-technical',
      level: 'warning',
      message: t('rules:warnings.noTechnical'),
    });
  }
  if (people.length > SUITED_PARTICIPANTS.max) {
    warnings.push({
      code: 'too-many-participants',
      level: 'warning',
      message: t('rules:warnings.tooManyParticipants', { number: String(people.length), ...suited }),
    });
  } else if (people.length < SUITED_PARTICIPANTS.min) {
    warnings.push({
      code: 'few-participants',
      level: 'note',
      message: t('rules:warnings.fewParticipants', { count: people.length, ...suited }),
    });
  }
  return warnings;
}

/**
 * Warnings about the backlog: candidates without a key metric (every candidate needs one,
 * including those better solved without ML), and ML candidates with no data available
 * (data availability 'no'; those set apart as better without ML are not flagged).
 */
export function candidateWarnings(session: Pick<Session, 'candidates'>, language: Language): WorkshopWarning[] {
  const warnings: WorkshopWarning[] = [];
  const noMetric = session.candidates.filter((c) => c.keyMetric.trim() === '').sort(compareCandidates);
  if (noMetric.length > 0) {
    warnings.push({
      code: 'missing-key-metric',
      level: 'warning',
      message: backlogMessage('missingKeyMetric', noMetric, language),
      candidateIds: noMetric.map((c) => c.id),
    });
  }
  const noData = session.candidates.filter((c) => c.dataAvailability === 'no' && !isBetterWithoutMl(c)).sort(compareCandidates);
  if (noData.length > 0) {
    warnings.push({
      code: 'no-data',
      level: 'warning',
      message: backlogMessage('noData', noData, language),
      candidateIds: noData.map((c) => c.id),
    });
  }
  return warnings;
}

/** The Frame and Collect phases' warnings: the room first, then the backlog. */
export function framingWarnings(session: Pick<Session, 'participants' | 'candidates'>, language: Language): WorkshopWarning[] {
  return [...participantWarnings(session, language), ...candidateWarnings(session, language)];
}

/**
 * Warnings that make scores unable to place candidates: an axis with no criterion of weight
 * above 0, or (with scoreByBackground) no participant whose background scores that axis.
 */
export function scoringWarnings(session: Pick<Session, 'participants' | 'criteria' | 'settings'>, language: Language): WorkshopWarning[] {
  const t = textsIn(language);
  const warnings: WorkshopWarning[] = [];
  for (const axis of ['impact', 'complexity'] as const) {
    if (!session.criteria.some((c) => c.axis === axis && c.weight > 0)) {
      warnings.push({
        code: axis === 'impact' ? 'no-impact-criteria' : 'no-complexity-criteria',
        level: 'warning',
        message: t(axis === 'impact' ? 'rules:warnings.noImpactCriteria' : 'rules:warnings.noComplexityCriteria'),
      });
    } else if (
      session.settings.scoringMode === 'blind' &&
      session.participants.length > 0 &&
      !session.participants.some((p) => scoresAxis(p.background, axis, session.settings.scoreByBackground))
    ) {
      warnings.push({
        code: axis === 'impact' ? 'nobody-scores-impact' : 'nobody-scores-complexity',
        level: 'warning',
        message: t(axis === 'impact' ? 'rules:warnings.nobodyScoresImpact' : 'rules:warnings.nobodyScoresComplexity'),
      });
    }
  }
  return warnings;
}
