// The compare namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
export const compare = {
  cancel: 'Cancel',
  reviewDialog: {
    title: 'Compare with “{{fileName}}”',
    startAgain: 'Start again from Pickwise’s pairs',
    intro:
      '“{{fileName}}” is the earlier session; the session open here stays the one you save. Pickwise paired candidates that are the same candidate (a copy or a follow-up keeps them), then those with the same title. Unpair any that are not the same problem, and pair an earlier candidate with the one it became.',
    pairs: 'Pairs ({{number}})',
    noPairs: 'No pairs: every earlier candidate counts as dropped, and every candidate here as new.',
    /** How Pickwise found a pair. */
    basis: {
      id: 'Same candidate',
      title: 'Same title',
      facilitator: 'Paired by you',
    },
    unpair: 'Unpair',
    unpairLabel: 'Unpair {{earlier}} and {{current}}',
    clashes: 'Titles shared by more than one candidate',
    clashesNote: 'Pickwise does not guess which is which: pair these yourself.',
    clash: 'Earlier: {{earlier}}. Here: {{current}}.',
    dropped: 'Only in the earlier session: dropped ({{number}})',
    added: 'Only in this session: new ({{number}})',
    compare: 'Compare',
    pairWith: 'Pair {{candidate}} with',
    staysDropped: 'Stays dropped',
    pair: 'Pair',
  },
  comparisonPanel: {
    reviewPairs: 'Review pairs…',
    end: 'End comparison',
    introFollowUp: 'This session follows up “{{fileName}}”, so it is compared with it. That session is only read: nothing of it goes into this session’s file.',
    intro: 'Compared with “{{fileName}}”, which is only read: nothing of it goes into this session’s file.',
    /** {{message}}: why the pairs no longer fit (a sentence of the comparison's rules). */
    refused: '{{message}} Review the pairs to go on.',
    table: 'What moved since the earlier session',
    candidate: 'Candidate',
    quadrant: 'Quadrant',
    rank: 'Rank',
    why: 'Why',
    new: 'New',
    dropped: 'Dropped',
    renamedFrom: 'was “{{title}}”',
  },
} as const;
