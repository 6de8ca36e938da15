/**
 * The app's menus, as one declarative table: main builds the native menu bar from it and the
 * renderer's keyboard-shortcuts overlay lists its shortcuts, so the two never disagree.
 * Pure data and functions: labels (keys of the `menu` catalogue, written in the language asked
 * for), accelerators in Electron's syntax, command ids. No Electron.
 */
import type { menu } from './i18n/catalogues/en/menu';
import type { Language } from './i18n/languages';
import { textsIn } from './i18n/texts';

/** The key of every text of a catalogue tree: "file.saveAs". */
type TextKeys<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : TextKeys<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** A label of the menu table: a key of the `menu` catalogue ("file.saveAs" is “Save As…”). */
type MenuText = TextKeys<typeof menu>;

/** The desktop platforms Pickwise ships for, named as Node's `process.platform` names them. */
export type Platform = 'darwin' | 'win32' | 'linux';
export const PLATFORMS: readonly Platform[] = ['darwin', 'win32', 'linux'];

/** Commands main sends to the focused window's renderer (the `menuCommand` event). */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'edit.undo',
  'edit.redo',
  'view.phase.frame',
  'view.phase.collect',
  'view.phase.score',
  'view.phase.map',
  'view.phase.decide',
  'view.phase.share',
  'view.presentation',
  'view.toggleTheme',
  'help.shortcuts',
  'help.sample',
  'file.export.chart',
  'file.export.recordPdf',
  'file.export.recordMarkdown',
  'file.export.brief',
  'file.export.csv',
  'file.import.candidates',
  'file.import.merge',
  'file.compare',
  'file.followUp',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * The commands presentation mode lets through: leaving it and the theme. Presenting never
 * edits, so every other command (undo, open, import, a phase…) waits until the room leaves it.
 */
export const PRESENTATION_COMMANDS: readonly MenuCommand[] = ['view.presentation', 'view.toggleTheme'];

/** Things main does itself, without the renderer: they concern windows or the app. */
export type MainAction = 'window.close' | 'recent.clear';

/** Electron's built-in menu roles that Pickwise uses; each keeps its native behaviour. */
type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'minimize'
  | 'front';

/** A value that may differ per platform; a plain value is the same everywhere. */
type PerPlatform<T> = T | { darwin?: T; win32?: T; linux?: T; other?: T };

interface EntryBase {
  label: PerPlatform<MenuText>;
  /** Electron accelerator syntax (`CmdOrCtrl+S`); absent or undefined for the platform: none. */
  accelerator?: PerPlatform<string | undefined>;
  /** Further keys the renderer accepts for the same thing, listed in the overlay only. */
  alsoAccepted?: PerPlatform<string[]>;
  /** Only on these platforms; everywhere when absent. */
  platforms?: Platform[];
}

export type MenuEntry =
  | (EntryBase & { kind: 'command'; command: MenuCommand })
  | (EntryBase & { kind: 'main'; action: MainAction })
  | (EntryBase & { kind: 'role'; role: MenuRole })
  | { kind: 'submenu'; label: PerPlatform<MenuText>; items: MenuEntry[]; platforms?: Platform[] }
  /** The Open Recent submenu: main fills it with the recent files and Clear Recent. */
  | { kind: 'recent'; label: MenuText }
  /** The Language submenu: main fills it with the system's language and the five, the chosen one checked. */
  | { kind: 'language'; label: MenuText }
  | { kind: 'separator'; platforms?: Platform[] };

/** One menu of the menu bar, named by its id (menu:sections). */
interface MenuSection {
  /** `app` is macOS's application menu, named after the app. */
  id: 'app' | 'file' | 'edit' | 'view' | 'window' | 'help';
  items: MenuEntry[];
  platforms?: Platform[];
}

const command = (commandId: MenuCommand, label: PerPlatform<MenuText>, more: Partial<EntryBase> = {}): MenuEntry => ({
  kind: 'command',
  command: commandId,
  label,
  ...more,
});
const role = (roleId: MenuRole, label: PerPlatform<MenuText>, more: Partial<EntryBase> = {}): MenuEntry => ({
  kind: 'role',
  role: roleId,
  label,
  ...more,
});
const separator = (platforms?: Platform[]): MenuEntry => (platforms ? { kind: 'separator', platforms } : { kind: 'separator' });

/**
 * The place for File ▸ Export: each export (chart image, decision record, backlog as CSV) is
 * added here as a command once it works, and the submenu appears as soon as this holds one.
 */
