// The map namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
export const map = {
  impactVersusComplexity: 'Impact versus complexity',
  // One word on several screens of the Map: a colour choice, a filter, a column, a fact.
  terms: {
    quadrant: 'Quadrant',
    status: 'Status',
    tag: 'Tag',
    spread: 'Spread',
  },
  // What stays empty while blind scores are sealed, as the start of the sealed panel's sentence.
  sealed: {
    theMap: 'The map',
    theChart: 'The chart',
  },
  controls: {
    colourBy: 'Colour by',
    sizeBy: 'Size by',
    showWithoutMl: 'Show candidates better without ML',
    showChart: 'Show chart',
    showTable: 'Show table',
    exportImage: 'Export image…',
    present: 'Present',
  },
  // What a point's size stands for: the "Size by" choices and the legend's "Size:" line.
  sizeBy: {
    none: 'Same size',
    votes: 'Dot votes',
    confidence: 'Share who scored',
    disagreement: 'Disagreement',
  },
  filters: {
    title: 'Filters',
    titleOn: 'Filters (on)',
    clear: 'Clear filters',
  },
  settings: {
    title: 'Axes, thresholds and quadrant names',
    verticalAxis: 'Vertical axis',
    horizontalAxis: 'Horizontal axis',
    threshold: 'Threshold',
    thresholdValue: '{{axis}} threshold value',
    quadrantName: 'Quadrant name',
  },
  legend: {
    title: 'Legend',
    size: 'Size: {{measure}}',
    whiskersAll: 'Whiskers: spread between participants',
    whiskersSelected: 'Whiskers: spread between participants, on the selected point (too many to draw them all with every label)',
    dashed: 'Dashed: placed by the room',
    dottedRing: 'Dotted ring: sensitive to the weights',
    readinessMark: 'Checklist disagrees with the room’s complexity',
    noTag: 'No tag',
  },
  // Under the chart: how many points it shows (count: the placed candidates; in the second, count: those not placed yet).
  footer: {
    shown_one: '{{shown}} of {{count}} placed candidate shown.',
    shown_other: '{{shown}} of {{count}} placed candidates shown.',
    shownAndUnplaced_one: '{{shown}} of {{placed}} placed candidates shown · {{count}} not placed yet (score them first).',
    shownAndUnplaced_other: '{{shown}} of {{placed}} placed candidates shown · {{count}} not placed yet (score them first).',
    howToMove: 'Drag a point to place it by consensus; arrow keys move the focused point.',
  },
  selected: {
    title: 'Selected candidate',
    empty: 'Click a point (or focus it and press Enter) to see its details here.',
    clear: 'Clear selection',
    close: 'Close',
    none: 'None',
    placedByRoom: 'Placed by the room.',
    backToScores: 'Back to the scores',
    scoresPutIt: 'The scores put it at {{impactLabel}} {{impact}}, {{complexityLabel}} {{complexity}}.',
    fragile: 'Fragile: its quadrant changes when a weight moves by 25 %.',
  },
  table: {
    title: 'Impact versus complexity table',
    candidate: 'Candidate',
    dots: 'Dots',
    notes: 'Notes',
    focus: 'Focus',
    placedByRoom: 'Placed by the room',
    sensitive: 'Sensitive to the weights',
    checklistDisagrees: 'Checklist disagrees with the room’s complexity (it says {{checklistSays}})',
  },
  // The card of a hovered or focused point.
  pointCard: {
    field: '{{label}}: {{value}}',
    spread: 'Spread between participants: {{spread}}',
    dots: 'Dots: {{votes}}',
    placedByRoom: 'Placed by the room (the scores say otherwise)',
    sensitive: 'Its quadrant changes if a weight moves by 25 %',
  },
  // A point's accessible name: the description, then each fact that holds, after a comma.
  point: {
    description: '{{code}} {{title}}: impact {{impact}}, complexity {{complexity}}, {{quadrant}}',
    placedByRoom: 'placed by the room',
    sensitive: 'sensitive to the weights',
    readiness: 'its readiness checklist disagrees with the room’s complexity (the checklist says {{checklistSays}})',
    isNew: 'new since the earlier session',
    movedFrom: 'was at impact {{impact}}, complexity {{complexity}} in the earlier session',
  },
  threshold: '{{axis}} threshold',
  cluster: {
    title: 'Cluster {{number}}',
    name_one: 'Cluster {{number}}: {{count}} candidate',
    name_other: 'Cluster {{number}}: {{count}} candidates',
    nameInKey_one: 'Cluster {{number}}: {{count}} candidate, listed in the key',
    nameInKey_other: 'Cluster {{number}}: {{count}} candidates, listed in the key',
    listTitle_one: 'Cluster {{number}} · {{count}} candidate',
    listTitle_other: 'Cluster {{number}} · {{count}} candidates',
  },
  // The key beside a chart nobody can hover: each point drawn by its code, with its whole title.
  chartKey: {
    title: 'Key',
    empty: 'Every point carries its whole title.',
    byCode: 'Drawn by their code',
  },
  presentation: {
    title: 'Presentation',
    hint: '← → walk through · Esc to leave',
    hintSealed: 'Esc to leave',
    sealed: 'Blind scoring is under way',
    walk_one: '{{count}} candidate · press → to show it',
    walk_other: '{{count}} candidates · press → to walk through them, quick wins first',
  },
} as const;
