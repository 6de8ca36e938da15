import { dirname } from 'node:path';
import type { ThemeChoice } from '../../../shared/ipc-contract';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

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
  try {
    // Stryker disable next-line OptionalChaining: reading a theme of null throws, which the catch reads as "system" too.
    const theme = (JSON.parse(text) as { theme?: unknown } | null)?.theme;
    return theme === 'light' || theme === 'dark' ? theme : 'system';
  } catch {
    return 'system';
  }
}

/** The file-system calls the preference needs. */
export interface ThemePreferenceFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

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
    // Stryker disable next-line StringLiteral,ArrowFunction: without the encoding JSON.parse reads the bytes as UTF-8; any text that is not JSON reads as "system".
    this.choice = parseThemeChoice(await this.fs.readFile(this.storePath, 'utf8').catch(() => ''));
    await this.target.apply(this.choice);
    return this.choice;
  }

  current(): ThemeChoice {
    return this.choice;
  }

  async toggle(): Promise<ThemeChoice> {
    this.choice = nextTheme(this.choice, this.target.systemIsDark());
    await this.target.apply(this.choice);
    try {
      await this.fs.mkdir(dirname(this.storePath), { recursive: true });
      await writeFileAtomic(this.fs, this.storePath, `${JSON.stringify({ version: 1, theme: this.choice }, null, 2)}\n`);
    } catch (error) {
      console.error('Pickwise could not remember the theme:', error);
    }
    return this.choice;
  }
}
