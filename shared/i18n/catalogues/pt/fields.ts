import type { TranslationOf } from '../../catalogue';
import { fieldLabelsIn, statusLabelsIn, type fields as english } from '../en/fields';

export const fields = {
  labels: fieldLabelsIn('pt'),
  formLabels: {
    baseline: 'Linha de base atual',
    measurement: 'Como a métrica-chave é medida',
    nonMlAlternative: 'Alternativa sem ML (SQL, regras, um relatório)',
    betterWithoutMl: 'Uma abordagem mais simples, sem ML, resolve',
  },
  hints: {
    keyMetric: 'Necessário: a métrica de negócio que isso moveria.',
  },
  status: statusLabelsIn('pt'),
  dataAvailability: {
    unknown: 'Ainda não se sabe',
    yes: 'Sim',
    partly: 'Em parte',
    no: 'Não',
  },
  readinessAnswers: {
    ready: 'Pronto',
    partly: 'Em parte',
    missing: 'Falta',
    unknown: 'Desconhecido',
  },
  backgrounds: {
    business: 'Negócio',
    technical: 'Técnico',
    domain: 'Domínio',
    data: 'Dados',
  },
} as const satisfies TranslationOf<typeof english>;
