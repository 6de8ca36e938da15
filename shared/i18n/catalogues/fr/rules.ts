import type { TranslationOf } from '../../catalogue';
import type { rules as english } from '../en/rules';

export const rules = {
  named: {
    title: '«\u00a0{{title}}\u00a0»',
    codeAndTitle: '{{code}} «\u00a0{{title}}\u00a0»',
  },
  phraseSeparator: '\u00a0; ',
  sealedExport: {
    chart:
      'Le graphique ne peut pas encore être exporté\u00a0: il montre les notes, qui restent masquées jusqu’à leur révélation. Quand chacun a eu son tour, cliquez sur «\u00a0Révéler toutes les notes\u00a0» dans Évaluer, puis exportez à nouveau.',
    mlBrief:
      'La fiche ML ne peut pas encore être exportée\u00a0: elle montre les notes, qui restent masquées jusqu’à leur révélation. Quand chacun a eu son tour, cliquez sur «\u00a0Révéler toutes les notes\u00a0» dans Évaluer, puis exportez à nouveau.',
    decisionRecord:
      'Le compte rendu de décision ne peut pas encore être exporté\u00a0: il montre les notes, qui restent masquées jusqu’à leur révélation. Quand chacun a eu son tour, cliquez sur «\u00a0Révéler toutes les notes\u00a0» dans Évaluer, puis exportez à nouveau.',
  },
  warnings: {
    noParticipants: 'Aucun participant pour l’instant. Ajoutez les {{min}} à {{max}} personnes présentes, dont au moins une côté métier et une côté technique.',
    noBusiness: 'Personne côté métier\u00a0: l’impact et les indicateurs clés risquent de ne pas être remis en question.',
    noTechnical: 'Personne côté technique\u00a0: la complexité et les contraintes de production risquent d’être sous-estimées.',
    tooManyParticipants: '{{number}} participants\u00a0: la méthode fonctionne au mieux avec {{min}} à {{max}} personnes. Envisagez un groupe de notation plus restreint.',
    fewParticipants_one: 'Seulement {{count}} participant\u00a0: {{min}} à {{max}} personnes donnent une vision plus complète de l’impact et de la complexité.',
    fewParticipants_other: 'Seulement {{count}} participants\u00a0: {{min}} à {{max}} personnes donnent une vision plus complète de l’impact et de la complexité.',
    missingKeyMetric_one: '{{count}} candidat n’a pas d’indicateur clé\u00a0: {{candidates}}.',
    missingKeyMetric_other: '{{count}} candidats n’ont pas d’indicateur clé\u00a0: {{candidates}}.',
    missingKeyMetricAndMore_one: '{{number}} candidats n’ont pas d’indicateur clé\u00a0: {{candidates}} et {{count}} autre.',
    missingKeyMetricAndMore_other: '{{number}} candidats n’ont pas d’indicateur clé\u00a0: {{candidates}} et {{count}} autres.',
    noData_one: '{{count}} candidat n’a pas de données disponibles\u00a0: {{candidates}}.',
    noData_other: '{{count}} candidats n’ont pas de données disponibles\u00a0: {{candidates}}.',
    noDataAndMore_one: '{{number}} candidats n’ont pas de données disponibles\u00a0: {{candidates}} et {{count}} autre.',
    noDataAndMore_other: '{{number}} candidats n’ont pas de données disponibles\u00a0: {{candidates}} et {{count}} autres.',
    noImpactCriteria: 'Aucun critère d’impact n’a une pondération supérieure à 0\u00a0: aucun candidat ne peut donc être placé d’après ses notes.',
    noComplexityCriteria: 'Aucun critère de complexité n’a une pondération supérieure à 0\u00a0: aucun candidat ne peut donc être placé d’après ses notes.',
    nobodyScoresImpact: 'Avec la notation par profil, personne dans le groupe ne note l’impact.',
    nobodyScoresComplexity: 'Avec la notation par profil, personne dans le groupe ne note la complexité.',
  },
  rankingRule:
    '{{first}} d’abord, puis {{second}}, {{third}} et {{fourth}}\u00a0; dans chaque quadrant, l’impact moins la complexité le plus élevé passe en premier\u00a0; en cas d’égalité, le plus de voix l’emporte, puis le code. Les candidats mieux résolus sans ML et les candidats non notés sont listés à part.',
  pareto: {
    rule: 'Ordre\u00a0: impact ÷ complexité, du plus élevé au plus faible (égalités\u00a0: impact le plus élevé, puis code). L’impact et la complexité comptent pour leur valeur sur la matrice. Le coude est l’endroit où la part de l’impact devance le plus la part de l’effort\u00a0; les pourcentages sont arrondis à l’entier le plus proche.',
    none: 'Aucun candidat ML n’est encore placé sur la matrice\u00a0: il n’y a pas encore d’analyse 80/20 à afficher.',
    single: 'Un seul candidat ML est placé sur la matrice\u00a0: il apporte tout l’impact du backlog pour tout son effort.',
    allAlike: 'Les {{number}} candidats apportent tous le même impact au regard de leur effort\u00a0: aucun petit groupe d’entre eux n’apporte l’essentiel de l’impact.',
    knee_one: 'Le premier candidat apporte {{impact}}\u00a0% de l’impact du backlog pour {{effort}}\u00a0% de son effort.',
    knee_other: 'Les {{count}} premiers candidats apportent {{impact}}\u00a0% de l’impact du backlog pour {{effort}}\u00a0% de son effort.',
    withoutMlLeftOut_one: '{{count}} candidat jugé mieux sans ML n’est pas pris en compte.',
    withoutMlLeftOut_other: '{{count}} candidats jugés mieux sans ML ne sont pas pris en compte.',
    unscoredLeftOut_one: '{{count}} candidat pas encore placé sur la matrice n’est pas pris en compte.',
    unscoredLeftOut_other: '{{count}} candidats pas encore placés sur la matrice ne sont pas pris en compte.',
  },
  readiness: {
    reason: {
      ready: '{{item}} (prêt)',
      partly: '{{item}} (partiellement prêt)',
      missing: '{{item}} (manquant)',
      unknown: '{{item}} (inconnu)',
    },
    flag: 'Le groupe dit {{room}}\u00a0; la liste de contrôle dit {{checklist}}\u00a0: {{reasons}}',
    flagAndMore_one: 'Le groupe dit {{room}}\u00a0; la liste de contrôle dit {{checklist}}\u00a0: {{reasons}} et {{count}} autre élément',
    flagAndMore_other: 'Le groupe dit {{room}}\u00a0; la liste de contrôle dit {{checklist}}\u00a0: {{reasons}} et {{count}} autres éléments',
  },
  followUp: {
    status: {
      unknown: 'Pas encore de réponse',
      notStarted: 'Pas commencé',
      inProgress: 'En cours',
      shipped: 'Livré',
      stopped: 'Arrêté',
    },
    statusLine: {
      unknown: 'Statut\u00a0: pas encore de réponse.',
      notStarted: 'Statut\u00a0: pas commencé.',
      inProgress: 'Statut\u00a0: en cours.',
      shipped: 'Statut\u00a0: livré.',
      stopped: 'Statut\u00a0: arrêté.',
    },
    learnedLabel: 'Ce que nous avons appris',
    nothingLearned: 'Rien n’a encore été noté sur ce qui a été appris.',
    noFocus: 'La dernière fois, le groupe n’a choisi aucun problème prioritaire.',
    heading: {
      titleAndDate: 'Suivi de «\u00a0{{title}}\u00a0», {{date}}',
      title: 'Suivi de «\u00a0{{title}}\u00a0»',
      date: 'Suivi de la session du {{date}}',
      none: 'Suivi d’une session antérieure',
    },
    lastTime: {
      movedWithTarget: 'La dernière fois, nous avons choisi {{focus}}\u00a0; l’indicateur est passé de {{baseline}} à {{now}}\u00a0; valeur cible\u00a0: {{target}}.',
      moved: 'La dernière fois, nous avons choisi {{focus}}\u00a0; l’indicateur est passé de {{baseline}} à {{now}}\u00a0; aucune valeur cible n’a été fixée.',
      nowOnlyWithTarget:
        'La dernière fois, nous avons choisi {{focus}}\u00a0; l’indicateur est maintenant à {{now}}, sans valeur de référence enregistrée\u00a0; valeur cible\u00a0: {{target}}.',
      nowOnly: 'La dernière fois, nous avons choisi {{focus}}\u00a0; l’indicateur est maintenant à {{now}}, sans valeur de référence enregistrée\u00a0; aucune valeur cible n’a été fixée.',
      baselineOnlyWithTarget:
        'La dernière fois, nous avons choisi {{focus}}\u00a0; l’indicateur était à {{baseline}}, et sa valeur actuelle n’est pas encore enregistrée\u00a0; valeur cible\u00a0: {{target}}.',
      baselineOnly:
        'La dernière fois, nous avons choisi {{focus}}\u00a0; l’indicateur était à {{baseline}}, et sa valeur actuelle n’est pas encore enregistrée\u00a0; aucune valeur cible n’a été fixée.',
      noValuesWithTarget: 'La dernière fois, nous avons choisi {{focus}}\u00a0; aucune valeur de l’indicateur n’est encore enregistrée\u00a0; valeur cible\u00a0: {{target}}.',
      noValues: 'La dernière fois, nous avons choisi {{focus}}\u00a0; aucune valeur de l’indicateur n’est encore enregistrée\u00a0; aucune valeur cible n’a été fixée.',
    },
  },
  comparison: {
    sealed: {
      current:
        'Les notes de cette session restent masquées jusqu’à leur révélation\u00a0: la comparaison ne montre donc encore ni positions, ni quadrants, ni rangs. Quand chacun a eu son tour, cliquez sur «\u00a0Révéler toutes les notes\u00a0» dans Évaluer.',
      earlier:
        'La session antérieure a été enregistrée avant la révélation de ses notes\u00a0: la comparaison n’en montre donc ni positions, ni quadrants, ni rangs. Ouvrez cette session, cliquez sur «\u00a0Révéler toutes les notes\u00a0» dans Évaluer et enregistrez-la, puis comparez à nouveau.',
      both: 'Les notes d’aucune des deux sessions ne sont révélées\u00a0: la comparaison ne montre ni positions, ni quadrants, ni rangs. Révélez les notes de cette session dans Évaluer\u00a0; ouvrez la session antérieure, révélez ses notes et enregistrez-la\u00a0; puis comparez à nouveau.',
    },
    refused: {
      single: 'Ces paires ne peuvent pas être comparées\u00a0: {{problem}}.',
      several: 'Ces paires ne peuvent pas être comparées, pour {{number}} raisons\u00a0: {{problems}}.',
      severalAndMore_one: 'Ces paires ne peuvent pas être comparées, pour {{number}} raisons\u00a0: {{problems}}\u00a0; et {{count}} autre.',
      severalAndMore_other: 'Ces paires ne peuvent pas être comparées, pour {{number}} raisons\u00a0: {{problems}}\u00a0; et {{count}} autres.',
    },
    problem: {
      noEarlierCandidate: 'la session antérieure n’a aucun candidat avec l’identifiant «\u00a0{{id}}\u00a0»',
      noCurrentCandidate: 'cette session n’a aucun candidat avec l’identifiant «\u00a0{{id}}\u00a0»',
      earlierPairedTwice: '{{candidate}} de la session antérieure est associé à {{number}} candidats ({{partners}})\u00a0; il ne peut l’être qu’à un seul',
      currentPairedTwice: '{{candidate}} de cette session est associé à {{number}} candidats antérieurs ({{partners}})\u00a0; il ne peut l’être qu’à un seul',
    },
    words: {
      noChange: 'Aucun changement',
      new: 'Nouveau depuis',
      dropped: 'Retiré depuis',
      sealed: 'Non comparé tant que les notes sont masquées',
    },
    reasons: {
      scores: 'Notes modifiées',
      weights: 'Pondérations ou critères modifiés',
      thresholds: 'Seuils déplacés',
      thresholdsOnly: 'Seuils déplacés (pas le point)',
      placed: 'Placé manuellement',
      placedElsewhere: 'Placé manuellement ailleurs',
      noLongerPlaced: 'Plus placé manuellement',
      setAside: 'Jugé mieux sans ML',
      backAmongMl: 'De retour parmi les candidats ML',
      votes: 'Voix modifiées',
      others: 'Autres candidats déplacés, arrivés ou partis',
    },
    since: {
      titleAndDate: 'Depuis «\u00a0{{title}}\u00a0», {{date}}',
      title: 'Depuis «\u00a0{{title}}\u00a0»',
      date: 'Depuis la session du {{date}}',
      none: 'Depuis la session antérieure',
    },
    legendMoved: {
      titleAndDate: 'Flèche partant de □\u00a0: déplacé depuis «\u00a0{{title}}\u00a0», {{date}}',
      title: 'Flèche partant de □\u00a0: déplacé depuis «\u00a0{{title}}\u00a0»',
      date: 'Flèche partant de □\u00a0: déplacé depuis la session du {{date}}',
      none: 'Flèche partant de □\u00a0: déplacé depuis la session antérieure',
    },
    legendAdded: {
      titleAndDate: 'Cerclé\u00a0: nouveau depuis «\u00a0{{title}}\u00a0», {{date}}',
      title: 'Cerclé\u00a0: nouveau depuis «\u00a0{{title}}\u00a0»',
      date: 'Cerclé\u00a0: nouveau depuis la session du {{date}}',
      none: 'Cerclé\u00a0: nouveau depuis la session antérieure',
    },
    criterion: {
      addedImpact: '{{name}} ajouté (impact, pondération {{weight}})',
      addedComplexity: '{{name}} ajouté (complexité, pondération {{weight}})',
      removedImpact: '{{name}} supprimé (auparavant impact, pondération {{weight}})',
      removedComplexity: '{{name}} supprimé (auparavant complexité, pondération {{weight}})',
      movedToImpact: '{{name}} déplacé de la complexité vers l’impact (pondération {{before}} → {{after}})',
      movedToComplexity: '{{name}} déplacé de l’impact vers la complexité (pondération {{before}} → {{after}})',
      reweighted: '{{name}}\u00a0: pondération {{before}} → {{after}}',
    },
    thresholdsMoved: 'Seuils déplacés\u00a0: {{impactAxis}} {{impactBefore}} → {{impactAfter}}, {{complexityAxis}} {{complexityBefore}} → {{complexityAfter}}.',
    criteriaChanged: 'Critères modifiés\u00a0: {{changes}}.',
    rescaled: 'La session antérieure était notée sur 1–{{scale}}\u00a0; ses valeurs sont affichées sur l’échelle de cette session.',
    summary_one:
      '{{count}} candidat comparé\u00a0: {{quadrant}} avec changement de quadrant, {{otherwise}} avec changement de rang ou de position seulement, {{unchanged}} sans changement\u00a0; nouveaux\u00a0: {{added}}, retirés\u00a0: {{dropped}}.',
    summary_other:
      '{{count}} candidats comparés\u00a0: {{quadrant}} avec changement de quadrant, {{otherwise}} avec changement de rang ou de position seulement, {{unchanged}} sans changement\u00a0; nouveaux\u00a0: {{added}}, retirés\u00a0: {{dropped}}.',
    counts: 'Paires\u00a0: {{pairs}} · nouveaux\u00a0: {{added}} · retirés\u00a0: {{dropped}}',
    countsNamed: 'Paires\u00a0: {{pairs}} · nouveaux\u00a0: {{added}} · retirés\u00a0: {{dropped}} — {{names}}',
  },
  scoresToGo_one: 'Encore {{count}} note à donner',
  scoresToGo_other: 'Encore {{count}} notes à donner',
  allScoresGiven: 'Toutes les notes sont données',
} as const satisfies TranslationOf<typeof english>;
