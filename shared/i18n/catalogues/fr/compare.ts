import type { TranslationOf } from '../../catalogue';
import type { compare as english } from '../en/compare';

export const compare = {
  cancel: 'Annuler',
  reviewDialog: {
    title: 'Comparer avec « {{fileName}} »',
    startAgain: 'Repartir des paires de Pickwise',
    intro: '« {{fileName}} » est la session antérieure ; c’est toujours la session ouverte ici que vous enregistrez. Pickwise a d’abord associé les candidats qui sont le même candidat (une copie ou une session de suivi les conserve), puis ceux qui ont le même titre. Dissociez ceux qui ne sont pas le même problème, et associez un candidat antérieur à celui qu’il est devenu.',
    pairs: 'Paires ({{number}})',
    noPairs: 'Aucune paire : chaque candidat antérieur compte comme retiré, et chaque candidat d’ici comme nouveau.',
    basis: {
      id: 'Même candidat',
      title: 'Même titre',
      facilitator: 'Associé par vous',
    },
    unpair: 'Dissocier',
    unpairLabel: 'Dissocier {{earlier}} et {{current}}',
    clashes: 'Titres portés par plusieurs candidats',
    clashesNote: 'Pickwise ne devine pas lequel est lequel : associez-les vous-même.',
    clash: 'Avant : {{earlier}}. Ici : {{current}}.',
    dropped: 'Seulement dans la session antérieure : retirés ({{number}})',
    added: 'Seulement dans cette session : nouveaux ({{number}})',
    compare: 'Comparer',
    pairWith: 'Associer {{candidate}} à',
    staysDropped: 'Reste retiré',
    pair: 'Associer',
  },
  comparisonPanel: {
    reviewPairs: 'Vérifier les paires…',
    end: 'Terminer la comparaison',
    introFollowUp: 'Cette session fait suite à « {{fileName}} », elle lui est donc comparée. Cette session-là est seulement lue : rien n’en passe dans le fichier de cette session.',
    intro: 'Comparée à « {{fileName}} », qui est seulement lu : rien n’en passe dans le fichier de cette session.',
    refused: '{{message}} Vérifiez les paires pour continuer.',
    table: 'Ce qui a bougé depuis la session antérieure',
    candidate: 'Candidat',
    quadrant: 'Quadrant',
    rank: 'Rang',
    why: 'Pourquoi',
    new: 'Nouveau',
    dropped: 'Retiré',
    renamedFrom: 'avant : « {{title}} »',
  },
} as const satisfies TranslationOf<typeof english>;
