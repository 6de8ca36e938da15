import type { TranslationOf } from '../../catalogue';
import type { collect as english } from '../en/collect';

export const collect = {
  aboutTheCandidates: 'Hinweise zu den Kandidaten',
  brainstormTimer: {
    timer: 'Brainstorming-Timer',
    timeUp: 'Die Zeit ist um.',
    paused: 'Noch {{time}}, pausiert.',
    pause: 'Pause',
    start: 'Start',
    addMinute: '+1 Min.',
    reset: 'Zurücksetzen',
    length: 'Dauer des Brainstormings in Minuten',
    minutes: 'Min.',
  },
  candidateList: {
    candidates: 'Kandidaten',
    count_one: '{{count}} Kandidat',
    count_other: '{{count}} Kandidaten',
    empty: 'Noch keine Kandidaten. Geben Sie ein Problem ein, das die Runde gelöst haben möchte, und drücken Sie die Eingabetaste.',
    list: 'Kandidatenliste',
  },
  captureLine: {
    newCandidate: 'Neuer Kandidat',
    placeholder: 'Ein Problem, das maschinelles Lernen lösen könnte … (Eingabetaste zum Hinzufügen)',
    add: 'Hinzufügen',
  },
  candidateRow: {
    titleOf: 'Titel von {{code}}',
    withoutMl: 'Ohne ML',
    noKeyMetric: 'Keine Kennzahl',
    noKeyMetricHint: 'Jeder Kandidat braucht eine Kennzahl, die am Geschäftsproblem ansetzt',
    details: 'Details',
    detailsOf: 'Details zu {{code}} {{title}}',
    delete: 'Löschen',
    deleteCandidate: '{{code}} {{title}} löschen',
  },
  candidateDetails: {
    detailsOf: 'Details zu {{code}}',
    mlBrief: 'ML-Steckbrief …',
    close: 'Schließen',
    closeDetails: 'Details schließen',
    readiness: 'Reife',
    readinessOf: 'Reife von {{candidate}}',
    readinessNote: 'Was es braucht, um das wirklich umzusetzen. Optional; unbeantwortete Punkte zählen als unbekannt.',
  },
  mergeControl: {
    sameProblem: 'Dasselbe Problem wie ein anderer Kandidat?',
    chooseDuplicate: 'Duplikat auswählen …',
    mergeInto: 'In {{code}} zusammenführen',
  },
} as const satisfies TranslationOf<typeof english>;
