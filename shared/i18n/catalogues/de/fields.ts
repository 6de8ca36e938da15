import type { TranslationOf } from '../../catalogue';
import { fieldLabelsIn, statusLabelsIn, type fields as english } from '../en/fields';

export const fields = {
  labels: fieldLabelsIn('de'),
  formLabels: {
    baseline: 'Aktueller Ausgangswert',
    measurement: 'Wie die Kennzahl gemessen wird',
    nonMlAlternative: 'Alternative ohne ML (SQL, Regeln, ein Bericht)',
    betterWithoutMl: 'Ein einfacherer Ansatz ohne ML reicht aus',
  },
  hints: {
    keyMetric: 'Erforderlich: die Geschäftskennzahl, die sich dadurch bewegen würde.',
  },
  status: statusLabelsIn('de'),
  dataAvailability: {
    unknown: 'Noch unbekannt',
    yes: 'Ja',
    partly: 'Teilweise',
    no: 'Nein',
  },
  readinessAnswers: {
    ready: 'Bereit',
    partly: 'Teilweise',
    missing: 'Fehlt',
    unknown: 'Unbekannt',
  },
  backgrounds: {
    business: 'Fachbereich',
    technical: 'Technik',
    domain: 'Fachexpertise',
    data: 'Daten',
  },
} as const satisfies TranslationOf<typeof english>;
