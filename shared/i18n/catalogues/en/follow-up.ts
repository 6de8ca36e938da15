// The followUp namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
export const followUp = {
  dialog: {
    title: 'Last time’s focus',
    /** {{heading}}: "Follow-up of “Q1 workshop”, 2025-03-12". */
    intro: '{{heading}}. Before the room scores again: what became of the focus it chose then? Skip to answer later, in Frame.',
    skip: 'Skip',
    save: 'Save answers',
  },
  panel: {
    /** {{lastTime}}: the sentence on what was chosen last time ("Last time we chose …"). */
    introFromFile: '{{lastTime}} From “{{fileName}}”.',
    introUnsaved: '{{lastTime}} The earlier session was never saved to a file.',
  },
  outcomeFields: {
    question: 'What became of “{{title}}”?',
    metricNow: '{{metric}} now',
    keyMetricNow: 'The key metric now',
    metricPlaceholder: 'As measured today',
    setLastTime: 'Set last time',
    baseline: 'Baseline',
    target: 'Target',
    notRecorded: 'not recorded',
    noneSet: 'none set',
  },
} as const;
