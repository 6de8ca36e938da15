import type { ThemeChoice } from '../../../shared/ipc-contract';
import { preferenceText, readPreference, writePreference, type PreferenceFs } from './preference-file';

/**
 * The next theme when the facilitator toggles: first the opposite of what the screen shows,
 * then the other one, then back to following the system. Pure.
 */
export function nextTheme(current: ThemeChoice, systemIsDark: boolean): ThemeChoice {
  if (current === 'system') return systemIsDark ? 'light' : 'dark';
  const systemLook: ThemeChoice = systemIsDark ? 'dark' : 'light';
  return current === systemLook ? 'system' : systemLook;
}

export function parseThemeChoice(text: string): ThemeChoice {
  return readPreference<ThemeChoice>(text, 'theme', ['light', 'dark'], 'system');
}

/** The file-system calls the preference needs. */
export type ThemePreferenceFs = PreferenceFs;

/** How the chosen theme reaches the pages: Electron's `nativeTheme`, or the harness's emulation. */
export interface ThemeTarget {
  apply(choice: ThemeChoice): void | Promise<void>;
  /** Whether the operating system asks for dark colours (as last seen while following it). */
  systemIsDark(): boolean;
}

/** The theme the facilitator chose, kept in the app's data folder and applied to every window. */
export class ThemePreference {
  private choice: ThemeChoice = 'system';

  constructor(
    private readonly fs: ThemePreferenceFs,
    private readonly storePath: string,
    private readonly target: ThemeTarget,
  ) {}

  async load(): Promise<ThemeChoice> {
    this.choice = parseThemeChoice(await preferenceText(this.fs, this.storePath));
    await this.target.apply(this.choice);
    return this.choice;
  }

  current(): ThemeChoice {
    return this.choice;
  }

  async toggle(): Promise<ThemeChoice> {
    this.choice = nextTheme(this.choice, this.target.systemIsDark());
    await this.target.apply(this.choice);
    await writePreference(this.fs, this.storePath, { theme: this.choice }, 'the theme');
    return this.choice;
  }
}
