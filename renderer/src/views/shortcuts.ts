import { shortcutOf } from '../../../shared/command-keys';
import { FINISH_TURN_KEYS, READINESS_ANSWER_KEYS, READINESS_ANSWER_LABELS } from '../../../shared';
import { formatAccelerator, platformFromUserAgent, type MenuCommand } from '../../../shared/menu-table';

/** The platform the page runs on, as the menu table names it. */
export const platform = platformFromUserAgent(typeof navigator === 'undefined' ? '' : `${navigator.platform} ${navigator.userAgent}`);

/** A command's shortcut for a button's title, from the menu table: ⌘S on macOS, Ctrl+S elsewhere. */
export function shortcutTitle(command: MenuCommand): string | undefined {
  return shortcutOf(command, platform);
}

/** Keys the page answers where the work is (not in the menus): the overlay lists them after the menus' own. */
export function pageKeyLines(): { section: string; label: string; keys: string[] }[] {
  const turn = 'In a scoring turn';
  const checklist = 'In a readiness checklist';
  return [
    { section: turn, label: 'Score the criterion with focus and go on to the next (0 is 10 on a 1–10 scale)', keys: ['1 … 9', '0'] },
    { section: turn, label: 'Step back and clear that score', keys: ['Backspace'] },
    { section: turn, label: 'Clear the score with focus', keys: ['Delete'] },
    { section: turn, label: 'I’m done', keys: [formatAccelerator(FINISH_TURN_KEYS, platform)] },
    ...(['ready', 'partly', 'missing', 'unknown'] as const).map((answer) => ({
      section: checklist,
      label: `${READINESS_ANSWER_LABELS[answer]}, and on to the next item`,
      keys: [READINESS_ANSWER_KEYS[answer]],
    })),
    { section: 'Anywhere', label: 'Close a dialog or a candidate’s details', keys: ['Esc'] },
  ];
}
