import type { TranslationOf } from '../../catalogue';
import type { frame as english } from '../en/frame';

export const frame = {
  frameView: {
    session: 'A sessão',
    title: 'Título da sessão',
    titlePlaceholder: 'ex.: Northwind — Workshop de oportunidades de ML',
    date: 'Data',
    team: 'Organização ou equipe',
    businessGoal: 'Objetivo de negócio',
    businessGoalPlaceholder: 'O que a empresa quer alcançar, em uma ou duas frases',
    goalMetrics: 'Métricas-chave do objetivo',
    goalMetricsPlaceholder: 'ex.: Taxa de churn, Retenção líquida de receita',
    aboutTheRoom: 'Sobre os participantes',
  },
  participantsEditor: {
    participants: 'Participantes',
    intro: 'O método funciona melhor com 3 ou 4 pessoas, tanto de negócio quanto de tecnologia.',
    nameOf: 'Nome de {{name}}',
    backgroundOf: 'Perfil de {{name}}',
    remove: 'Remover',
    removeParticipant: 'Remover {{name}}',
    newName: 'Nome do novo participante',
    namePlaceholder: 'Nome',
    newBackground: 'Perfil do novo participante',
    addParticipant: 'Adicionar participante',
  },
} as const satisfies TranslationOf<typeof english>;
