import type { TranslationOf } from '../../catalogue';
import type { starter as english } from '../en/starter';

export const starter = {
  criteria: {
    value: {
      name: 'Valeur métier / ROI',
      description: 'Argent gagné ou économisé, ou risque écarté, si cela fonctionne. 1 = marginal, 5 = fait bouger un chiffre que suit la direction.',
    },
    reach: {
      name: 'Portée de l’indicateur clé',
      description: 'Combien de clients, de commandes ou de collègues l’indicateur clé concerne. 1 = une niche, 5 = presque tout le monde.',
    },
    urgency: {
      name: 'Urgence',
      description: 'Ce que coûte un trimestre d’attente de plus. 1 = cela peut attendre, 5 = cela fait mal dès aujourd’hui.',
    },
    data: {
      name: 'Préparation des données',
      description: 'Le travail nécessaire avant qu’un modèle puisse apprendre des données. 1 = un historique propre et étiqueté à portée de main, 5 = les données ne sont pas encore collectées.',
    },
    difficulty: {
      name: 'Difficulté technique',
      description: 'La difficulté du problème de modélisation. 1 = une recette bien connue, 5 = de la recherche ouverte.',
    },
    production: {
      name: 'Effort de mise en production',
      description:
        'Infrastructure, passage à l’échelle, disponibilité, sécurité des données, intégration et reproductibilité nécessaires pour le faire tourner pour de bon. 1 = un fichier batch chaque nuit, 5 = temps réel, toujours disponible, audité.',
    },
    knowhow: {
      name: 'Manque de savoir-faire',
      description: 'Ce que l’équipe devrait apprendre ou recruter. 1 = déjà fait, 5 = personne ici ne l’a fait.',
    },
  },
  readinessItems: {
    'data-available': { name: 'Données disponibles', question: 'Les données dont le modèle a besoin sont-elles collectées et accessibles aujourd’hui\u00a0?' },
    'data-quality': { name: 'Qualité des données et étiquettes', question: 'Les données sont-elles assez propres, et y a-t-il des résultats étiquetés dont apprendre\u00a0?' },
    'access-rights': { name: 'Droits d’accès et données personnelles', question: 'Pouvons-nous utiliser ces données à cette fin, données personnelles comprises\u00a0?' },
    infrastructure: { name: 'Infrastructure', question: 'Batch ou temps réel, et où cela tournera-t-il\u00a0?' },
    scaling: { name: 'Passage à l’échelle', question: 'Peut-il absorber les volumes\u00a0: enregistrements, requêtes par seconde, croissance\u00a0?' },
    availability: { name: 'Disponibilité', question: 'Que devient le processus métier quand le modèle est indisponible\u00a0?' },
    security: { name: 'Sécurité et conformité', question: 'Quels contrôles de sécurité et quelles réglementations s’appliquent, et pouvons-nous les respecter\u00a0?' },
    compatibility: { name: 'Compatibilité', question: 'À quels systèmes doit-il se brancher, et peuvent-ils recevoir ses résultats\u00a0?' },
    reproducibility: { name: 'Reproductibilité', question: 'Les données, le code et les modèles sont-ils versionnés, et le réentraînement est-il reproductible\u00a0?' },
    monitoring: { name: 'Surveillance', question: 'Comment saurons-nous que le modèle se dégrade\u00a0?' },
    'know-how': { name: 'Savoir-faire de l’équipe', question: 'L’équipe a-t-elle déjà construit et fait tourner quelque chose de semblable\u00a0?' },
  },
  axisLabels: {
    impact: 'Impact',
    complexity: 'Complexité',
  },
  quadrantNames: {
    'quick-wins': 'Gains rapides',
    'big-bets': 'Paris stratégiques',
    'fill-ins': 'Bouche-trous',
    'money-pits': 'Gouffres financiers',
  },
} as const satisfies TranslationOf<typeof english>;