export const EXPORT_ITEMS: MenuEntry[] = [
  command('file.export.chart', 'export.chart', { accelerator: 'Shift+CmdOrCtrl+E' }),
  command('file.export.recordPdf', 'export.recordPdf'),
  command('file.export.recordMarkdown', 'export.recordMarkdown'),
  command('file.export.brief', 'export.brief'),
  command('file.export.csv', 'export.csv'),
];

/** File ▸ Import: candidates from a spreadsheet, or another room's session. */
const IMPORT_ITEMS: MenuEntry[] = [
  command('file.import.candidates', 'import.candidates'),
  command('file.import.merge', 'import.merge'),
];

/** The whole menu bar, every platform's variant in one place. */
const MENU_TABLE: MenuSection[] = [
  {
    id: 'app',
    platforms: ['darwin'],
    items: [
      role('about', 'app.about'),
      separator(),
      role('services', 'app.services'),
      separator(),
      role('hide', 'app.hide', { accelerator: 'Cmd+H' }),
      role('hideOthers', 'app.hideOthers', { accelerator: 'Cmd+Alt+H' }),
      role('unhide', 'app.showAll'),
      separator(),
      role('quit', 'app.quit', { accelerator: 'Cmd+Q' }),
    ],
  },
  {
    id: 'file',
    items: [
      command('file.new', 'file.new', { accelerator: 'CmdOrCtrl+N' }),
      command('file.open', 'file.open', { accelerator: 'CmdOrCtrl+O' }),
      { kind: 'recent', label: 'file.openRecent' },
      separator(),
      command('file.save', 'file.save', { accelerator: 'CmdOrCtrl+S' }),
      command('file.saveAs', 'file.saveAs', { accelerator: 'Shift+CmdOrCtrl+S' }),
      separator(),
      { kind: 'submenu', label: 'file.import', items: IMPORT_ITEMS },
      { kind: 'submenu', label: 'file.export', items: EXPORT_ITEMS },
      command('file.compare', 'file.compare'),
      command('file.followUp', 'file.followUp'),
      separator(),
      { kind: 'main', action: 'window.close', label: 'file.closeWindow', accelerator: 'CmdOrCtrl+W' },
      separator(['win32', 'linux']),
      role('quit', { win32: 'file.exit', other: 'file.quit' }, { platforms: ['win32', 'linux'], accelerator: { linux: 'Ctrl+Q' } }),
    ],
  },
  {
    id: 'edit',
    items: [
      command('edit.undo', 'edit.undo', { accelerator: 'CmdOrCtrl+Z' }),
      command('edit.redo', 'edit.redo', {
        accelerator: { darwin: 'Shift+Cmd+Z', win32: 'Ctrl+Y', linux: 'Ctrl+Shift+Z' },
        alsoAccepted: { win32: ['Ctrl+Shift+Z'], linux: ['Ctrl+Y'], darwin: [] },
      }),
      separator(),
      role('cut', 'edit.cut', { accelerator: 'CmdOrCtrl+X' }),
      role('copy', 'edit.copy', { accelerator: 'CmdOrCtrl+C' }),
      role('paste', 'edit.paste', { accelerator: 'CmdOrCtrl+V' }),
      role('selectAll', 'edit.selectAll', { accelerator: 'CmdOrCtrl+A' }),
    ],
  },
  {
    id: 'view',
    items: [
      command('view.phase.frame', 'view.frame', { accelerator: 'CmdOrCtrl+1' }),
      command('view.phase.collect', 'view.collect', { accelerator: 'CmdOrCtrl+2' }),
      command('view.phase.score', 'view.score', { accelerator: 'CmdOrCtrl+3' }),
      command('view.phase.map', 'view.map', { accelerator: 'CmdOrCtrl+4' }),
      command('view.phase.decide', 'view.decide', { accelerator: 'CmdOrCtrl+5' }),
      command('view.phase.share', 'view.share', { accelerator: 'CmdOrCtrl+6' }),
      separator(),
      command('view.presentation', 'view.presentation', { accelerator: { darwin: 'Ctrl+Cmd+F', other: 'F11' } }),
      command('view.toggleTheme', 'view.toggleTheme', { accelerator: 'Shift+CmdOrCtrl+L' }),
      { kind: 'language', label: 'view.language' },
      separator(),
      role('zoomIn', 'view.zoomIn', { accelerator: 'CmdOrCtrl+Plus' }),
      role('zoomOut', 'view.zoomOut', { accelerator: 'CmdOrCtrl+-' }),
      role('resetZoom', 'view.actualSize', { accelerator: 'CmdOrCtrl+0' }),
    ],
  },
  {
    id: 'window',
    platforms: ['darwin'],
    items: [role('minimize', 'window.minimize', { accelerator: 'Cmd+M' }), separator(), role('front', 'window.bringAllToFront')],
  },
  {
    id: 'help',
    items: [
      command('help.shortcuts', 'help.shortcuts', { accelerator: 'CmdOrCtrl+/' }),
      command('help.sample', 'help.sample'),
      separator(['win32', 'linux']),
      role('about', 'app.about', { platforms: ['win32', 'linux'] }),
    ],
  },
];

