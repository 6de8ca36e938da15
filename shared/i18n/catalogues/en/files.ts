// The files namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
// What opening, checking, upgrading and reading a session file says (shared/session/): why a file
// cannot be opened, and where in it a problem is, in the words a person reads the session in.
export const files = {
  /** Text from the file, quoted (already made one short line). */
  quote: '“{{text}}”',
  /** Where in the file's text a problem is. */
  lineAndColumn: 'line {{line}}, column {{column}}',
  /** Reading the file's text as JSON (shared/session/read-json.ts). */
  read: {
    /** `size` and `limit` are "50.0 MB". */
    tooLarge: 'The file is too large to be a session (about {{size}}; the limit is {{limit}}).',
    empty: 'The file is empty.',
    binary: 'The file is not text (it contains binary data, or text in an encoding other than UTF-8), so it cannot be a session.',
    notJson: 'The file is not valid JSON.',
    /** `place` is lineAndColumn. */
    notJsonAt: 'The file is not valid JSON at {{place}}.',
    /** `why` is one of `json` below. */
    notJsonBecause: 'The file is not valid JSON at {{place}}: {{why}}.',
    truncated: 'The file ends too early, at {{place}}: it looks cut off, perhaps by an interrupted save or copy.',
  },
  /** What is wrong where the text stops being JSON (shared/session/json-locate.ts), after "The file is not valid JSON at line 3, column 7:". */
  json: {
    extraText: 'there is more text after the end of the session data',
    comment: 'comments are not allowed in a session file',
    singleQuote: 'text and field names must be in double quotes ("), not single quotes',
    unquotedName: 'a field name must be in double quotes (")',
    trailingComma: 'a comma is followed by no further item; remove that comma',
    missingValue: 'a value is missing (after a colon, or between two commas)',
    bareWord: 'a word is not in quotes; text must be in double quotes ("), and only true, false and null are written without them',
    missingColon: 'a colon (:) is missing after a field name',
    missingComma: 'a comma is missing between two items, or a bracket is not closed',
    mismatchedBracket: 'a closing bracket does not match the one it closes (] closes a list, } an object)',
    controlCharacter: 'quoted text holds a line break, tab or other control character; write a line break as \\n and a tab as \\t',
    badEscape: 'a backslash (\\) in quoted text starts an escape that does not exist; write a backslash itself as \\\\',
    badUnicodeEscape: 'a \\u escape in quoted text needs four hexadecimal digits',
    badNumber: 'a number is not written as JSON writes numbers (no leading zero, no + sign, digits on both sides of the decimal point)',
    unexpectedCharacter: 'this character cannot start a value (a value is text in double quotes, a number, true, false, null, a list in [ ] or an object in { })',
  },
  /** Whether the JSON is a session, and which version (shared/session/parse.ts). */
  open: {
    /** `kind` is one of `kinds`. */
    notAnObject: 'The file holds {{kind}}, not a Pickwise session.',
    kinds: {
      null: 'null',
      list: 'a list',
      text: 'a piece of text',
      number: 'a number',
      boolean: 'true or false',
    },
    /** `format` is the format's name, "pickwise-session". */
    noFormat: 'This JSON file is not a Pickwise session: it has no “format” field saying “{{format}}”, as every session file does.',
    /** `value` is the file's value in words (`values`). */
    wrongFormat: 'This JSON file is not a Pickwise session: its format is {{value}}, not “{{format}}”.',
    noVersion: 'The session has no version number, so it cannot be read safely.',
    badVersion: "The session's version is {{value}}, not a whole number of 0 or more, so it cannot be read safely.",
    newerVersion: 'This file was made by a newer Pickwise (session version {{version}}); this version reads up to version {{supported}}. Update Pickwise to open it.',
    parserFault: 'Pickwise could not read this file because of a fault in Pickwise itself, not necessarily in the file. Nothing was changed.',
    /** `why` is one of `upgrade`. */
    upgradeFailed: 'This session from version {{version}} could not be upgraded: {{why}}.',
  },
  /** Why an older file could not be upgraded (shared/session/migrations.ts), after "could not be upgraded:". */
  upgrade: {
    /** `owner` is a candidate as `place.owners` says it. */
    scoresNotByParticipant: 'the scores of {{owner}} are not grouped by participant',
    scoresNotByCriterion: 'the scores of {{owner}} by participant {{participant}} are not grouped by criterion',
    constraintsNotAList: 'its list of production constraints checked is not a list',
    unknownConstraint: 'production constraint {{n}} of the decision is {{value}}, which is not one Pickwise knows',
    noStep: 'there is no upgrade from version {{version}}',
    /** `why` is one of the above. */
    inStep: '{{why}} (upgrading it from version {{from}} to {{to}})',
  },
  /**
   * One message for the problems a check found: each problem is a sentence starting in lower
   * case, without a full stop (`issue`, `integrity`, `table`, `structure`).
   */
  problems: {
    none: 'The file does not match the format of a Pickwise session.',
    one: '{{problem}}.',
    /** `problems` are the first three, joined by `separator`. */
    several: 'The file has {{total}} problems: {{problems}}.',
    severalAndMore_one: 'The file has {{total}} problems: {{problems}}; and {{count}} more.',
    severalAndMore_other: 'The file has {{total}} problems: {{problems}}; and {{count}} more.',
    separator: '; ',
    /** The same, for a file upgraded from an older version before it was checked. */
    noneAfterUpgrade: 'After upgrading from version {{version}}, the file does not match the format of a Pickwise session.',
    oneAfterUpgrade: 'After upgrading from version {{version}}, {{problem}}.',
    severalAfterUpgrade: 'After upgrading from version {{version}}, the file has {{total}} problems: {{problems}}.',
    severalAndMoreAfterUpgrade_one: 'After upgrading from version {{version}}, the file has {{total}} problems: {{problems}}; and {{count}} more.',
    severalAndMoreAfterUpgrade_other: 'After upgrading from version {{version}}, the file has {{total}} problems: {{problems}}; and {{count}} more.',
    /** A problem and its place in the text, `place` being lineAndColumn. */
    at: '{{problem}} ({{place}})',
  },
  /**
   * A value that breaks a rule of the format (shared/session/issue-message.ts). `subject` is a
   * place (`place`), `value` the file's value (`values`). The `_plural` forms are for subjects
   * English says "are" and "have" of (the notes, the thresholds, the settings).
   */
  issue: {
    longer: '{{subject}} is longer than {{max}} characters',
    longer_plural: '{{subject}} are longer than {{max}} characters',
    empty: '{{subject}} is empty',
    empty_plural: '{{subject}} are empty',
    shorter: '{{subject}} is shorter than {{min}} characters',
    shorter_plural: '{{subject}} are shorter than {{min}} characters',
    moreItems: '{{subject}} has more than {{max}} items',
    moreItems_plural: '{{subject}} have more than {{max}} items',
    fewerItems: '{{subject}} has fewer than {{min}} items',
    fewerItems_plural: '{{subject}} have fewer than {{min}} items',
    farTooLarge: '{{subject}} is {{value}}, far too large for a session',
    farTooLarge_plural: '{{subject}} are {{value}}, far too large for a session',
    farTooSmall: '{{subject}} is {{value}}, far too small for a session',
    farTooSmall_plural: '{{subject}} are {{value}}, far too small for a session',
    aboveMaximum: '{{subject}} is {{value}}, above the maximum of {{max}}',
    aboveMaximum_plural: '{{subject}} are {{value}}, above the maximum of {{max}}',
    belowMinimum: '{{subject}} is {{value}}, below the minimum of {{min}}',
    belowMinimum_plural: '{{subject}} are {{value}}, below the minimum of {{min}}',
    /** `expected` is what belongs there (`expected`), or `oneOf`. */
    not: '{{subject}} is {{value}}, not {{expected}}',
    not_plural: '{{subject}} are {{value}}, not {{expected}}',
    /** `choices` are the allowed values, quoted, as a list joined by "or". */
    oneOf: 'one of {{choices}}',
    /** `owner` is a place's owner (`place.owners`), `field` a field's name (`fields`). */
    missing: '{{owner}} has no {{field}}',
    missing_plural: '{{owner}} have no {{field}}',
    ownerMissing: '{{owner}} is missing',
  },
  /**
   * What belongs in a field, as the format's check says it: "expected {{what}}" alone, and
   * `what` after "not" in `issue.not`.
   */
  expected: {
    message: 'expected {{what}}',
    missing: 'missing',
    /** The kinds of value JSON has. */
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      tuple: 'a list',
      object: 'an object',
      null: 'null',
    },
    atMostCharacters_one: 'at most {{count}} character',
    atMostCharacters_other: 'at most {{count}} characters',
    atLeastCharacters_one: 'at least {{count}} character',
    atLeastCharacters_other: 'at least {{count}} characters',
    atMostItems_one: 'at most {{count}} item',
    atMostItems_other: 'at most {{count}} items',
    atLeastItems_one: 'at least {{count}} item',
    atLeastItems_other: 'at least {{count}} items',
    numberAtMost: 'a number of at most {{n}}',
    numberAtLeast: 'a number of at least {{n}}',
    numberBelow: 'a number below {{n}}',
    numberAbove: 'a number above {{n}}',
    /** `values` are the allowed values, as a list joined by "or". */
    oneOf: 'one of {{values}}',
    emptyText: 'empty text',
    differentForm: 'text in a different form',
    allowedKind: 'one of the allowed kinds of value',
    /** `fields` are the field names, as a list joined by "and". */
    unexpectedFields_one: 'unexpected field {{fields}}',
    unexpectedFields_other: 'unexpected fields {{fields}}',
    multipleOf: 'a multiple of {{n}}',
    notAllowed: 'not an allowed value',
    /** The format's own rules (shared/session/schema.ts). */
    id: 'an id made of letters, digits, - or _',
    timestamp: 'a date and time such as 2026-11-26T09:00:00Z (ISO 8601)',
    date: 'a date as YYYY-MM-DD, or empty text',
    scale: 'a scale of 5 or 10',
  },
  /** A value from the file in words. */
  values: {
    null: 'null',
    emptyList: 'an empty list',
    list: 'a list',
    emptyText: 'empty text',
    /** `text` is quoted. */
    text: 'the text {{text}}',
    tooLarge: 'a number too large to read',
    object: 'an object',
    nothing: 'nothing',
  },
  /** Problems between the parts of a session (shared/session/integrity.ts); `owner` is a place. */
  integrity: {
    /** `other` is the earlier item with that id. */
    sameId: '{{owner}} has the same id, {{id}}, as {{other}}',
    unknownParticipant: '{{owner}} names a participant that is not in the file (id {{id}})',
    unknownCriterion: '{{owner}} names a criterion that is not in the file (id {{id}})',
    unknownCandidate: '{{owner}} names a candidate that is not in the file (id {{id}})',
    unknownReadinessItem: '{{owner}} names a readiness item that is not in the file (id {{id}})',
    belowScale: '{{owner}} is {{value}}, below the 1–{{scale}} scale',
    aboveScale: '{{owner}} is {{value}}, above the 1–{{scale}} scale',
    repeatsScore: '{{owner}} repeats score {{n}}: a participant gives one score per candidate and criterion',
    repeatsConsensusScore: '{{owner}} repeats consensus score {{n}}: the room gives one score per candidate and criterion',
    repeatsVote: "{{owner}} repeats dot vote {{n}}: a participant's dots on one candidate are one vote",
    repeatsAnswer: '{{owner}} answers the same item as readiness answer {{n}}: a candidate has one answer per item',
  },
  /** Problems of a score table in the file (shared/session/score-table.ts); `owner` is a place. */
  table: {
    repeatsColumn: '{{owner}} repeats column {{n}}: a criterion has one column',
    /** `scores` and `criteria` are counted (`scores_*`, `criteria_*`). */
    rowWidth: '{{owner}} has {{scores}}, but the table has {{criteria}}',
    scores_one: '{{count}} score',
    scores_other: '{{count}} scores',
    criteria_one: '{{count}} criterion',
    criteria_other: '{{count}} criteria',
    repeatsRow: '{{owner}} repeats row {{n}}: a participant has one row per candidate',
    repeatsConsensusRow: '{{owner}} repeats row {{n}}: a candidate has one row',
    /** `limit` is written with its digits grouped ("2,000,000"). */
    tooManyScores: '{{owner}} holds more than {{limit}} scores',
  },
  /** Problems of the file's structure (shared/session/structure.ts); `subject` is a place. */
  structure: {
    tooDeep: 'the data is nested more than {{depth}} levels deep, in {{subject}}; a session never is',
    forbiddenKey: 'a field named “{{key}}” is not allowed in a session file (in {{subject}})',
  },
  /**
   * Where a problem is (shared/session/problem-words.ts): "the title of candidate 4
   * (“Churn prediction”)". A place is a field (its head) and its owner (after "of").
   */
  place: {
    /** `field` is a field's head (`named.head`, `item.head`…), `owner` an owner after "of" (`ownersOf`, or a field's `of`). */
    subject: '{{field}} {{owner}}',
    /** An owner on its own. `name` is "" or " (“Churn prediction”)"; `about` is "" or " (by “Ana”, for “Churn prediction”)". */
    owners: {
      session: 'the session',
      settings: 'the settings',
      decision: 'the decision',
      followUp: 'the follow-up',
      scoreTable: 'the score table',
      consensusTable: 'the consensus score table',
      participant: 'participant {{n}}{{name}}',
      criterion: 'criterion {{n}}{{name}}',
      readinessItem: 'readiness item {{n}}{{name}}',
      candidate: 'candidate {{n}}{{name}}',
      score: 'score {{n}}{{about}}',
      consensusScore: 'consensus score {{n}}{{about}}',
      vote: 'dot vote {{n}}{{about}}',
      scoreRow: 'score row {{n}}{{about}}',
      consensusRow: 'consensus score row {{n}}{{about}}',
      runnerUp: 'runner-up {{n}}{{name}} of the decision',
    },
    /** The same owners after a field: "the title of candidate 4". */
    ownersOf: {
      session: 'of the session',
      settings: 'of the settings',
      decision: 'of the decision',
      followUp: 'of the follow-up',
      scoreTable: 'of the score table',
      consensusTable: 'of the consensus score table',
      participant: 'of participant {{n}}{{name}}',
      criterion: 'of criterion {{n}}{{name}}',
      readinessItem: 'of readiness item {{n}}{{name}}',
      candidate: 'of candidate {{n}}{{name}}',
      score: 'of score {{n}}{{about}}',
      consensusScore: 'of consensus score {{n}}{{about}}',
      vote: 'of dot vote {{n}}{{about}}',
      scoreRow: 'of score row {{n}}{{about}}',
      consensusRow: 'of consensus score row {{n}}{{about}}',
      runnerUp: 'of runner-up {{n}}{{name}} of the decision',
    },
    /** What a score or a row is about, joined by commas; `name` is quoted. */
    about: {
      by: 'by {{name}}',
      for: 'for {{name}}',
      on: 'on {{name}}',
    },
    /** A field by its name (`fields`): "the title", "of the title". */
    named: {
      head: 'the {{field}}',
      of: 'of the {{field}}',
    },
    /** Fields by their number, or by the name the file gives them (`name` quoted). */
    item: { head: 'item {{n}}', of: 'of item {{n}}' },
    field: { head: 'field {{name}}', of: 'of field {{name}}' },
    tag: { head: 'tag {{n}}', of: 'of tag {{n}}' },
    goalMetric: { head: 'goal metric {{n}}', of: 'of goal metric {{n}}' },
    readinessAnswer: { head: 'readiness answer {{n}}', of: 'of readiness answer {{n}}' },
    criterionColumn: { head: 'criterion column {{n}}', of: 'of criterion column {{n}}' },
    scoreInColumn: { head: 'score in column {{n}}', of: 'of score in column {{n}}' },
    /** A score table's cell by its criterion (`criterion` quoted). */
    scoreOn: { name: 'score on {{criterion}}', head: 'the score on {{criterion}}', of: 'of the score on {{criterion}}' },
    /** A field with no name at all (never in a file: JSON names every field). */
    anyField: { name: 'field', head: 'the field', of: 'of the field' },
    anyPart: { head: 'field', of: 'of field' },
  },
  /** The format's fields by their keys (shared/session/schema.ts), as `place` names them. */
  fields: {
    session: {
      format: 'format',
      version: 'version',
      id: 'id',
      createdAt: 'creation time',
      updatedAt: 'time of last change',
      frame: 'framing section (title, date, team and goal)',
      participants: 'list of participants',
      criteria: 'list of criteria',
      readinessItems: 'list of readiness items',
      candidates: 'list of candidates',
      scores: 'score table',
      consensusScores: 'consensus score table',
      votes: 'list of dot votes',
      settings: 'settings section',
      decision: 'decision section',
      followUp: 'follow-up section (the earlier session and what became of its focus)',
    },
    frame: {
      title: 'title',
      date: 'date',
      team: 'team',
      businessGoal: 'business goal',
      goalMetrics: 'list of goal metrics',
    },
    participant: {
      id: 'id',
      name: 'name',
      background: 'background',
      scoringDone: '“done scoring” mark',
    },
    criterion: {
      id: 'id',
      axis: 'axis',
      name: 'name',
      description: 'description',
      weight: 'weight',
    },
    readinessItem: {
      id: 'id',
      name: 'name',
      question: 'question',
    },
    readinessAnswer: {
      itemId: 'readiness item',
      answer: 'answer',
      evidence: 'evidence',
      owner: 'owner',
    },
    candidate: {
      id: 'id',
      code: 'code',
      title: 'title',
      problem: 'problem statement',
      owner: 'owner',
      keyMetric: 'key metric',
      baseline: 'baseline',
      measurement: 'measurement',
      dataAvailability: 'data availability',
      nonMlAlternative: 'non-ML alternative',
      betterWithoutMl: '“better without ML” mark',
      wrongPredictionCost: 'cost of a wrong prediction',
      tags: 'list of tags',
      notes: 'notes',
      readiness: 'readiness checklist',
      status: 'status',
      override: 'place on the map',
      createdAt: 'creation time',
    },
    score: {
      participantId: 'participant',
      candidateId: 'candidate',
      criterionId: 'criterion',
      value: 'value',
      dots: 'number of dots',
    },
    settings: {
      scale: 'scoring scale',
      thresholds: 'thresholds',
      axisLabels: 'axis titles',
      quadrantNames: 'quadrant names',
      scoringMode: 'scoring mode',
      aggregation: 'way of combining scores (mean or median)',
      scoreByBackground: '“score by background” mark',
      revealed: '“scores revealed” mark',
      dotsPerParticipant: 'number of dots per participant',
      brainstormMinutes: 'length of the brainstorm in minutes',
      language: 'language of the exports',
    },
    decision: {
      focusCandidateId: 'focus problem',
      rationale: 'reason for the focus',
      keyMetric: 'key metric',
      target: 'target',
      firstVersion: 'first small version',
      horizon: 'long-term horizon',
      runnersUp: 'list of runners-up',
    },
    /** The follow-up's parts (schema.ts `followUp`), and the fields of each. */
    followUpParts: {
      earlier: 'earlier session',
      focus: 'earlier focus',
      outcome: 'outcome of the earlier focus',
    },
    followUp: {
      earlier: {
        sessionId: 'id of the earlier session',
        title: 'title of the earlier session',
        date: 'date of the earlier session',
        fileName: 'file name of the earlier session',
      },
      focus: {
        candidateId: 'candidate id of the earlier focus',
        title: 'title of the earlier focus',
        keyMetric: 'key metric of the earlier focus',
        baseline: 'baseline of the earlier focus',
        target: 'target of the earlier focus',
      },
      outcome: {
        status: 'status of the earlier focus',
        metricNow: 'key metric’s value now',
        learned: 'note of what was learned',
      },
    },
    /** Fields the format names by more than their key. */
    axes: { impact: 'impact', complexity: 'complexity' },
    thresholds: { impact: 'impact threshold', complexity: 'complexity threshold' },
    axisTitles: { impact: 'title of the impact axis', complexity: 'title of the complexity axis' },
    /** `quadrant` is the quadrant's key in the file ("big-bets"). */
    quadrantName: 'name of the {{quadrant}} quadrant',
    /** A score table's columns and rows, and the ids that start a row. */
    tableColumns: 'list of criterion columns',
    tableRows: 'list of rows',
    rowCandidate: 'candidate',
    rowParticipant: 'participant',
    /** A runner-up's fields. */
    whyNotNow: 'reason why not now',
    runnerUpCandidate: 'candidate',
  },
} as const;
