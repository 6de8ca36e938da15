// The frame namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
export const frame = {
  frameView: {
    session: 'The session',
    title: 'Session title',
    titlePlaceholder: 'e.g. Northwind — ML opportunities workshop',
    date: 'Date',
    team: 'Organisation or team',
    businessGoal: 'Business goal',
    businessGoalPlaceholder: 'What the business wants to achieve, in one or two sentences',
    goalMetrics: 'Key metrics of the goal',
    goalMetricsPlaceholder: 'e.g. Churn rate, Net revenue retention',
    aboutTheRoom: 'About the room',
  },
  participantsEditor: {
    participants: 'Participants',
    intro: 'The method works best with 3–4 people, from both business and tech.',
    nameOf: 'Name of {{name}}',
    backgroundOf: 'Background of {{name}}',
    remove: 'Remove',
    removeParticipant: 'Remove {{name}}',
    newName: 'New participant’s name',
    namePlaceholder: 'Name',
    newBackground: 'New participant’s background',
    addParticipant: 'Add participant',
  },
} as const;