/** The value of `value` on `platform`. */
function forPlatform<T>(value: PerPlatform<T>, platform: Platform): T | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const perPlatform = value as { darwin?: T; win32?: T; linux?: T; other?: T };
    if (platform in perPlatform) return perPlatform[platform];
    return perPlatform.other;
  }
  return value as T;
}

function onPlatform(entry: { platforms?: Platform[] }, platform: Platform): boolean {
  return entry.platforms === undefined || entry.platforms.includes(platform);
}

/** A menu entry as one platform sees it: labels and accelerators resolved. */
export type ResolvedEntry =
  | { kind: 'command'; command: MenuCommand; label: string; accelerator?: string; alsoAccepted: string[] }
  | { kind: 'main'; action: MainAction; label: string; accelerator?: string; alsoAccepted: string[] }
  | { kind: 'role'; role: MenuRole; label: string; accelerator?: string; alsoAccepted: string[] }
  | { kind: 'submenu'; label: string; items: ResolvedEntry[] }
  | { kind: 'recent'; label: string }
  | { kind: 'language'; label: string }
  | { kind: 'separator' };

export interface ResolvedSection {
  id: MenuSection['id'];
  label: string;
  items: ResolvedEntry[];
}

/** A label's text: the catalogue's in one language, or (for the keys alone) the key itself. */
type LabelOf = (text: MenuText) => string;

function resolveEntries(entries: MenuEntry[], platform: Platform, labelOf: LabelOf): ResolvedEntry[] {
  const resolved: ResolvedEntry[] = [];
  for (const entry of entries) {
    if ('platforms' in entry && !onPlatform(entry, platform)) continue;
    if (entry.kind === 'separator') {
      // No separator first, last or twice in a row.
      if (resolved.length > 0 && resolved[resolved.length - 1]?.kind !== 'separator') resolved.push({ kind: 'separator' });
      continue;
    }
    if (entry.kind === 'recent' || entry.kind === 'language') {
      resolved.push({ kind: entry.kind, label: labelOf(entry.label) });
      continue;
    }
    if (entry.kind === 'submenu') {
      resolved.push({ kind: 'submenu', label: labelOf(forPlatform(entry.label, platform)!), items: resolveEntries(entry.items, platform, labelOf) });
      continue;
    }
    const label = labelOf(forPlatform(entry.label, platform)!);
    const accelerator = entry.accelerator === undefined ? undefined : forPlatform(entry.accelerator, platform);
    const alsoAccepted = (entry.alsoAccepted === undefined ? undefined : forPlatform(entry.alsoAccepted, platform)) ?? [];
    const common = { label, alsoAccepted, ...(accelerator ? { accelerator } : {}) };
    if (entry.kind === 'command') resolved.push({ kind: 'command', command: entry.command, ...common });
    else if (entry.kind === 'main') resolved.push({ kind: 'main', action: entry.action, ...common });
    else resolved.push({ kind: 'role', role: entry.role, ...common });
  }
  while (resolved[resolved.length - 1]?.kind === 'separator') resolved.pop();
  return resolved;
}

function resolvedMenu(platform: Platform, labelOf: LabelOf): ResolvedSection[] {
  return MENU_TABLE.filter((section) => onPlatform(section, platform)).map((section) => ({
    id: section.id,
    // The application menu is named after the app, in every language.
    label: section.id === 'app' ? 'Pickwise' : labelOf(`sections.${section.id}`),
    items: resolveEntries(section.items, platform, labelOf),
  }));
}

/** The menu bar of one platform in `language`: sections and entries that belong there, labels resolved. */
export function menuFor(platform: Platform, language: Language): ResolvedSection[] {
  const t = textsIn(language);
  return resolvedMenu(platform, (text) => t(`menu:${text}`));
}

/** A command of the menu and its keys, whatever its label's language. */
export type CommandEntry = Omit<Extract<ResolvedEntry, { kind: 'command' }>, 'label'>;

