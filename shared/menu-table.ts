/**
 * The app's menus, as one declarative table: main builds the native menu bar from it and the
 * renderer's keyboard-shortcuts overlay lists its shortcuts, so the two never disagree.
 * Pure data and functions: labels, accelerators in Electron's syntax, command ids. No Electron.
 */

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
  label: PerPlatform<string>;
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
  | { kind: 'submenu'; label: PerPlatform<string>; items: MenuEntry[]; platforms?: Platform[] }
  /** The Open Recent submenu: main fills it with the recent files and Clear Recent. */
  | { kind: 'recent'; label: string }
  | { kind: 'separator'; platforms?: Platform[] };

/** One menu of the menu bar. */
interface MenuSection {
  label: string;
  /** `app` is macOS's application menu, named after the app. */
  id: 'app' | 'file' | 'edit' | 'view' | 'window' | 'help';
  items: MenuEntry[];
  platforms?: Platform[];
}

const command = (commandId: MenuCommand, label: PerPlatform<string>, more: Partial<EntryBase> = {}): MenuEntry => ({
  kind: 'command',
  command: commandId,
  label,
  ...more,
});
const role = (roleId: MenuRole, label: PerPlatform<string>, more: Partial<EntryBase> = {}): MenuEntry => ({
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
  command('file.export.chart', 'Chart Image…', { accelerator: 'Shift+CmdOrCtrl+E' }),
  command('file.export.recordPdf', 'Decision Record as PDF…'),
  command('file.export.recordMarkdown', 'Decision Record as Markdown…'),
  command('file.export.brief', 'ML Brief…'),
  command('file.export.csv', 'Backlog as CSV…'),
];

/** File ▸ Import: candidates from a spreadsheet, or another room's session. */
const IMPORT_ITEMS: MenuEntry[] = [
  command('file.import.candidates', 'Candidates from CSV…'),
  command('file.import.merge', 'Merge Another Session…'),
];

/** The whole menu bar, every platform's variant in one place. */
const MENU_TABLE: MenuSection[] = [
  {
    id: 'app',
    label: 'Pickwise',
    platforms: ['darwin'],
    items: [
      role('about', 'About Pickwise'),
      separator(),
      role('services', 'Services'),
      separator(),
      role('hide', 'Hide Pickwise', { accelerator: 'Cmd+H' }),
      role('hideOthers', 'Hide Others', { accelerator: 'Cmd+Alt+H' }),
      role('unhide', 'Show All'),
      separator(),
      role('quit', 'Quit Pickwise', { accelerator: 'Cmd+Q' }),
    ],
  },
  {
    id: 'file',
    label: 'File',
    items: [
      command('file.new', 'New', { accelerator: 'CmdOrCtrl+N' }),
      command('file.open', 'Open…', { accelerator: 'CmdOrCtrl+O' }),
      { kind: 'recent', label: 'Open Recent' },
      separator(),
      command('file.save', 'Save', { accelerator: 'CmdOrCtrl+S' }),
      command('file.saveAs', 'Save As…', { accelerator: 'Shift+CmdOrCtrl+S' }),
      separator(),
      { kind: 'submenu', label: 'Import', items: IMPORT_ITEMS },
      { kind: 'submenu', label: 'Export', items: EXPORT_ITEMS },
      command('file.compare', 'Compare with Another Session…'),
      command('file.followUp', 'Start Follow-up Session…'),
      separator(),
      { kind: 'main', action: 'window.close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
      separator(['win32', 'linux']),
      role('quit', { win32: 'Exit', other: 'Quit' }, { platforms: ['win32', 'linux'], accelerator: { linux: 'Ctrl+Q' } }),
    ],
  },
  {
    id: 'edit',
    label: 'Edit',
    items: [
      command('edit.undo', 'Undo', { accelerator: 'CmdOrCtrl+Z' }),
      command('edit.redo', 'Redo', {
        accelerator: { darwin: 'Shift+Cmd+Z', win32: 'Ctrl+Y', linux: 'Ctrl+Shift+Z' },
        alsoAccepted: { win32: ['Ctrl+Shift+Z'], linux: ['Ctrl+Y'], darwin: [] },
      }),
      separator(),
      role('cut', 'Cut', { accelerator: 'CmdOrCtrl+X' }),
      role('copy', 'Copy', { accelerator: 'CmdOrCtrl+C' }),
      role('paste', 'Paste', { accelerator: 'CmdOrCtrl+V' }),
      role('selectAll', 'Select All', { accelerator: 'CmdOrCtrl+A' }),
    ],
  },
  {
    id: 'view',
    label: 'View',
    items: [
      command('view.phase.frame', 'Frame', { accelerator: 'CmdOrCtrl+1' }),
      command('view.phase.collect', 'Collect', { accelerator: 'CmdOrCtrl+2' }),
      command('view.phase.score', 'Score', { accelerator: 'CmdOrCtrl+3' }),
      command('view.phase.map', 'Map', { accelerator: 'CmdOrCtrl+4' }),
      command('view.phase.decide', 'Decide', { accelerator: 'CmdOrCtrl+5' }),
      command('view.phase.share', 'Share', { accelerator: 'CmdOrCtrl+6' }),
      separator(),
      command('view.presentation', 'Presentation Mode', { accelerator: { darwin: 'Ctrl+Cmd+F', other: 'F11' } }),
      command('view.toggleTheme', 'Toggle Theme', { accelerator: 'Shift+CmdOrCtrl+L' }),
      separator(),
      role('zoomIn', 'Zoom In', { accelerator: 'CmdOrCtrl+Plus' }),
      role('zoomOut', 'Zoom Out', { accelerator: 'CmdOrCtrl+-' }),
      role('resetZoom', 'Actual Size', { accelerator: 'CmdOrCtrl+0' }),
    ],
  },
  {
    id: 'window',
    label: 'Window',
    platforms: ['darwin'],
    items: [role('minimize', 'Minimize', { accelerator: 'Cmd+M' }), separator(), role('front', 'Bring All to Front')],
  },
  {
    id: 'help',
    label: 'Help',
    items: [
      command('help.shortcuts', 'Keyboard Shortcuts', { accelerator: 'CmdOrCtrl+/' }),
      command('help.sample', 'Open the Sample Session'),
      separator(['win32', 'linux']),
      role('about', 'About Pickwise', { platforms: ['win32', 'linux'] }),
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
  | { kind: 'separator' };

export interface ResolvedSection {
  id: MenuSection['id'];
  label: string;
  items: ResolvedEntry[];
}

function resolveEntries(entries: MenuEntry[], platform: Platform): ResolvedEntry[] {
  const resolved: ResolvedEntry[] = [];
  for (const entry of entries) {
    if ('platforms' in entry && !onPlatform(entry, platform)) continue;
    if (entry.kind === 'separator') {
      // No separator first, last or twice in a row.
      if (resolved.length > 0 && resolved[resolved.length - 1]?.kind !== 'separator') resolved.push({ kind: 'separator' });
      continue;
    }
    if (entry.kind === 'recent') {
      resolved.push(entry);
      continue;
    }
    if (entry.kind === 'submenu') {
      resolved.push({ kind: 'submenu', label: forPlatform(entry.label, platform) ?? '', items: resolveEntries(entry.items, platform) });
      continue;
    }
    const label = forPlatform(entry.label, platform) ?? '';
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

/** The menu bar of one platform: sections and entries that belong there, labels resolved. */
export function menuFor(platform: Platform): ResolvedSection[] {
  return MENU_TABLE.filter((section) => onPlatform(section, platform)).map((section) => ({
    id: section.id,
    label: section.label,
    items: resolveEntries(section.items, platform),
  }));
}

/** Every command entry of a platform's menu, however deep. */
export function commandEntriesOf(platform: Platform): Extract<ResolvedEntry, { kind: 'command' }>[] {
  const found: Extract<ResolvedEntry, { kind: 'command' }>[] = [];
  const walk = (entries: ResolvedEntry[]) => {
    for (const entry of entries) {
      if (entry.kind === 'command') found.push(entry);
      if (entry.kind === 'submenu') walk(entry.items);
    }
  };
  for (const section of menuFor(platform)) walk(section.items);
  return found;
}

/** One line of the keyboard-shortcuts overlay. */
export interface ShortcutLine {
  section: string;
  label: string;
  /** As the platform writes them: `⇧⌘S` on macOS, `Ctrl+Shift+S` elsewhere. */
  keys: string[];
}

/** The shortcuts of a platform's menus, grouped by menu, in menu order. */
export function shortcutsFor(platform: Platform): ShortcutLine[] {
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
  for (const section of menuFor(platform)) walk(section.id === 'app' ? 'Pickwise' : section.label, section.items);
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
