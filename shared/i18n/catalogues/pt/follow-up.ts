import type { TranslationOf } from '../../catalogue';
import type { followUp as english } from '../en/follow-up';

export const followUp = {
  dialog: {
    title: 'O foco da última vez',
    intro: '{{heading}}. Antes de o grupo pontuar de novo: o que aconteceu com o foco escolhido naquela vez? Pule para responder depois, em Enquadrar.',
    skip: 'Pular',
    save: 'Salvar respostas',
  },
  panel: {
    introFromFile: '{{lastTime}} Arquivo: “{{fileName}}”.',
    introUnsaved: '{{lastTime}} A sessão anterior nunca foi salva em um arquivo.',
  },
  outcomeFields: {
    question: 'O que aconteceu com “{{title}}”?',
    metricNow: '{{metric}} agora',
    keyMetricNow: 'A métrica-chave agora',
    metricPlaceholder: 'Como medido hoje',
    setLastTime: 'Definido da última vez',
    baseline: 'Linha de base',
    target: 'Meta',
    notRecorded: 'não registrada',
    noneSet: 'nenhuma definida',
  },
} as const satisfies TranslationOf<typeof english>;
