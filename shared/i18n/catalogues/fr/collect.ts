import type { TranslationOf } from '../../catalogue';
import type { collect as english } from '../en/collect';

export const collect = {
  aboutTheCandidates: 'À propos des candidats',
  brainstormTimer: {
    timer: 'Minuteur du brainstorming',
    timeUp: 'Le temps est écoulé.',
    paused: 'Il reste {{time}}, en pause.',
    pause: 'Pause',
    start: 'Démarrer',
    addMinute: '+1 min',
    reset: 'Réinitialiser',
    length: 'Durée du brainstorming en minutes',
    minutes: 'min',
  },
  candidateList: {
    candidates: 'Candidats',
    count_one: '{{count}} candidat',
    count_other: '{{count}} candidats',
    empty: 'Aucun candidat pour l’instant. Saisissez un problème que le groupe veut résoudre, puis appuyez sur Entrée.',
    list: 'Liste des candidats',
  },
  captureLine: {
    newCandidate: 'Nouveau candidat',
    placeholder: 'Un problème que l’apprentissage automatique pourrait résoudre… (Entrée pour ajouter)',
    add: 'Ajouter',
  },
  candidateRow: {
    titleOf: 'Titre de {{code}}',
    withoutMl: 'Sans ML',
    noKeyMetric: 'Aucun indicateur clé',
    noKeyMetricHint: 'Chaque candidat a besoin d’un indicateur clé lié au problème métier',
    details: 'Détails',
    detailsOf: 'Détails de {{code}} {{title}}',
    delete: 'Supprimer',
    deleteCandidate: 'Supprimer {{code}} {{title}}',
  },
  candidateDetails: {
    detailsOf: 'Détails de {{code}}',
    mlBrief: 'Fiche ML…',
    close: 'Fermer',
    closeDetails: 'Fermer les détails',
    readiness: 'Préparation',
    readinessOf: 'Préparation de {{candidate}}',
    readinessNote: 'Ce qu’il faut pour le mettre en œuvre pour de bon. Facultatif\u00a0; les points sans réponse comptent comme inconnus.',
  },
  mergeControl: {
    sameProblem: 'Même problème qu’un autre candidat\u00a0?',
    chooseDuplicate: 'Choisissez le doublon…',
    mergeInto: 'Fusionner dans {{code}}',
  },
} as const satisfies TranslationOf<typeof english>;
