import { shortcutOf } from '../../../shared/command-keys';
import { FINISH_TURN_KEYS, READINESS_ANSWER_KEYS, readinessAnswerLabel } from '../../../shared';
import { formatAccelerator, platformFromUserAgent, type MenuCommand } from '../../../shared/menu-table';
import { interfaceLanguage, translate } from '../i18n';

/** The platform the page runs on, as the menu table names it. */
export const platform = platformFromUserAgent(typeof navigator === 'undefined' ? '' : `${navigator.platform} ${navigator.userAgent}`);

/** A command's shortcut for a button's title, from the menu table: ⌘S on macOS, Ctrl+S elsewhere. */
export function shortcutTitle(command: MenuCommand): string | undefined {
  return shortcutOf(command, platform);
}

/**
 * Keys the page answers where the work is (not in the menus): the overlay lists them after the
 * menus' own. In the interface's language at the time of the call (the overlay's render).
 */
export function pageKeyLines(): { section: string; label: string; keys: string[] }[] {
  const turn = translate('shortcuts.inScoringTurn');
  const checklist = translate('shortcuts.inReadinessChecklist');
  return [
    { section: turn, label: translate('shortcuts.scoreAndGoOn'), keys: ['1 … 9', '0'] },
    { section: turn, label: translate('shortcuts.stepBack'), keys: ['Backspace'] },
    { section: turn, label: translate('shortcuts.clearScore'), keys: ['Delete'] },
    { section: turn, label: translate('shortcuts.finishTurn'), keys: [formatAccelerator(FINISH_TURN_KEYS, platform)] },
    ...(['ready', 'partly', 'missing', 'unknown'] as const).map((answer) => ({
      section: checklist,
      label: translate('shortcuts.answerAndGoOn', { answer: readinessAnswerLabel(answer, interfaceLanguage()) }),
      keys: [READINESS_ANSWER_KEYS[answer]],
    })),
    { section: translate('shortcuts.anywhere'), label: translate('shortcuts.closeDialog'), keys: ['Esc'] },
  ];
}
