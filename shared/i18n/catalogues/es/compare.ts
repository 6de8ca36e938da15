import type { TranslationOf } from '../../catalogue';
import type { compare as english } from '../en/compare';

export const compare = {
  cancel: 'Cancelar',
  reviewDialog: {
    title: 'Comparar con «{{fileName}}»',
    startAgain: 'Volver a empezar con los pares de Pickwise',
    intro: '«{{fileName}}» es la sesión anterior; la sesión abierta aquí sigue siendo la que guardas. Pickwise emparejó primero los candidatos que son el mismo candidato (una copia o un seguimiento los conserva) y luego los que tienen el mismo título. Separa los que no sean el mismo problema y empareja un candidato anterior con aquel en el que se convirtió.',
    pairs: 'Pares ({{number}})',
    noPairs: 'Sin pares: cada candidato anterior cuenta como retirado, y cada candidato de aquí como nuevo.',
    basis: {
      id: 'Mismo candidato',
      title: 'Mismo título',
      facilitator: 'Emparejado por ti',
    },
    unpair: 'Separar',
    unpairLabel: 'Separar {{earlier}} y {{current}}',
    clashes: 'Títulos que comparten varios candidatos',
    clashesNote: 'Pickwise no adivina cuál es cuál: emparéjalos tú.',
    clash: 'Antes: {{earlier}}. Aquí: {{current}}.',
    dropped: 'Solo en la sesión anterior: retirados ({{number}})',
    added: 'Solo en esta sesión: nuevos ({{number}})',
    compare: 'Comparar',
    pairWith: 'Emparejar {{candidate}} con',
    staysDropped: 'Sigue retirado',
    pair: 'Emparejar',
  },
  comparisonPanel: {
    reviewPairs: 'Revisar pares…',
    end: 'Terminar la comparación',
    introFollowUp: 'Esta sesión es el seguimiento de «{{fileName}}», así que se compara con ella. Esa sesión solo se lee: nada de ella pasa al archivo de esta sesión.',
    intro: 'Comparada con «{{fileName}}», que solo se lee: nada de ese archivo pasa al de esta sesión.',
    refused: '{{message}} Revisa los pares para continuar.',
    table: 'Qué se movió desde la sesión anterior',
    candidate: 'Candidato',
    quadrant: 'Cuadrante',
    rank: 'Posición',
    why: 'Por qué',
    new: 'Nuevo',
    dropped: 'Retirado',
    renamedFrom: 'antes «{{title}}»',
  },
} as const satisfies TranslationOf<typeof english>;
