import type { FollowUp, FollowUpStatus } from '../session/schema';
import { midSentence } from './compare';

// What a follow-up says of the earlier session and its focus, in the room's words: written once
// here and used by Frame, the decision record and the ML brief, so the three never disagree.

/** The answers to "what became of it", as the dialog, Frame and the exports name them. */
export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, string>> = {
  unknown: 'Not answered yet',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  stopped: 'Stopped',
};

/** The answers the room chooses from, in the order a piece of work goes through them. */
export const FOLLOW_UP_STATUS_CHOICES: readonly Exclude<FollowUpStatus, 'unknown'>[] = ['not-started', 'in-progress', 'shipped', 'stopped'];

/** The plain sentences a follow-up uses where something is missing. */
export const FOLLOW_UP_MISSING = {
  noFocus: 'Last time the room chose no focus problem.',
  learned: 'Nothing written yet about what was learned.',
} as const;

/** The follow-up's heading: "Follow-up of “<earlier title>”, <date>". */
export function followUpHeading(earlier: Pick<FollowUp['earlier'], 'title' | 'date'>): string {
  const title = earlier.title.trim();
  const date = earlier.date.trim();
  if (title !== '' && date !== '') return `Follow-up of “${title}”, ${date}`;
  if (title !== '') return `Follow-up of “${title}”`;
  if (date !== '') return `Follow-up of the session of ${date}`;
  return 'Follow-up of an earlier session';
}

/** How the metric moved, from what the room wrote down then and reads now. */
function metricMove(baseline: string, now: string): string {
  if (baseline !== '' && now !== '') return `the metric moved from ${baseline} to ${now}`;
  if (now !== '') return `the metric is now ${now}, with no baseline recorded`;
  if (baseline !== '') return `the metric stood at ${baseline}, and its value now is not recorded yet`;
  return 'no value of the metric is recorded yet';
}

/**
 * The record's and the brief's sentence: "Last time we chose <focus>; the metric moved from
 * <baseline> to <now>; target <target>." Each part missing is said so rather than left blank.
 */
export function lastTimeSentence(followUp: Pick<FollowUp, 'focus' | 'outcome'>): string {
  const { focus, outcome } = followUp;
  if (focus === null) return FOLLOW_UP_MISSING.noFocus;
  const target = focus.target.trim();
  const name = focus.title.trim();
  // The values are typed as they would start a field ("From 78% to 81%"): mid-sentence they start small.
  const move = metricMove(midSentence(focus.baseline.trim()), midSentence(outcome.metricNow.trim()));
  return `Last time we chose ${name}; ${move}; ${target === '' ? 'no target was set' : `target ${midSentence(target)}`}.`;
}

/** "Status: Shipped." — what became of the earlier focus. */
export function followUpStatusLine(followUp: Pick<FollowUp, 'outcome'>): string {
  return `Status: ${FOLLOW_UP_STATUS_LABELS[followUp.outcome.status]}.`;
}

/** The label of what was learned, in Frame, the dialog and the exports. */
export const FOLLOW_UP_LEARNED_LABEL = 'What we learned';
