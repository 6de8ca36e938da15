import type { TranslationOf } from '../../catalogue';
import { fieldLabelsIn, statusLabelsIn, type fields as english } from '../en/fields';

export const fields = {
  labels: fieldLabelsIn('fr'),
  formLabels: {
    baseline: 'Valeur de référence actuelle',
    measurement: 'Comment l’indicateur clé est mesuré',
    nonMlAlternative: 'Alternative sans ML (SQL, règles, un rapport)',
    betterWithoutMl: 'Une approche plus simple, sans ML, suffit',
  },
  hints: {
    keyMetric: 'Requis : l’indicateur métier que cela ferait évoluer.',
  },
  status: statusLabelsIn('fr'),
  dataAvailability: {
    unknown: 'Pas encore connu',
    yes: 'Oui',
    partly: 'En partie',
    no: 'Non',
  },
  readinessAnswers: {
    ready: 'Prêt',
    partly: 'En partie',
    missing: 'Manquant',
    unknown: 'Inconnu',
  },
  backgrounds: {
    business: 'Métier',
    technical: 'Technique',
    domain: 'Domaine',
    data: 'Données',
  },
} as const satisfies TranslationOf<typeof english>;
