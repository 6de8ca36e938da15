import type { TranslationOf } from '../../catalogue';
import type { collect as english } from '../en/collect';

export const collect = {
  aboutTheCandidates: 'Sobre os candidatos',
  brainstormTimer: {
    timer: 'Temporizador do brainstorming',
    timeUp: 'O tempo acabou.',
    paused: 'Restam {{time}}, em pausa.',
    pause: 'Pausar',
    start: 'Iniciar',
    addMinute: '+1 min',
    reset: 'Reiniciar',
    length: 'Duração do brainstorming em minutos',
    minutes: 'min',
  },
  candidateList: {
    candidates: 'Candidatos',
    count_one: '{{count}} candidato',
    count_other: '{{count}} candidatos',
    empty: 'Nenhum candidato ainda. Digite um problema que o grupo quer resolver e pressione Enter.',
    list: 'Lista de candidatos',
  },
  captureLine: {
    newCandidate: 'Novo candidato',
    placeholder: 'Um problema que o aprendizado de máquina poderia resolver… (Enter para adicionar)',
    add: 'Adicionar',
  },
  candidateRow: {
    titleOf: 'Título de {{code}}',
    withoutMl: 'Sem ML',
    noKeyMetric: 'Sem métrica-chave',
    noKeyMetricHint: 'Todo candidato precisa de uma métrica-chave ligada ao problema de negócio',
    details: 'Detalhes',
    detailsOf: 'Detalhes de {{code}} {{title}}',
    delete: 'Excluir',
    deleteCandidate: 'Excluir {{code}} {{title}}',
  },
  candidateDetails: {
    detailsOf: 'Detalhes de {{code}}',
    mlBrief: 'Ficha de ML…',
    close: 'Fechar',
    closeDetails: 'Fechar detalhes',
    readiness: 'Prontidão',
    readinessOf: 'Prontidão de {{candidate}}',
    readinessNote: 'O que é preciso para colocar isso em prática de verdade. Opcional; itens sem resposta contam como desconhecidos.',
  },
  mergeControl: {
    sameProblem: 'É o mesmo problema de outro candidato?',
    chooseDuplicate: 'Escolha o duplicado…',
    mergeInto: 'Mesclar em {{code}}',
  },
} as const satisfies TranslationOf<typeof english>;
