import type { TranslationOf } from '../../catalogue';
import type { rules as english } from '../en/rules';

export const rules = {
  named: {
    title: '„{{title}}“',
    codeAndTitle: '{{code}} „{{title}}“',
  },
  phraseSeparator: '; ',
  sealedExport: {
    chart:
      'Das Diagramm kann noch nicht exportiert werden: Es zeigt die Bewertungen, und die bleiben bis zum Aufdecken verborgen. Wenn alle an der Reihe waren, klicken Sie in „Bewerten“ auf „Alle Bewertungen aufdecken“ und exportieren Sie dann erneut.',
    mlBrief:
      'Der ML-Steckbrief kann noch nicht exportiert werden: Er zeigt die Bewertungen, und die bleiben bis zum Aufdecken verborgen. Wenn alle an der Reihe waren, klicken Sie in „Bewerten“ auf „Alle Bewertungen aufdecken“ und exportieren Sie dann erneut.',
    decisionRecord:
      'Das Entscheidungsprotokoll kann noch nicht exportiert werden: Es zeigt die Bewertungen, und die bleiben bis zum Aufdecken verborgen. Wenn alle an der Reihe waren, klicken Sie in „Bewerten“ auf „Alle Bewertungen aufdecken“ und exportieren Sie dann erneut.',
  },
  warnings: {
    noParticipants: 'Noch keine Teilnehmenden. Fügen Sie die {{min}}–{{max}} Personen im Raum hinzu, darunter mindestens eine aus dem Fachbereich und eine aus der Technik.',
    noBusiness: 'Niemand aus dem Fachbereich: Wirkung und Kennzahlen werden womöglich nicht hinterfragt.',
    noTechnical: 'Niemand aus der Technik: Komplexität und Anforderungen des Produktivbetriebs werden womöglich unterschätzt.',
    tooManyParticipants: '{{number}} Teilnehmende: Die Methode funktioniert am besten mit {{min}}–{{max}} Personen. Erwägen Sie eine kleinere Bewertungsgruppe.',
    fewParticipants_one: 'Nur {{count}} Teilnehmer:in: {{min}}–{{max}} Personen ergeben ein vollständigeres Bild von Wirkung und Komplexität.',
    fewParticipants_other: 'Nur {{count}} Teilnehmende: {{min}}–{{max}} Personen ergeben ein vollständigeres Bild von Wirkung und Komplexität.',
    missingKeyMetric_one: '{{count}} Kandidat hat keine Kennzahl: {{candidates}}.',
    missingKeyMetric_other: '{{count}} Kandidaten haben keine Kennzahl: {{candidates}}.',
    missingKeyMetricAndMore_one: '{{number}} Kandidaten haben keine Kennzahl: {{candidates}} und {{count}} weiterer.',
    missingKeyMetricAndMore_other: '{{number}} Kandidaten haben keine Kennzahl: {{candidates}} und {{count}} weitere.',
    noData_one: 'Für {{count}} Kandidaten sind keine Daten verfügbar: {{candidates}}.',
    noData_other: 'Für {{count}} Kandidaten sind keine Daten verfügbar: {{candidates}}.',
    noDataAndMore_one: 'Für {{number}} Kandidaten sind keine Daten verfügbar: {{candidates}} und {{count}} weiterer.',
    noDataAndMore_other: 'Für {{number}} Kandidaten sind keine Daten verfügbar: {{candidates}} und {{count}} weitere.',
    noImpactCriteria: 'Kein Wirkungskriterium hat eine Gewichtung über 0, daher kann kein Kandidat anhand seiner Bewertungen platziert werden.',
    noComplexityCriteria: 'Kein Komplexitätskriterium hat eine Gewichtung über 0, daher kann kein Kandidat anhand seiner Bewertungen platziert werden.',
    nobodyScoresImpact: 'Bei der Bewertung nach Hintergrund bewertet niemand in der Runde die Wirkung.',
    nobodyScoresComplexity: 'Bei der Bewertung nach Hintergrund bewertet niemand in der Runde die Komplexität.',
  },
  rankingRule:
    '{{first}} zuerst, dann {{second}}, {{third}} und {{fourth}}; innerhalb eines Quadranten steht die höhere Wirkung minus Komplexität vorn; bei Gleichstand entscheiden mehr Stimmen, dann der Code. Kandidaten, die besser ohne ML gelöst werden, und noch nicht bewertete Kandidaten werden gesondert aufgeführt.',
  pareto: {
    rule: 'Reihenfolge: Wirkung ÷ Komplexität, höhere zuerst (bei Gleichstand: höhere Wirkung, dann Code). Wirkung und Komplexität zählen mit ihren Werten in der Matrix. Der Knickpunkt liegt dort, wo der Anteil an der Wirkung den Anteil am Aufwand am weitesten übertrifft; Prozentwerte sind auf ganze Prozent gerundet.',
    none: 'Noch ist kein ML-Kandidat in der Matrix platziert, daher gibt es noch keine 80/20-Analyse.',
    single: 'Nur ein ML-Kandidat ist in der Matrix platziert: Er bringt die gesamte Wirkung des Backlogs für den gesamten Aufwand.',
    allAlike: 'Alle {{number}} Kandidaten bringen im Verhältnis zu ihrem Aufwand dieselbe Wirkung: Keine kleine Auswahl unter ihnen bringt den Großteil der Wirkung.',
    knee_one: 'Der erste Kandidat bringt {{impact}} % der Wirkung des Backlogs für {{effort}} % des Aufwands.',
    knee_other: 'Die ersten {{count}} Kandidaten bringen {{impact}} % der Wirkung des Backlogs für {{effort}} % des Aufwands.',
    withoutMlLeftOut_one: '{{count}} Kandidat, der als besser ohne ML eingestuft ist, bleibt außen vor.',
    withoutMlLeftOut_other: '{{count}} Kandidaten, die als besser ohne ML eingestuft sind, bleiben außen vor.',
    unscoredLeftOut_one: '{{count}} Kandidat, der noch nicht in der Matrix platziert ist, bleibt außen vor.',
    unscoredLeftOut_other: '{{count}} Kandidaten, die noch nicht in der Matrix platziert sind, bleiben außen vor.',
  },
  readiness: {
    reason: {
      ready: '{{item}} (bereit)',
      partly: '{{item}} (teilweise bereit)',
      missing: '{{item}} (fehlt)',
      unknown: '{{item}} (unbekannt)',
    },
    flag: 'Die Runde sagt {{room}}; die Checkliste sagt {{checklist}}: {{reasons}}',
    flagAndMore_one: 'Die Runde sagt {{room}}; die Checkliste sagt {{checklist}}: {{reasons}} und {{count}} weiterer Eintrag',
    flagAndMore_other: 'Die Runde sagt {{room}}; die Checkliste sagt {{checklist}}: {{reasons}} und {{count}} weitere Einträge',
  },
  followUp: {
    status: {
      unknown: 'Noch nicht beantwortet',
      notStarted: 'Nicht begonnen',
      inProgress: 'In Arbeit',
      shipped: 'Ausgeliefert',
      stopped: 'Gestoppt',
    },
    statusLine: {
      unknown: 'Status: noch nicht beantwortet.',
      notStarted: 'Status: nicht begonnen.',
      inProgress: 'Status: in Arbeit.',
      shipped: 'Status: ausgeliefert.',
      stopped: 'Status: gestoppt.',
    },
    learnedLabel: 'Was wir gelernt haben',
    nothingLearned: 'Noch ist nichts dazu notiert, was gelernt wurde.',
    noFocus: 'Beim letzten Mal hat die Runde kein Fokusproblem gewählt.',
    heading: {
      titleAndDate: 'Folgesitzung zu „{{title}}“, {{date}}',
      title: 'Folgesitzung zu „{{title}}“',
      date: 'Folgesitzung zur Sitzung vom {{date}}',
      none: 'Folgesitzung zu einer früheren Sitzung',
    },
    lastTime: {
      movedWithTarget: 'Beim letzten Mal haben wir {{focus}} gewählt; die Kennzahl hat sich von {{baseline}} auf {{now}} verändert; Zielwert: {{target}}.',
      moved: 'Beim letzten Mal haben wir {{focus}} gewählt; die Kennzahl hat sich von {{baseline}} auf {{now}} verändert; ein Zielwert wurde nicht festgelegt.',
      nowOnlyWithTarget: 'Beim letzten Mal haben wir {{focus}} gewählt; die Kennzahl liegt jetzt bei {{now}}, ein Ausgangswert wurde nicht erfasst; Zielwert: {{target}}.',
      nowOnly: 'Beim letzten Mal haben wir {{focus}} gewählt; die Kennzahl liegt jetzt bei {{now}}, ein Ausgangswert wurde nicht erfasst; ein Zielwert wurde nicht festgelegt.',
      baselineOnlyWithTarget:
        'Beim letzten Mal haben wir {{focus}} gewählt; die Kennzahl lag bei {{baseline}}, ihr heutiger Wert ist noch nicht erfasst; Zielwert: {{target}}.',
      baselineOnly:
        'Beim letzten Mal haben wir {{focus}} gewählt; die Kennzahl lag bei {{baseline}}, ihr heutiger Wert ist noch nicht erfasst; ein Zielwert wurde nicht festgelegt.',
      noValuesWithTarget: 'Beim letzten Mal haben wir {{focus}} gewählt; für die Kennzahl ist noch kein Wert erfasst; Zielwert: {{target}}.',
      noValues: 'Beim letzten Mal haben wir {{focus}} gewählt; für die Kennzahl ist noch kein Wert erfasst; ein Zielwert wurde nicht festgelegt.',
    },
  },
  comparison: {
    sealed: {
      current:
        'Die Bewertungen dieser Sitzung bleiben bis zum Aufdecken verborgen, daher zeigt der Vergleich noch keine Positionen, Quadranten oder Ränge: Wenn alle an der Reihe waren, klicken Sie in „Bewerten“ auf „Alle Bewertungen aufdecken“.',
      earlier:
        'Die frühere Sitzung wurde gespeichert, bevor ihre Bewertungen aufgedeckt wurden, daher zeigt der Vergleich aus ihr keine Positionen, Quadranten oder Ränge: Öffnen Sie diese Sitzung, klicken Sie in „Bewerten“ auf „Alle Bewertungen aufdecken“ und speichern Sie sie; vergleichen Sie dann erneut.',
      both: 'Die Bewertungen keiner der beiden Sitzungen sind aufgedeckt, daher zeigt der Vergleich keine Positionen, Quadranten oder Ränge: Decken Sie die Bewertungen dieser Sitzung in „Bewerten“ auf; öffnen Sie die frühere Sitzung, decken Sie ihre Bewertungen auf und speichern Sie sie; vergleichen Sie dann erneut.',
    },
    refused: {
      single: 'Diese Paare lassen sich nicht vergleichen: {{problem}}.',
      several: 'Diese Paare lassen sich aus {{number}} Gründen nicht vergleichen: {{problems}}.',
      severalAndMore_one: 'Diese Paare lassen sich aus {{number}} Gründen nicht vergleichen: {{problems}}; und {{count}} weiterer.',
      severalAndMore_other: 'Diese Paare lassen sich aus {{number}} Gründen nicht vergleichen: {{problems}}; und {{count}} weitere.',
    },
    problem: {
      noEarlierCandidate: 'die frühere Sitzung hat keinen Kandidaten mit der ID „{{id}}“',
      noCurrentCandidate: 'diese Sitzung hat keinen Kandidaten mit der ID „{{id}}“',
      earlierPairedTwice: '{{candidate}} aus der früheren Sitzung ist mit {{number}} Kandidaten verbunden ({{partners}}); möglich ist nur einer',
      currentPairedTwice: '{{candidate}} aus dieser Sitzung ist mit {{number}} früheren Kandidaten verbunden ({{partners}}); möglich ist nur einer',
    },
    words: {
      noChange: 'Keine Änderung',
      new: 'Seitdem neu',
      dropped: 'Seitdem weggefallen',
      sealed: 'Nicht verglichen, solange die Bewertungen verdeckt sind',
    },
    reasons: {
      scores: 'Bewertungen geändert',
      weights: 'Gewichtungen oder Kriterien geändert',
      thresholds: 'Schwellen verschoben',
      thresholdsOnly: 'Schwellen verschoben (die Position nicht)',
      placed: 'Manuell platziert',
      placedElsewhere: 'Manuell anders platziert',
      noLongerPlaced: 'Nicht mehr manuell platziert',
      setAside: 'Als besser ohne ML eingestuft',
      backAmongMl: 'Wieder unter den ML-Kandidaten',
      votes: 'Stimmen geändert',
      others: 'Andere Kandidaten haben sich bewegt, sind hinzugekommen oder weggefallen',
    },
    since: {
      titleAndDate: 'Seit „{{title}}“, {{date}}',
      title: 'Seit „{{title}}“',
      date: 'Seit der Sitzung vom {{date}}',
      none: 'Seit der früheren Sitzung',
    },
    legendMoved: {
      titleAndDate: 'Pfeil ab □: bewegt seit „{{title}}“, {{date}}',
      title: 'Pfeil ab □: bewegt seit „{{title}}“',
      date: 'Pfeil ab □: bewegt seit der Sitzung vom {{date}}',
      none: 'Pfeil ab □: bewegt seit der früheren Sitzung',
    },
    legendAdded: {
      titleAndDate: 'Umkreist: neu seit „{{title}}“, {{date}}',
      title: 'Umkreist: neu seit „{{title}}“',
      date: 'Umkreist: neu seit der Sitzung vom {{date}}',
      none: 'Umkreist: neu seit der früheren Sitzung',
    },
    criterion: {
      addedImpact: '{{name}} hinzugefügt (Wirkung, Gewichtung {{weight}})',
      addedComplexity: '{{name}} hinzugefügt (Komplexität, Gewichtung {{weight}})',
      removedImpact: '{{name}} entfernt (war Wirkung, Gewichtung {{weight}})',
      removedComplexity: '{{name}} entfernt (war Komplexität, Gewichtung {{weight}})',
      movedToImpact: '{{name}} von Komplexität zu Wirkung verschoben (Gewichtung {{before}} → {{after}})',
      movedToComplexity: '{{name}} von Wirkung zu Komplexität verschoben (Gewichtung {{before}} → {{after}})',
      reweighted: '{{name}}: Gewichtung {{before}} → {{after}}',
    },
    thresholdsMoved: 'Schwellen verschoben: {{impactAxis}} {{impactBefore}} → {{impactAfter}}, {{complexityAxis}} {{complexityBefore}} → {{complexityAfter}}.',
    criteriaChanged: 'Kriterien geändert: {{changes}}.',
    rescaled: 'Die frühere Sitzung wurde auf der Skala 1–{{scale}} bewertet; ihre Werte werden auf der Skala dieser Sitzung gezeigt.',
    summary_one:
      '{{count}} Kandidat verglichen: {{quadrant}} mit anderem Quadranten, {{otherwise}} nur mit anderem Rang oder anderer Position, {{unchanged}} unverändert; {{added}} neu, {{dropped}} weggefallen.',
    summary_other:
      '{{count}} Kandidaten verglichen: {{quadrant}} mit anderem Quadranten, {{otherwise}} nur mit anderem Rang oder anderer Position, {{unchanged}} unverändert; {{added}} neu, {{dropped}} weggefallen.',
    counts: '{{pairs}} verbunden · {{added}} neu · {{dropped}} weggefallen',
    countsNamed: '{{pairs}} verbunden · {{added}} neu · {{dropped}} weggefallen: {{names}}',
  },
  scoresToGo_one: 'Noch {{count}} Bewertung',
  scoresToGo_other: 'Noch {{count}} Bewertungen',
  allScoresGiven: 'Alle Bewertungen abgegeben',
} as const satisfies TranslationOf<typeof english>;
