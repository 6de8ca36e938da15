import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { FollowUp, FollowUpStatus } from '../session/schema';
import { midSentenceIn } from '../i18n/sentence';
import { titledBy } from './compare';

// What a follow-up says of the earlier session and its focus, in the room's words: written once
// here and used by Frame, the decision record and the ML brief, so the three never disagree.

/** The key of each answer to "what became of it" in the rules catalogue. */
const STATUS_KEYS = { unknown: 'unknown', 'not-started': 'notStarted', 'in-progress': 'inProgress', shipped: 'shipped', stopped: 'stopped' } as const satisfies Record<FollowUpStatus, string>;

/** An answer to "what became of it", as the dialog, Frame and the exports name it. */
export function followUpStatusLabel(status: FollowUpStatus, language: Language): string {
  return textsIn(language)(`rules:followUp.status.${STATUS_KEYS[status]}`);
}

/** The answers the room chooses from, in the order a piece of work goes through them. */
export const FOLLOW_UP_STATUS_CHOICES: readonly Exclude<FollowUpStatus, 'unknown'>[] = ['not-started', 'in-progress', 'shipped', 'stopped'];

/** What the exports say where nothing is written yet about what was learned. */
export function nothingLearnedText(language: Language): string {
  return textsIn(language)('rules:followUp.nothingLearned');
}

/** The follow-up's heading: "Follow-up of “<earlier title>”, <date>". */
export function followUpHeading(earlier: Pick<FollowUp['earlier'], 'title' | 'date'>, language: Language): string {
  const { by, title, date } = titledBy(earlier, language);
  return textsIn(language)(`rules:followUp.heading.${by}`, { title, date });
}

/** Which of its values the room wrote down: how the metric moved, and whether a target was set. */
function lastTimeKey(baseline: string, now: string, target: string) {
  const move = baseline !== '' ? (now !== '' ? 'moved' : 'baselineOnly') : now !== '' ? 'nowOnly' : 'noValues';
  return target === '' ? move : (`${move}WithTarget` as const);
}

/**
 * The record's and the brief's sentence: "Last time we chose <focus>; the metric moved from
 * <baseline> to <now>; target <target>." Each part missing is said so rather than left blank.
 */
export function lastTimeSentence(followUp: Pick<FollowUp, 'focus' | 'outcome'>, language: Language): string {
  const t = textsIn(language);
  const { focus, outcome } = followUp;
  if (focus === null) return t('rules:followUp.noFocus');
  // The values are typed as they would start a field ("From 78% to 81%"): mid-sentence they start small.
  const baseline = midSentenceIn(focus.baseline.trim(), language);
  const now = midSentenceIn(outcome.metricNow.trim(), language);
  const target = midSentenceIn(focus.target.trim(), language);
  return t(`rules:followUp.lastTime.${lastTimeKey(baseline, now, target)}`, { focus: focus.title.trim(), baseline, now, target });
}

/** "Status: Shipped." — what became of the earlier focus. */
export function followUpStatusLine(followUp: Pick<FollowUp, 'outcome'>, language: Language): string {
  return textsIn(language)(`rules:followUp.statusLine.${STATUS_KEYS[followUp.outcome.status]}`);
}

/** The label of what was learned, in Frame, the dialog and the exports. */
export function followUpLearnedLabel(language: Language): string {
  return textsIn(language)('rules:followUp.learnedLabel');
}
