// The desktop namespace in English: what the Electron main process says itself (its native
// dialogs, the messages of opening, saving and exporting files, drafts, the About box); the
// source every other language translates (shared/i18n/catalogue.ts).
export const desktop = {
  buttons: {
    save: 'Save',
    dontSave: 'Don’t Save',
    saveAs: 'Save As…',
    cancel: 'Cancel',
    ok: 'OK',
    overwrite: 'Overwrite',
    reloadFromDisk: 'Reload from Disk',
    replace: 'Replace',
    wait: 'Wait',
    reload: 'Reload',
    close: 'Close',
  },
  /** The file types of the open and save dialogs. */
  fileTypes: {
    session: 'Pickwise session',
    sessionsAndCharts: 'Pickwise sessions and charts',
    chartWithSession: 'Chart image with its session',
    allFiles: 'All files',
    table: 'Spreadsheet or text (CSV, TSV, TXT)',
    png: 'PNG image',
    svg: 'SVG image',
    markdown: 'Markdown',
    pdf: 'PDF document',
    csv: 'CSV spreadsheet',
  },
  dialogTitles: {
    open: 'Open session',
    save: 'Save session',
    import: {
      backlog: 'Import candidates',
      session: 'Merge candidates from another session',
      comparison: 'Compare with another session',
    },
    export: {
      png: 'Export PNG image',
      svg: 'Export SVG image',
      markdown: 'Export Markdown',
      pdf: 'Export PDF document',
      csv: 'Export CSV spreadsheet',
    },
  },
  /** {{fileName}}: the chart picture's name, e.g. "Q3 — decision record-chart.png". */
  markdownChartNote: 'The chart is saved beside the record as a picture named after it, e.g. “{{fileName}}”.',
  /** File names the export dialogs suggest, after the session's title and a dash. */
  exportNames: {
    decisionRecord: 'decision record',
    backlog: 'backlog',
    /** {{candidate}}: the candidate's code, or its title. */
    mlBrief: '{{candidate}} ML brief',
  },
  unsavedChanges: {
    message: 'Do you want to save the changes you made to “{{documentName}}”?',
    detail: 'Your changes will be lost if you don’t save them.',
  },
  externalChange: {
    changed: '“{{fileName}}” was changed by another program since you opened or saved it.',
    unchecked: 'Pickwise could not check whether “{{fileName}}” was changed by another program since you opened or saved it.',
    choices: 'Overwrite it with your version, save your version as a new file, or reload the file from disk (your unsaved changes will be dropped).',
    noRecord: 'Pickwise has no record of what the file held when this window took it on.',
  },
  replace: {
    message: '“{{fileName}}” already exists. Do you want to replace it?',
    /** {{typed}}: the name as typed; {{fileName}}: the name with the extension Pickwise adds. */
    withoutExtension: 'The name “{{typed}}” was given without {{extension}}; Pickwise saves it as “{{fileName}}”, which is already there.',
    recordChart: 'The decision record’s chart is saved beside “{{fileName}}” under this name.',
    briefChart: 'The brief’s chart is saved beside “{{fileName}}” under this name.',
  },
  formatUpgrade: {
    message: 'Save “{{fileName}}” in the new session format?',
    detail:
      'It was made by an earlier Pickwise (session format {{fromVersion}}). Saved, it uses format {{version}}, with readiness checklists and scores kept as tables, and Pickwise versions that read only the earlier format will not open it. To keep the original for them, choose Save As… and save your work under another name.',
  },
  stoppedPage: {
    crashed: 'This Pickwise window stopped working.',
    hung: 'This Pickwise window is not responding.',
    crashedWithWork:
      'Its unsaved work, up to a few seconds before it stopped, is kept as a draft. Reload opens a fresh window in its place, which offers to restore the draft; after Close, the next window Pickwise opens offers it.',
    crashedNoWork: 'It had no unsaved work. Reload opens a fresh window in its place.',
    hungWithWork:
      'You can wait for it, or close it. Its unsaved work, up to a few seconds before it stopped, is kept as a draft. Reload opens a fresh window in its place, which offers to restore the draft; after Close, the next window Pickwise opens offers it.',
    hungNoWork: 'You can wait for it, or close it. It had no unsaved work. Reload opens a fresh window in its place.',
  },
  /** {{reason}}: one of the sentences below, or one of the session reader's, saying why. */
  files: {
    couldNotOpen: '“{{fileName}}” could not be opened. {{reason}}',
    couldNotRead: '“{{fileName}}” could not be read. {{reason}}',
    couldNotSave: '“{{fileName}}” could not be saved. {{reason}}',
    couldNotWrite: '“{{fileName}}” could not be written. {{reason}}',
    /** {{message}}: what went wrong while the export was built. */
    couldNotMake: '“{{fileName}}” could not be made. {{message}}',
    tooLargeToSave: '“{{fileName}}” was not saved. {{reason}} Your work is still open: remove what you can spare (long texts, candidates) and save again.',
    /** {{message}}: the session reader's refusal of a newer Pickwise's file. */
    newerFileThere: '“{{fileName}}” was not saved over the file there. {{message}} Replacing it would lose what the newer Pickwise wrote: save your work under another name with Save As…',
    /** {{folder}}: the folder the file was in. */
    goneFromRecent: '“{{fileName}}” is no longer in {{folder}}. It was moved, renamed or deleted, and has been removed from Open Recent.',
    folderNotSession: 'It is a folder, not a session file.',
    pictureWithoutSession: 'It is a picture without a Pickwise session inside. Only charts exported from Pickwise as PNG carry one.',
    noLongerAFile: 'It is no longer a file.',
    notOnThisComputer: 'It is not a file on this computer.',
    notThereAnyMore: 'It is not there any more: it was moved, renamed or deleted.',
    notRegular: 'It is not a regular file (it is a device, a pipe or a socket).',
    notSessionType: 'Pickwise opens session files ending in .pickwise or .json, and chart images exported as .png.',
    /** {{megabytes}}: a whole number. */
    largerThan: 'It is larger than {{megabytes}} MB.',
    largerThanSession: 'It is larger than {{megabytes}} MB, the most a session file may be.',
    /** {{size}}, {{limit}}: sizes with their unit, e.g. "12.3 MB". */
    sizeOverLimit: 'It is {{size}}; session files may be at most {{limit}}.',
    sessionTooLarge: 'The session would make a file of {{size}}, and Pickwise opens session files of at most {{limit}}.',
  },
  /** A file-system error in words. */
  fsErrors: {
    notFound: 'The file or its folder no longer exists.',
    permission: 'You do not have permission to use this file.',
    /** {{attempts}}: how many times the save tried (2 or more). */
    permissionRetried:
      'You do not have permission to use this file. Pickwise tried {{attempts}} times; perhaps a virus scanner or a sync tool holds the file open. Try again in a moment.',
    folder: 'It is a folder, not a file.',
    diskFull: 'The disk is full.',
    diskReadOnly: 'The disk is read-only.',
    busy: 'Another program is using the file.',
    busyRetried: 'Another program is using the file. Pickwise tried {{attempts}} times; perhaps a virus scanner or a sync tool holds the file open. Try again in a moment.',
    fileReadOnly: 'The file is read-only: choose another name, or make the file writable first.',
    linkLoop: 'Its symbolic links lead round in a circle.',
    /** {{message}}: the system's own message, as it gave it. */
    other: 'The system reported: {{message}}',
  },
  drafts: {
    notADraft: 'It is not a draft Pickwise wrote.',
    damaged: 'It is cut off or damaged.',
    /** {{name}}: the file's name, or the session's title. */
    restoredElsewhereNamed: 'The draft of “{{name}}” was already restored in another Pickwise window. Carry on with it there.',
    restoredElsewhere: 'This draft was already restored in another Pickwise window. Carry on with it there.',
    couldNotRestore: 'The draft could not be restored. {{reason}}',
    keptElsewhere: 'This draft was already restored in another Pickwise window, so it was kept there.',
    /** {{name}}: the file's name, or the session's title. */
    notKept: 'Your unsaved changes to “{{name}}” could not be kept as a draft, so a crash now would lose them. {{reason}}',
  },
  /** Why a follow-up's earlier session was not found beside its file. */
  earlierSession: {
    noFile: 'This session has no file yet, so there is no folder to look in.',
    noEarlier: 'This session follows up no earlier session.',
    neverSaved: 'The earlier session was never saved to a file.',
    notAFileName: '“{{fileName}}” is not the name of a file in a folder.',
    ownFile: 'The earlier file named is this session’s own file.',
    anotherSession: '“{{fileName}}” beside it holds another session.',
  },
  about: {
    copyright: 'Pickwise — MIT licence',
    noSandbox:
      'Pickwise is running without Chromium’s sandbox: it was started with --no-sandbox, as the AppImage does on systems that allow no user namespaces. The .deb package keeps the sandbox.',
  },
} as const;
