// The starter namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
// What a new session starts with, written into it once in its language (shared/session/defaults.ts):
// the default criteria, the readiness items, the axis labels and the quadrant names. From then
// on they are the session's own content, edited by the room and never translated again.
// Keyed by a criterion's `key` and a readiness item's `id` (their axes, weights and ids are
// defaults.ts' own, the same in every language).

export const starter = {
  /**
   * The default criteria. On the complexity axis a high score means "harder"; the descriptions
   * say so, because "Data readiness 5" would otherwise read as "perfectly ready". Every
   * description ends with what a 1 and a 5 mean: "1 = …, 5 = …."
   */
  criteria: {
    value: {
      name: 'Business value / ROI',
      description: 'Money made or saved, or risk removed, if it works. 1 = marginal, 5 = moves a number the board watches.',
    },
    reach: {
      name: 'Reach of the key metric',
      description: 'How many customers, orders or colleagues the key metric touches. 1 = a niche, 5 = nearly everyone.',
    },
    urgency: {
      name: 'Urgency',
      description: 'What it costs to wait another quarter. 1 = it can wait, 5 = it hurts today.',
    },
    data: {
      name: 'Data readiness',
      description: 'Work needed before a model can learn from the data. 1 = clean, labelled history at hand, 5 = the data is not collected yet.',
    },
    difficulty: {
      name: 'Technical difficulty',
      description: 'How hard the modelling problem is. 1 = a well-known recipe, 5 = open research.',
    },
    production: {
      name: 'Production effort',
      description:
        'Infrastructure, scaling, availability, data security, integration and reproducibility needed to run it for real. 1 = a nightly batch file, 5 = real-time, always on, audited.',
    },
    knowhow: {
      name: 'Know-how gap',
      description: 'What the team would have to learn or hire. 1 = done it before, 5 = nobody here has.',
    },
  },
  /** The readiness items: a name, and the one question the room answers for each candidate. */
  readinessItems: {
    'data-available': { name: 'Data available', question: 'Is the data the model needs collected and within reach today?' },
    'data-quality': { name: 'Data quality and labels', question: 'Is the data clean enough, and are there labelled outcomes to learn from?' },
    'access-rights': { name: 'Access rights and personal data', question: 'May we use this data for this purpose, personal data included?' },
    infrastructure: { name: 'Infrastructure', question: 'Batch or real time, and where will it run?' },
    scaling: { name: 'Scaling', question: 'Can it handle the volumes: records, requests per second, growth?' },
    availability: { name: 'Availability', question: 'What happens to the business process when the model is down?' },
    security: { name: 'Security and compliance', question: 'Which security reviews and regulations apply, and can we meet them?' },
    compatibility: { name: 'Compatibility', question: 'Which systems must it plug into, and can they take its output?' },
    reproducibility: { name: 'Reproducibility', question: 'Are data, code and models versioned, and is retraining repeatable?' },
    monitoring: { name: 'Monitoring', question: 'How will we know when the model degrades?' },
    'know-how': { name: 'Team know-how', question: 'Has the team built and run something like this before?' },
  },
  /** The matrix's axes, as the chart and the exports label them. */
  axisLabels: {
    impact: 'Impact',
    complexity: 'Complexity',
  },
  /** The four quadrants' names: the glossary's words for them. */
  quadrantNames: {
    'quick-wins': 'Quick wins',
    'big-bets': 'Big bets',
    'fill-ins': 'Fill-ins',
    'money-pits': 'Money pits',
  },
} as const;
