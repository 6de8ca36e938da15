import type { TranslationOf } from '../../catalogue';
import type { compare as english } from '../en/compare';

export const compare = {
  cancel: 'Cancelar',
  reviewDialog: {
    title: 'Comparar com “{{fileName}}”',
    startAgain: 'Recomeçar com os pares do Pickwise',
    intro: '“{{fileName}}” é a sessão anterior; a sessão aberta aqui continua sendo a que você salva. O Pickwise pareou primeiro os candidatos que são o mesmo candidato (uma cópia ou um acompanhamento os mantém) e depois os que têm o mesmo título. Desfaça os pares que não forem o mesmo problema e pareie um candidato anterior com aquele em que ele se transformou.',
    pairs: 'Pares ({{number}})',
    noPairs: 'Nenhum par: todo candidato anterior conta como removido, e todo candidato daqui como novo.',
    basis: {
      id: 'Mesmo candidato',
      title: 'Mesmo título',
      facilitator: 'Pareado por você',
    },
    unpair: 'Desfazer par',
    unpairLabel: 'Desfazer o par {{earlier}} e {{current}}',
    clashes: 'Títulos compartilhados por mais de um candidato',
    clashesNote: 'O Pickwise não adivinha qual é qual: faça esses pares você mesmo.',
    clash: 'Antes: {{earlier}}. Aqui: {{current}}.',
    dropped: 'Só na sessão anterior: removidos ({{number}})',
    added: 'Só nesta sessão: novos ({{number}})',
    compare: 'Comparar',
    pairWith: 'Parear {{candidate}} com',
    staysDropped: 'Continua removido',
    pair: 'Parear',
  },
  comparisonPanel: {
    reviewPairs: 'Revisar pares…',
    end: 'Encerrar comparação',
    introFollowUp: 'Esta sessão é o acompanhamento de “{{fileName}}”, por isso é comparada com ela. Aquela sessão é apenas lida: nada dela entra no arquivo desta sessão.',
    intro: 'Comparada com “{{fileName}}”, que é apenas lido: nada dele entra no arquivo desta sessão.',
    refused: '{{message}} Revise os pares para continuar.',
    table: 'O que mudou desde a sessão anterior',
    candidate: 'Candidato',
    quadrant: 'Quadrante',
    rank: 'Posição',
    why: 'Por quê',
    new: 'Novo',
    dropped: 'Removido',
    renamedFrom: 'antes “{{title}}”',
  },
} as const satisfies TranslationOf<typeof english>;
