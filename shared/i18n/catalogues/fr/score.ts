import type { TranslationOf } from '../../catalogue';
import type { score as english } from '../en/score';

export const score = {
  rescore: 'Noter à nouveau',
  rescoreCandidate: 'Noter à nouveau {{code}}',
  remove: 'Supprimer',
  scoreKeys: {
    upTo: 'Au clavier\u00a0: tapez 1–{{scale}} pour noter et passer au suivant\u00a0; Retour arrière recule et efface',
    upToTen: 'Au clavier\u00a0: tapez 1–9, ou 0 pour 10, pour noter et passer au suivant\u00a0; Retour arrière recule et efface',
  },
  scoringSettings: {
    title: 'Comment le groupe note',
    mode: 'Mode',
    blind: 'À l’aveugle, chacun son tour',
    consensus: 'Consensus du groupe',
    scale: 'Échelle',
    scaleUpTo: 'De 1 à {{max}}',
    aggregate: 'Agrégation',
    weightedMean: 'Moyenne pondérée',
    median: 'Médiane',
    scoreByBackground: 'Les métiers notent seulement l’impact, la technique seulement la complexité',
  },
  criteriaEditor: {
    title: 'Critères et pondérations',
    impact: {
      criteria: 'Critères d’impact',
      add: 'Ajouter un critère d’impact',
      newName: 'Nouveau critère d’impact',
    },
    complexity: {
      criteria: 'Critères de complexité',
      add: 'Ajouter un critère de complexité',
      newName: 'Nouveau critère de complexité',
    },
    name: 'Nom du critère {{name}}',
    weight: 'Pondération',
    weightOf: 'Pondération de {{name}}',
    removeCriterion: 'Supprimer le critère {{name}}',
  },
  readinessItemsEditor: {
    title: 'Points de préparation',
    intro:
      'Ce que demande la liste de contrôle de préparation de chaque candidat\u00a0: ce qu’il faut pour le faire tourner pour de vrai. Chaque point a un nom court et une question d’une ligne.',
    add: 'Ajouter un point de préparation',
    newName: 'Nouveau point de préparation',
    name: 'Nom du point de préparation {{name}}',
    question: 'Question du point de préparation {{name}}',
    questionPlaceholder: 'La question à laquelle le groupe répond',
    removeItem: 'Supprimer le point de préparation {{name}}',
  },
  blindRoom: {
    revealedTitle: 'Notes révélées',
    revealedIntro:
      'Les notes de chacun sont visibles. Discutez des plus grands écarts ci-dessous\u00a0; notez à nouveau un candidat si le groupe change d’avis.',
    hideAndScoreAgain: 'Masquer les notes et noter à nouveau',
    title: 'Notation à l’aveugle',
    intro: 'Passez l’ordinateur à chaque participant, à tour de rôle. Personne ne voit les notes des autres avant que vous ne les révéliez.',
    noParticipants: 'Ajoutez d’abord des participants dans «\u00a0Cadrer\u00a0».',
    turns: 'Tours de notation',
    finished: 'Terminé',
    notYet: 'Pas encore',
    changeScores: 'Modifier les notes de {{name}}',
    startTurn: 'Commencer le tour de {{name}}',
    progress: 'Tours terminés\u00a0: {{finished}} sur {{total}}',
    revealAll: 'Révéler toutes les notes',
  },
  revealEarly: {
    title: 'Révéler avant que tout le monde ait terminé\u00a0?',
    notFinished_one: '{{names}} n’a pas fini de noter.',
    notFinished_other: '{{names}} n’ont pas fini de noter.',
    note: 'Une fois les notes révélées, chacun voit celles de tous. Ce qui manque ne compte pas tant que ce n’est pas noté.',
    revealNow: 'Révéler maintenant',
    keepWaiting: 'Continuer d’attendre',
  },
  scoringTurn: {
    heading: 'Notes de {{name}}',
    backToRoom: 'Retour au groupe',
    done: 'J’ai terminé <kbd>{{keys}}</kbd>',
    intro:
      'Notez chaque candidat de 1 (faible) à {{scale}} (élevé). Pour la complexité, élevé signifie difficile\u00a0: pensez aux données, à l’infrastructure, à la montée en charge, à la disponibilité, à la sécurité des données, à l’intégration, à la reproductibilité et au savoir-faire.',
    keysNote: '{{hint}}\u00a0; {{keys}} quand vous avez terminé.',
    nothingToScore: 'Il n’y a rien à noter pour {{name}} avec les critères actuels.',
  },
  consensusGrid: {
    title: 'Notes de consensus',
    intro: 'Une note par critère, convenue par le groupe. {{hint}}.',
  },
  rescorePanel: {
    title: 'Noter à nouveau {{code}} · {{title}}',
    done: 'Terminé',
    criterion: 'Noter à nouveau {{code}} {{criterion}}',
    participantCriterion: 'Noter à nouveau {{code}} {{participant}} {{criterion}}',
  },
  resultsTable: {
    title: 'Résultats agrégés',
    introMedian:
      'Médiane des notes pondérées des participants, sur 1–{{scale}}. L’écart est la différence entre la note la plus haute et la plus basse des participants.',
    introMean:
      'Moyenne pondérée des notes pondérées des participants, sur 1–{{scale}}. L’écart est la différence entre la note la plus haute et la plus basse des participants.',
    label: 'Notes agrégées',
    candidate: 'Candidat',
    impact: 'Impact',
    complexity: 'Complexité',
    quadrant: 'Quadrant',
    spread: 'Écart',
    actions: 'Actions',
    notScored: 'Non noté',
  },
  widestGaps: {
    title: 'Plus grands écarts',
    intro: 'Là où le groupe est le plus en désaccord. Demandez à la personne qui a noté le plus haut et à celle qui a noté le plus bas de s’expliquer.',
    someone: 'Quelqu’un',
    impact: {
      on: 'sur l’impact',
      between: 'sur l’impact\u00a0: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
    complexity: {
      on: 'sur la complexité',
      between: 'sur la complexité\u00a0: {{high}} {{highScore}}, {{low}} {{lowScore}}',
    },
  },
} as const satisfies TranslationOf<typeof english>;
