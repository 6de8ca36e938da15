import type { TranslationOf } from '../../catalogue';
import { fieldLabelsIn, statusLabelsIn, type fields as english } from '../en/fields';

export const fields = {
  labels: fieldLabelsIn('es'),
  formLabels: {
    baseline: 'Línea base actual',
    measurement: 'Cómo se mide la métrica clave',
    nonMlAlternative: 'Alternativa sin ML (SQL, reglas, un informe)',
    betterWithoutMl: 'Un enfoque más sencillo sin ML es suficiente',
  },
  hints: {
    keyMetric: 'Necesario: la métrica de negocio que esto movería.',
  },
  status: statusLabelsIn('es'),
  dataAvailability: {
    unknown: 'Aún no se sabe',
    yes: 'Sí',
    partly: 'En parte',
    no: 'No',
  },
  readinessAnswers: {
    ready: 'Listo',
    partly: 'En parte',
    missing: 'Falta',
    unknown: 'Desconocido',
  },
  backgrounds: {
    business: 'Negocio',
    technical: 'Técnico',
    domain: 'Dominio',
    data: 'Datos',
  },
} as const satisfies TranslationOf<typeof english>;
