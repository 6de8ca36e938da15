import { dirname } from 'node:path';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

// A preference (the theme, the language) is a small JSON file of its own in the app's data
// folder, read once at start and written whole at each choice.

/** The file-system calls a preference file needs. */
export interface PreferenceFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/** The choice a preference file holds under `key`, when it is one of `choices`; anything unreadable or unknown is `fallback`. */
export function readPreference<Choice extends string>(text: string, key: string, choices: readonly Choice[], fallback: Choice): Choice {
  try {
    const value = (JSON.parse(text) as Record<string, unknown> | null)?.[key];
    return (choices as readonly unknown[]).includes(value) ? (value as Choice) : fallback;
  } catch {
    return fallback;
  }
}

/** The file's text, or nothing when it is missing or unreadable: a first start follows its defaults. */
export async function preferenceText(fs: PreferenceFs, path: string): Promise<string> {
  return fs.readFile(path, 'utf8').catch(() => '');
}

/**
 * Remembers a choice. One that cannot be written still holds for this run; why it was not kept
 * goes to the console (`what` names it: "the theme").
 */
export async function writePreference(fs: PreferenceFs, path: string, record: Record<string, unknown>, what: string): Promise<void> {
  try {
    await fs.mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(fs, path, `${JSON.stringify({ version: 1, ...record }, null, 2)}\n`);
  } catch (error) {
    console.error(`Pickwise could not remember ${what}:`, error);
  }
}
