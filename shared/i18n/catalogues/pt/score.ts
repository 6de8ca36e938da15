import type { TranslationOf } from '../../catalogue';
import type { score as english } from '../en/score';

export const score = {
  rescore: 'Pontuar de novo',
  rescoreCandidate: 'Pontuar {{code}} de novo',
  remove: 'Remover',
  scoreKeys: {
    upTo: 'Pelo teclado: digite 1–{{scale}} para pontuar e seguir para o próximo; Backspace volta e apaga',
    upToTen: 'Pelo teclado: digite 1–9, ou 0 para 10, para pontuar e seguir para o próximo; Backspace volta e apaga',
  },
  scoringSettings: {
    title: 'Como o grupo pontua',
    mode: 'Modo',
    blind: 'Às cegas, um de cada vez',
    consensus: 'Consenso do grupo',
    scale: 'Escala',
    scaleUpTo: 'De 1 a {{max}}',
    aggregate: 'Agregação',
    weightedMean: 'Média ponderada',
    median: 'Mediana',
    scoreByBackground: 'Negócio pontua só o impacto; tecnologia, só a complexidade',
  },
  criteriaEditor: {
    title: 'Critérios e pesos',
    impact: {
      criteria: 'Critérios de impacto',
      add: 'Adicionar critério de impacto',
      newName: 'Novo critério de impacto',
    },
    complexity: {
      criteria: 'Critérios de complexidade',
      add: 'Adicionar critério de complexidade',
      newName: 'Novo critério de complexidade',
    },
    name: 'Nome do critério {{name}}',
    weight: 'Peso',
    weightOf: 'Peso de {{name}}',
    removeCriterion: 'Remover o critério {{name}}',
  },
  readinessItemsEditor: {
    title: 'Itens de prontidão',
    intro:
      'O que o checklist de prontidão de cada candidato pergunta: o que é preciso para colocá-lo em produção de verdade. Cada item tem um nome curto e uma pergunta de uma linha.',
    add: 'Adicionar item de prontidão',
    newName: 'Novo item de prontidão',
    name: 'Nome do item de prontidão {{name}}',
    question: 'Pergunta do item de prontidão {{name}}',
    questionPlaceholder: 'A pergunta que o grupo responde',
    removeItem: 'Remover o item de prontidão {{name}}',
  },
  blindRoom: {
    revealedTitle: 'Pontuações reveladas',
    revealedIntro:
      'As pontuações de todos estão visíveis. Discuta abaixo as maiores diferenças; pontue um candidato de novo se o grupo mudar de ideia.',
    hideAndScoreAgain: 'Ocultar as pontuações e pontuar de novo',
    title: 'Pontuação às cegas',
    intro: 'Passe o notebook para cada participante, um de cada vez. Ninguém vê as pontuações dos outros até você revelá-las.',
    noParticipants: 'Primeiro adicione participantes em “Enquadrar”.',
    turns: 'Vezes de pontuar',
    finished: 'Concluído',
    notYet: 'Ainda não',
    changeScores: 'Alterar as pontuações de {{name}}',
    startTurn: 'Começar a vez de {{name}}',
    progress: 'Concluídos: {{finished}} de {{total}}',
    revealAll: 'Revelar todas as pontuações',
  },
  revealEarly: {
    title: 'Revelar antes que todos terminem?',
    notFinished_one: '{{names}} ainda não terminou de pontuar.',
    notFinished_other: '{{names}} ainda não terminaram de pontuar.',
    note: 'Depois de reveladas, todos veem as pontuações de todos. O que faltar não conta até ser pontuado.',
    revealNow: 'Revelar agora',
    keepWaiting: 'Continuar esperando',
  },
  scoringTurn: {
    heading: 'Pontuações de {{name}}',
    backToRoom: 'Voltar ao grupo',
    done: 'Terminei <kbd>{{keys}}</kbd>',
    intro:
      'Pontue cada candidato de 1 (baixo) a {{scale}} (alto). Na complexidade, alto significa difícil: pense em dados, infraestrutura, escalabilidade, disponibilidade, segurança de dados, integração, reprodutibilidade e know-how.',
    keysNote: '{{hint}}; {{keys}} quando terminar.',
    nothingToScore: 'Não há nada para {{name}} pontuar com os critérios atuais.',
  },
  consensusGrid: {
    title: 'Pontuações de consenso',
    intro: 'Uma pontuação por critério, acordada pelo grupo. {{hint}}.',
  },
  rescorePanel: {
    title: 'Pontuar {{code}} · {{title}} de novo',
    done: 'Concluir',
    criterion: 'Pontuar de novo {{code}} {{criterion}}',
    participantCriterion: 'Pontuar de novo {{code}} {{participant}} {{criterion}}',
  },
  resultsTable: {
    title: 'Resultados agregados',
    introMedian:
      'Mediana das pontuações ponderadas dos participantes, de 1 a {{scale}}. A dispersão é a diferença entre a pontuação mais alta e a mais baixa entre os participantes.',
    introMean:
      'Média ponderada das pontuações ponderadas dos participantes, de 1 a {{scale}}. A dispersão é a diferença entre a pontuação mais alta e a mais baixa entre os participantes.',
    label: 'Pontuações agregadas',
    candidate: 'Candidato',
    impact: 'Impacto',
    complexity: 'Complexidade',
    quadrant: 'Quadrante',
    spread: 'Dispersão',
    actions: 'Ações',
    notScored: 'Sem pontuação',
  },
  widestGaps: {
    title: 'Maiores diferenças',
    intro: 'Onde o grupo mais discorda. Peça a quem deu a pontuação mais alta e a quem deu a mais baixa que se expliquem.',
    someone: 'Alguém',
    impact: {
      on: 'no impacto',
      between: 'no impacto: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
    complexity: {
      on: 'na complexidade',
      between: 'na complexidade: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
  },
} as const satisfies TranslationOf<typeof english>;
