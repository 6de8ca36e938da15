import type { TranslationOf } from '../../catalogue';
import type { frame as english } from '../en/frame';

export const frame = {
  frameView: {
    session: 'Die Sitzung',
    title: 'Titel der Sitzung',
    titlePlaceholder: 'z. B. Northwind – Workshop zu ML-Potenzialen',
    date: 'Datum',
    team: 'Organisation oder Team',
    businessGoal: 'Geschäftsziel',
    businessGoalPlaceholder: 'Was das Unternehmen erreichen will, in ein, zwei Sätzen',
    goalMetrics: 'Kennzahlen des Ziels',
    goalMetricsPlaceholder: 'z. B. Abwanderungsquote, Net Revenue Retention',
    aboutTheRoom: 'Hinweise zur Runde',
  },
  participantsEditor: {
    participants: 'Teilnehmende',
    intro: 'Die Methode funktioniert am besten mit 3–4 Personen aus Fachbereich und Technik.',
    nameOf: 'Name von {{name}}',
    backgroundOf: 'Hintergrund von {{name}}',
    remove: 'Entfernen',
    removeParticipant: '{{name}} entfernen',
    newName: 'Name der neuen Person',
    namePlaceholder: 'Name',
    newBackground: 'Hintergrund der neuen Person',
    addParticipant: 'Teilnehmer:in hinzufügen',
  },
} as const satisfies TranslationOf<typeof english>;