/** Every command entry of a platform's menu, however deep: its command and its keys. */
export function commandEntriesOf(platform: Platform): CommandEntry[] {
  const found: CommandEntry[] = [];
  const walk = (entries: ResolvedEntry[]) => {
    for (const entry of entries) {
      if (entry.kind === 'command') found.push({ kind: 'command', command: entry.command, alsoAccepted: entry.alsoAccepted, ...(entry.accelerator ? { accelerator: entry.accelerator } : {}) });
      if (entry.kind === 'submenu') walk(entry.items);
    }
  };
  for (const section of resolvedMenu(platform, (text) => text)) walk(section.items);
  return found;
}

/** One line of the keyboard-shortcuts overlay. */
export interface ShortcutLine {
  section: string;
  label: string;
  /** As the platform writes them: `⇧⌘S` on macOS, `Ctrl+Shift+S` elsewhere. */
  keys: string[];
}

/** The shortcuts of a platform's menus in `language`, grouped by menu, in menu order. */
export function shortcutsFor(platform: Platform, language: Language): ShortcutLine[] {
  const lines: ShortcutLine[] = [];
  const walk = (section: string, entries: ResolvedEntry[]) => {
    for (const entry of entries) {
      if (entry.kind === 'submenu') walk(section, entry.items);
      if (entry.kind !== 'command' && entry.kind !== 'main' && entry.kind !== 'role') continue;
      if (!entry.accelerator) continue;
      lines.push({
        section,
        label: entry.label,
        keys: [entry.accelerator, ...entry.alsoAccepted].map((keys) => formatAccelerator(keys, platform)),
      });
    }
  };
  for (const section of menuFor(platform, language)) walk(section.label, section.items);
  return lines;
}

const MAC_MODIFIER_ORDER = ['Ctrl', 'Alt', 'Shift', 'Cmd'] as const;
const MAC_SYMBOLS: Record<(typeof MAC_MODIFIER_ORDER)[number], string> = { Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Cmd: '⌘' };
const OTHER_MODIFIER_ORDER = ['Ctrl', 'Alt', 'Shift', 'Cmd'] as const;
const KEY_NAMES: Record<string, string> = { plus: '+', minus: '-', space: 'Space', escape: 'Esc' };

/** Splits an accelerator into its modifiers (named for the platform) and its key. */
export function parseAccelerator(accelerator: string, platform: Platform): { modifiers: Set<string>; key: string } {
  // A trailing `+` key is written `Plus` in Electron's syntax; `-` stands for itself.
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const modifiers = new Set<string>();
  for (const part of parts) {
    const name = part.toLowerCase();
    if (name === 'cmdorctrl' || name === 'commandorcontrol') modifiers.add(platform === 'darwin' ? 'Cmd' : 'Ctrl');
    else if (name === 'cmd' || name === 'command' || name === 'super' || name === 'meta') modifiers.add('Cmd');
    else if (name === 'ctrl' || name === 'control') modifiers.add('Ctrl');
    else if (name === 'alt' || name === 'option' || name === 'altgr') modifiers.add('Alt');
    else if (name === 'shift') modifiers.add('Shift');
    else throw new Error(`Unknown modifier “${part}” in accelerator “${accelerator}”.`);
  }
  return { modifiers, key: KEY_NAMES[key.toLowerCase()] ?? (key.length === 1 ? key.toUpperCase() : key) };
}

/** One canonical spelling per key combination, to compare accelerators. */
export function normalizeAccelerator(accelerator: string, platform: Platform): string {
  const { modifiers, key } = parseAccelerator(accelerator, platform);
  return [...OTHER_MODIFIER_ORDER.filter((name) => modifiers.has(name)), key].join('+');
}

/** An accelerator as the platform writes it in menus: `⇧⌘S` on macOS, `Ctrl+Shift+S` elsewhere. */
export function formatAccelerator(accelerator: string, platform: Platform): string {
  const { modifiers, key } = parseAccelerator(accelerator, platform);
  if (platform === 'darwin') return MAC_MODIFIER_ORDER.filter((name) => modifiers.has(name)).map((name) => MAC_SYMBOLS[name]).join('') + key;
  return [...OTHER_MODIFIER_ORDER.filter((name) => modifiers.has(name)), key].join('+');
}

/** The platform a user agent string or `navigator.platform` names. */
export function platformFromUserAgent(text: string): Platform {
  if (/Mac|iPhone|iPad/i.test(text)) return 'darwin';
  if (/Win/i.test(text)) return 'win32';
  return 'linux';
}
