import type { TranslationOf } from '../../catalogue';
import type { score as english } from '../en/score';

export const score = {
  rescore: 'Neu bewerten',
  rescoreCandidate: '{{code}} neu bewerten',
  remove: 'Entfernen',
  scoreKeys: {
    upTo: 'Per Tastatur: Tippen Sie 1–{{scale}}, um zu bewerten und zum nächsten zu springen; die Rücktaste springt zurück und löscht',
    upToTen: 'Per Tastatur: Tippen Sie 1–9 oder 0 für 10, um zu bewerten und zum nächsten zu springen; die Rücktaste springt zurück und löscht',
  },
  scoringSettings: {
    title: 'So bewertet die Runde',
    mode: 'Modus',
    blind: 'Verdeckt, nacheinander',
    consensus: 'Konsens der Runde',
    scale: 'Skala',
    scaleUpTo: '1 bis {{max}}',
    aggregate: 'Zusammenfassung',
    weightedMean: 'Gewichteter Mittelwert',
    median: 'Median',
    scoreByBackground: 'Business bewertet nur die Wirkung, Technik nur die Komplexität',
  },
  criteriaEditor: {
    title: 'Kriterien und Gewichtungen',
    impact: {
      criteria: 'Wirkungskriterien',
      add: 'Wirkungskriterium hinzufügen',
      newName: 'Neues Wirkungskriterium',
    },
    complexity: {
      criteria: 'Komplexitätskriterien',
      add: 'Komplexitätskriterium hinzufügen',
      newName: 'Neues Komplexitätskriterium',
    },
    name: 'Name des Kriteriums {{name}}',
    weight: 'Gewichtung',
    weightOf: 'Gewichtung von {{name}}',
    removeCriterion: 'Kriterium {{name}} entfernen',
  },
  readinessItemsEditor: {
    title: 'Punkte der Reife-Checkliste',
    intro:
      'Was die Reife-Checkliste jedes Kandidaten abfragt: was es braucht, um ihn wirklich in Betrieb zu nehmen. Jeder Punkt hat einen kurzen Namen und eine einzeilige Frage.',
    add: 'Punkt hinzufügen',
    newName: 'Neuer Punkt',
    name: 'Name des Punkts {{name}}',
    question: 'Frage des Punkts {{name}}',
    questionPlaceholder: 'Die Frage, die die Runde beantwortet',
    removeItem: 'Punkt {{name}} entfernen',
  },
  blindRoom: {
    revealedTitle: 'Bewertungen aufgedeckt',
    revealedIntro:
      'Alle Bewertungen sind sichtbar. Besprechen Sie unten die größten Unterschiede; bewerten Sie einen Kandidaten neu, wenn die Runde ihre Meinung ändert.',
    hideAndScoreAgain: 'Bewertungen verdecken und neu bewerten',
    title: 'Verdeckte Bewertung',
    intro: 'Geben Sie den Laptop der Reihe nach an alle Teilnehmenden weiter. Niemand sieht die Bewertungen der anderen, bis Sie sie aufdecken.',
    noParticipants: 'Fügen Sie zuerst unter „Rahmen“ Teilnehmende hinzu.',
    turns: 'Bewertungsrunden',
    finished: 'Fertig',
    notYet: 'Noch nicht',
    changeScores: 'Bewertungen von {{name}} ändern',
    startTurn: 'Bewertung von {{name}} starten',
    progress: '{{finished}} von {{total}} fertig',
    revealAll: 'Alle Bewertungen aufdecken',
  },
  revealEarly: {
    title: 'Aufdecken, bevor alle fertig sind?',
    notFinished_one: '{{names}} hat noch nicht fertig bewertet.',
    notFinished_other: '{{names}} haben noch nicht fertig bewertet.',
    note: 'Nach dem Aufdecken sehen alle sämtliche Bewertungen. Was fehlt, zählt erst, wenn es bewertet ist.',
    revealNow: 'Jetzt aufdecken',
    keepWaiting: 'Weiter warten',
  },
  scoringTurn: {
    heading: 'Bewertungen von {{name}}',
    backToRoom: 'Zurück zur Runde',
    done: 'Ich bin fertig <kbd>{{keys}}</kbd>',
    intro:
      'Bewerten Sie jeden Kandidaten von 1 (niedrig) bis {{scale}} (hoch). Bei der Komplexität heißt hoch schwierig: Denken Sie an Daten, Infrastruktur, Skalierung, Verfügbarkeit, Datensicherheit, Integration, Reproduzierbarkeit und Know-how.',
    keysNote: '{{hint}}; {{keys}}, wenn Sie fertig sind.',
    nothingToScore: 'Mit den aktuellen Kriterien gibt es für {{name}} nichts zu bewerten.',
  },
  consensusGrid: {
    title: 'Konsensbewertungen',
    intro: 'Eine Bewertung pro Kriterium, auf die sich die Runde einigt. {{hint}}.',
  },
  rescorePanel: {
    title: '{{code}} · {{title}} neu bewerten',
    done: 'Fertig',
    criterion: '{{code}} {{criterion}} neu bewerten',
    participantCriterion: '{{code}} {{participant}} {{criterion}} neu bewerten',
  },
  resultsTable: {
    title: 'Gesamtwerte',
    introMedian:
      'Median der gewichteten Bewertungen der Teilnehmenden, auf der Skala 1–{{scale}}. Die Streuung ist der Abstand zwischen der höchsten und der niedrigsten Bewertung unter den Teilnehmenden.',
    introMean:
      'Gewichteter Mittelwert der gewichteten Bewertungen der Teilnehmenden, auf der Skala 1–{{scale}}. Die Streuung ist der Abstand zwischen der höchsten und der niedrigsten Bewertung unter den Teilnehmenden.',
    label: 'Zusammengefasste Bewertungen',
    candidate: 'Kandidat',
    impact: 'Wirkung',
    complexity: 'Komplexität',
    quadrant: 'Quadrant',
    spread: 'Streuung',
    actions: 'Aktionen',
    notScored: 'Nicht bewertet',
  },
  widestGaps: {
    title: 'Größte Unterschiede',
    intro: 'Wo die Runde am meisten uneins ist. Bitten Sie die Personen mit der höchsten und der niedrigsten Bewertung um eine Erklärung.',
    someone: 'Jemand',
    impact: {
      on: 'bei der Wirkung',
      between: 'bei der Wirkung: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
    complexity: {
      on: 'bei der Komplexität',
      between: 'bei der Komplexität: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
  },
} as const satisfies TranslationOf<typeof english>;
