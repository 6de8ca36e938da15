import type { TranslationOf } from '../../catalogue';
import type { starter as english } from '../en/starter';

export const starter = {
  criteria: {
    value: {
      name: 'Geschäftswert / ROI',
      description: 'Verdientes oder gespartes Geld oder ein beseitigtes Risiko, wenn es funktioniert. 1 = geringfügig, 5 = bewegt eine Zahl, auf die die Geschäftsleitung schaut.',
    },
    reach: {
      name: 'Reichweite der Kennzahl',
      description: 'Wie viele Kunden, Bestellungen oder Mitarbeitende die Kennzahl betrifft. 1 = eine Nische, 5 = fast alle.',
    },
    urgency: {
      name: 'Dringlichkeit',
      description: 'Was es kostet, ein weiteres Quartal zu warten. 1 = kann warten, 5 = schmerzt schon heute.',
    },
    data: {
      name: 'Datenreife',
      description: 'Aufwand, bevor ein Modell aus den Daten lernen kann. 1 = saubere, gelabelte Historie liegt vor, 5 = die Daten werden noch nicht erhoben.',
    },
    difficulty: {
      name: 'Technische Schwierigkeit',
      description: 'Wie schwer das Modellierungsproblem ist. 1 = ein bekanntes Rezept, 5 = offene Forschung.',
    },
    production: {
      name: 'Produktionsaufwand',
      description:
        'Infrastruktur, Skalierung, Verfügbarkeit, Datensicherheit, Integration und Reproduzierbarkeit für den echten Betrieb. 1 = eine nächtliche Batch-Datei, 5 = Echtzeit, immer verfügbar, auditiert.',
    },
    knowhow: {
      name: 'Know-how-Lücke',
      description: 'Was das Team lernen oder sich von außen holen müsste. 1 = schon einmal gemacht, 5 = hat hier noch niemand gemacht.',
    },
  },
  readinessItems: {
    'data-available': { name: 'Daten verfügbar', question: 'Sind die Daten, die das Modell braucht, heute erfasst und greifbar?' },
    'data-quality': { name: 'Datenqualität und Labels', question: 'Sind die Daten sauber genug, und gibt es gelabelte Ergebnisse, aus denen das Modell lernen kann?' },
    'access-rights': { name: 'Zugriffsrechte und personenbezogene Daten', question: 'Dürfen wir diese Daten für diesen Zweck nutzen, personenbezogene Daten eingeschlossen?' },
    infrastructure: { name: 'Infrastruktur', question: 'Batch oder Echtzeit, und wo läuft es?' },
    scaling: { name: 'Skalierung', question: 'Bewältigt es die Mengen: Datensätze, Anfragen pro Sekunde, Wachstum?' },
    availability: { name: 'Verfügbarkeit', question: 'Was passiert mit dem Geschäftsprozess, wenn das Modell ausfällt?' },
    security: { name: 'Sicherheit und Compliance', question: 'Welche Sicherheitsprüfungen und Vorschriften gelten, und können wir sie erfüllen?' },
    compatibility: { name: 'Kompatibilität', question: 'An welche Systeme muss es angebunden werden, und können diese seine Ergebnisse übernehmen?' },
    reproducibility: { name: 'Reproduzierbarkeit', question: 'Sind Daten, Code und Modelle versioniert, und lässt sich das Training wiederholen?' },
    monitoring: { name: 'Monitoring', question: 'Woran merken wir, dass das Modell nachlässt?' },
    'know-how': { name: 'Know-how im Team', question: 'Hat das Team so etwas schon einmal gebaut und betrieben?' },
  },
  axisLabels: {
    impact: 'Wirkung',
    complexity: 'Komplexität',
  },
  quadrantNames: {
    'quick-wins': 'Quick Wins',
    'big-bets': 'Big Bets',
    'fill-ins': 'Lückenfüller',
    'money-pits': 'Kostenfallen',
  },
} as const satisfies TranslationOf<typeof english>;
