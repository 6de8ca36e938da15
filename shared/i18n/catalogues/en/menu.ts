// The menu namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
// The menu bar's menus and items (shared/menu-table.ts), which the shortcuts overlay lists too,
// and the name of a session that has no file yet.
export const menu = {
  sections: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
  },
  /** macOS's application menu; About is in Help elsewhere. */
  app: {
    about: 'About Pickwise',
    services: 'Services',
    hide: 'Hide Pickwise',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit Pickwise',
  },
  file: {
    new: 'New',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Sessions',
    clearRecent: 'Clear Recent',
    save: 'Save',
    saveAs: 'Save As…',
    import: 'Import',
    export: 'Export',
    compare: 'Compare with Another Session…',
    followUp: 'Start Follow-up Session…',
    closeWindow: 'Close Window',
    /** Windows' name for quitting. */
    exit: 'Exit',
    /** Linux's name for quitting. */
    quit: 'Quit',
  },
  import: {
    candidates: 'Candidates from CSV…',
    merge: 'Merge Another Session…',
  },
  export: {
    chart: 'Chart Image…',
    recordPdf: 'Decision Record as PDF…',
    recordMarkdown: 'Decision Record as Markdown…',
    brief: 'ML Brief…',
    csv: 'Backlog as CSV…',
  },
  edit: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
  },
  // The phases are named once, in common (i18next's $t nesting).
  view: {
    frame: '$t(common:phases.frame)',
    collect: '$t(common:phases.collect)',
    score: '$t(common:phases.score)',
    map: '$t(common:phases.map)',
    decide: '$t(common:phases.decide)',
    share: '$t(common:phases.share)',
    presentation: 'Presentation Mode',
    toggleTheme: 'Toggle Theme',
    language: 'Language',
    languageSystem: 'System Language ({{language}})',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    actualSize: 'Actual Size',
  },
  window: {
    minimize: 'Minimize',
    bringAllToFront: 'Bring All to Front',
  },
  help: {
    shortcuts: 'Keyboard Shortcuts',
    sample: 'Open the Sample Session',
  },
  /** The name of a session before it has a file: the window's title, the document bar, a draft. */
  untitled: 'Untitled',
} as const;
