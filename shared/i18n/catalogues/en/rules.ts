// The rules namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
// What the workshop's rules (shared/workshop) write: warnings, the ranking and 80/20 rules,
// readiness flags, the comparison of two sessions, a follow-up's words, the scoring turn's count.
export const rules = {
  /** A candidate named inside a sentence: by its title in quotes, or by its code and quoted title. */
  named: {
    title: '“{{title}}”',
    codeAndTitle: '{{code}} “{{title}}”',
  },
  /** Between the phrases of one line ("Scores changed; weights or criteria changed"). */
  phraseSeparator: '; ',
  /** Why an export that shows results cannot be made while blind scores are sealed. */
  sealedExport: {
    chart:
      'The chart cannot be exported yet: it shows the scores, and they stay hidden until the reveal. When everyone has had their turn, press “Reveal all scores” in Score, then export again.',
    mlBrief:
      'The ML brief cannot be exported yet: it shows the scores, and they stay hidden until the reveal. When everyone has had their turn, press “Reveal all scores” in Score, then export again.',
    decisionRecord:
      'The decision record cannot be exported yet: it shows the scores, and they stay hidden until the reveal. When everyone has had their turn, press “Reveal all scores” in Score, then export again.',
  },
  /** The warnings of Frame, Collect and Score. {{min}}–{{max}}: the room's suited size (3–4). */
  warnings: {
    noParticipants: 'No participants yet. Add the {{min}}–{{max}} people in the room, with at least one business and one technical person.',
    noBusiness: 'No one with a business background: impact and key metrics may go unchallenged.',
    noTechnical: 'No one with a technical background: complexity and production constraints may be underestimated.',
    /** {{number}}: more than the suited size. */
    tooManyParticipants: '{{number}} participants: the method works best with {{min}}–{{max}} people. Consider a smaller scoring group.',
    fewParticipants_one: 'Only {{count}} participant: {{min}}–{{max}} people give a fuller view of impact and complexity.',
    fewParticipants_other: 'Only {{count}} participants: {{min}}–{{max}} people give a fuller view of impact and complexity.',
    /** {{candidates}}: their codes (or titles), comma-separated. */
    missingKeyMetric_one: '{{count}} candidate has no key metric: {{candidates}}.',
    missingKeyMetric_other: '{{count}} candidates have no key metric: {{candidates}}.',
    /** More candidates than the message names: {{number}} in all, {{candidates}} the first five, {{count}} the rest. */
    missingKeyMetricAndMore_one: '{{number}} candidates have no key metric: {{candidates}} and {{count}} more.',
    missingKeyMetricAndMore_other: '{{number}} candidates have no key metric: {{candidates}} and {{count}} more.',
    noData_one: '{{count}} candidate has no data available: {{candidates}}.',
    noData_other: '{{count}} candidates have no data available: {{candidates}}.',
    noDataAndMore_one: '{{number}} candidates have no data available: {{candidates}} and {{count}} more.',
    noDataAndMore_other: '{{number}} candidates have no data available: {{candidates}} and {{count}} more.',
    noImpactCriteria: 'No impact criterion has a weight above 0, so no candidate can be placed by its scores.',
    noComplexityCriteria: 'No complexity criterion has a weight above 0, so no candidate can be placed by its scores.',
    nobodyScoresImpact: 'With scoring by background, nobody in the room scores impact.',
    nobodyScoresComplexity: 'With scoring by background, nobody in the room scores complexity.',
  },
  /**
   * The ranking rule under the ranked list, with the session's quadrant names in ranking order
   * ({{first}} starts the sentence as written; the others as they read mid-sentence).
   */
  rankingRule:
    '{{first}} first, then {{second}}, {{third}} and {{fourth}}; within each, the higher impact minus complexity comes first; ties go to more dot votes, then to the code. Candidates better solved without ML and unscored candidates are listed separately.',
  /** The 80/20 of the backlog; {{impact}} and {{effort}} are whole percentages. */
  pareto: {
    rule: 'Order: impact ÷ complexity, higher first (ties: higher impact, then code). Impact and complexity count as their values on the matrix. The knee is where the share of impact leads the share of effort most; percentages are rounded to the nearest whole percent.',
    none: 'No ML candidate is placed on the matrix yet, so there is no 80/20 to show.',
    single: 'Only one ML candidate is placed on the matrix: it gives all of the backlog’s impact for all of its effort.',
    /** {{number}}: two or more. */
    allAlike: 'All {{number}} candidates give the same impact for their effort: no few of them give most of the impact.',
    knee_one: 'The first candidate gives {{impact}} % of the backlog’s impact for {{effort}} % of its effort.',
    knee_other: 'The first {{count}} candidates give {{impact}} % of the backlog’s impact for {{effort}} % of its effort.',
    withoutMlLeftOut_one: '{{count}} candidate set aside as better without ML is left out.',
    withoutMlLeftOut_other: '{{count}} candidates set aside as better without ML are left out.',
    unscoredLeftOut_one: '{{count}} candidate not placed on the matrix yet is left out.',
    unscoredLeftOut_other: '{{count}} candidates not placed on the matrix yet are left out.',
  },
  /** Where the room's complexity and the readiness checklist disagree. */
  readiness: {
    /** One reason: a checklist item ({{item}}, as it reads mid-sentence) and its answer. */
    reason: {
      ready: '{{item}} ready',
      partly: '{{item}} partly ready',
      missing: '{{item}} missing',
      unknown: '{{item}} unknown',
    },
    /** {{room}} and {{checklist}}: the two complexities; {{reasons}}: the reasons, comma-separated. The views add the full stop. */
    flag: 'The room says {{room}}; the checklist says {{checklist}}: {{reasons}}',
    flagAndMore_one: 'The room says {{room}}; the checklist says {{checklist}}: {{reasons}} and {{count}} more',
    flagAndMore_other: 'The room says {{room}}; the checklist says {{checklist}}: {{reasons}} and {{count}} more',
  },
  /** What a follow-up says of the earlier session and its focus. */
  followUp: {
    /** The answers to "what became of it". */
    status: {
      unknown: 'Not answered yet',
      notStarted: 'Not started',
      inProgress: 'In progress',
      shipped: 'Shipped',
      stopped: 'Stopped',
    },
    /** The status as the exports write it. */
    statusLine: {
      unknown: 'Status: Not answered yet.',
      notStarted: 'Status: Not started.',
      inProgress: 'Status: In progress.',
      shipped: 'Status: Shipped.',
      stopped: 'Status: Stopped.',
    },
    learnedLabel: 'What we learned',
    nothingLearned: 'Nothing written yet about what was learned.',
    noFocus: 'Last time the room chose no focus problem.',
    /** The follow-up's heading, by what the earlier session has of a title and a date. */
    heading: {
      titleAndDate: 'Follow-up of “{{title}}”, {{date}}',
      title: 'Follow-up of “{{title}}”',
      date: 'Follow-up of the session of {{date}}',
      none: 'Follow-up of an earlier session',
    },
    /**
     * What was chosen last time and how its metric moved, by which values were written down:
     * {{focus}} the earlier focus's title; {{baseline}}, {{now}} and {{target}} as the room typed them.
     */
    lastTime: {
      movedWithTarget: 'Last time we chose {{focus}}; the metric moved from {{baseline}} to {{now}}; target {{target}}.',
      moved: 'Last time we chose {{focus}}; the metric moved from {{baseline}} to {{now}}; no target was set.',
      nowOnlyWithTarget: 'Last time we chose {{focus}}; the metric is now {{now}}, with no baseline recorded; target {{target}}.',
      nowOnly: 'Last time we chose {{focus}}; the metric is now {{now}}, with no baseline recorded; no target was set.',
      baselineOnlyWithTarget: 'Last time we chose {{focus}}; the metric stood at {{baseline}}, and its value now is not recorded yet; target {{target}}.',
      baselineOnly: 'Last time we chose {{focus}}; the metric stood at {{baseline}}, and its value now is not recorded yet; no target was set.',
      noValuesWithTarget: 'Last time we chose {{focus}}; no value of the metric is recorded yet; target {{target}}.',
      noValues: 'Last time we chose {{focus}}; no value of the metric is recorded yet; no target was set.',
    },
  },
  /** Two sessions compared. */
  comparison: {
    /** While either session's scores are sealed. */
    sealed: {
      current:
        'This session’s scores stay hidden until the reveal, so the comparison shows no points, quadrants or ranks yet: when everyone has had their turn, press “Reveal all scores” in Score.',
      earlier:
        'The earlier session was saved before its scores were revealed, so the comparison shows no points, quadrants or ranks from it: open that session, press “Reveal all scores” in Score and save it, then compare again.',
      both: 'Neither session’s scores are revealed, so the comparison shows no points, quadrants or ranks: reveal this session’s scores in Score; open the earlier session, reveal its scores and save it; then compare again.',
    },
    /** The facilitator's pairs refused; {{problems}}: the first three problems, separated by phraseSeparator. */
    refused: {
      single: 'These pairs cannot be compared: {{problem}}.',
      /** {{number}}: two or three. */
      several: 'These pairs cannot be compared, for {{number}} reasons: {{problems}}.',
      /** {{number}}: all the problems; {{count}}: those not named. */
      severalAndMore_one: 'These pairs cannot be compared, for {{number}} reasons: {{problems}}; and {{count}} more.',
      severalAndMore_other: 'These pairs cannot be compared, for {{number}} reasons: {{problems}}; and {{count}} more.',
    },
    /** One problem of the facilitator's pairs, as it reads after a colon. {{candidate}}: named (above); {{partners}}: named, comma-separated. */
    problem: {
      noEarlierCandidate: 'the earlier session has no candidate with the id “{{id}}”',
      noCurrentCandidate: 'this session has no candidate with the id “{{id}}”',
      earlierPairedTwice: '{{candidate}} of the earlier session is paired with {{number}} candidates ({{partners}}); it can be paired with one',
      currentPairedTwice: '{{candidate}} of this session is paired with {{number}} earlier candidates ({{partners}}); it can be paired with one',
    },
    /** A row's words beyond its reasons. */
    words: {
      noChange: 'No change',
      new: 'New since then',
      dropped: 'Dropped since then',
      sealed: 'Not compared while scores are sealed',
    },
    /** Why a candidate changed, one phrase each (joined by phraseSeparator, the later ones as they read mid-sentence). */
    reasons: {
      scores: 'Scores changed',
      weights: 'Weights or criteria changed',
      thresholds: 'Thresholds moved',
      thresholdsOnly: 'Thresholds moved (the point did not)',
      placed: 'Placed by the room',
      placedElsewhere: 'Placed elsewhere by the room',
      noLongerPlaced: 'No longer placed by the room',
      setAside: 'Set aside as better without ML',
      backAmongMl: 'Back among the ML candidates',
      votes: 'Dot votes changed',
      others: 'Other candidates moved, came or went',
    },
    /** The comparison's heading, by what the earlier session has of a title and a date. */
    since: {
      titleAndDate: 'Since “{{title}}”, {{date}}',
      title: 'Since “{{title}}”',
      date: 'Since the session of {{date}}',
      none: 'Since the earlier session',
    },
    /** The legend's line for the arrows (□ is the earlier point's mark). */
    legendMoved: {
      titleAndDate: 'Arrow from □: moved since “{{title}}”, {{date}}',
      title: 'Arrow from □: moved since “{{title}}”',
      date: 'Arrow from □: moved since the session of {{date}}',
      none: 'Arrow from □: moved since the earlier session',
    },
    /** The legend's line for the rings round new candidates. */
    legendAdded: {
      titleAndDate: 'Ringed: new since “{{title}}”, {{date}}',
      title: 'Ringed: new since “{{title}}”',
      date: 'Ringed: new since the session of {{date}}',
      none: 'Ringed: new since the earlier session',
    },
    /** One criterion's change; {{name}} is the criterion's own name. */
    criterion: {
      addedImpact: '{{name}} added (impact, weight {{weight}})',
      addedComplexity: '{{name}} added (complexity, weight {{weight}})',
      removedImpact: '{{name}} removed (was impact, weight {{weight}})',
      removedComplexity: '{{name}} removed (was complexity, weight {{weight}})',
      movedToImpact: '{{name}} moved from complexity to impact (weight {{before}} → {{after}})',
      movedToComplexity: '{{name}} moved from impact to complexity (weight {{before}} → {{after}})',
      reweighted: '{{name}}: weight {{before}} → {{after}}',
    },
    /** {{impactAxis}} and {{complexityAxis}}: the session's own axis names. */
    thresholdsMoved: 'Thresholds moved: {{impactAxis}} {{impactBefore}} → {{impactAfter}}, {{complexityAxis}} {{complexityBefore}} → {{complexityAfter}}.',
    /** {{changes}}: each criterion's change, separated by phraseSeparator. */
    criteriaChanged: 'Criteria changed: {{changes}}.',
    rescaled: 'The earlier session scored on 1–{{scale}}; its numbers are shown on this session’s scale.',
    /** {{count}} candidates matched, of which {{quadrant}} changed quadrant, {{otherwise}} changed otherwise, {{unchanged}} did not. */
    summary_one:
      '{{count}} candidate compared: {{quadrant}} changed quadrant, {{otherwise}} changed rank or position only, {{unchanged}} unchanged; {{added}} new, {{dropped}} dropped.',
    summary_other:
      '{{count}} candidates compared: {{quadrant}} changed quadrant, {{otherwise}} changed rank or position only, {{unchanged}} unchanged; {{added}} new, {{dropped}} dropped.',
    /** The pairs counted while scores are sealed; {{names}}: the dropped candidates, comma-separated. */
    counts: '{{pairs}} paired · {{added}} new · {{dropped}} dropped',
    countsNamed: '{{pairs}} paired · {{added}} new · {{dropped}} dropped: {{names}}',
  },
  /** A scoring turn's remaining scores. */
  scoresToGo_one: '{{count}} score to go',
  scoresToGo_other: '{{count}} scores to go',
  allScoresGiven: 'All scores given',
} as const;
