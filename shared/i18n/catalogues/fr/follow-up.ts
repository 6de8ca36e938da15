import type { TranslationOf } from '../../catalogue';
import type { followUp as english } from '../en/follow-up';

export const followUp = {
  dialog: {
    title: 'Le problème prioritaire de la dernière fois',
    intro: '{{heading}}. Avant que le groupe note à nouveau : qu’est devenu le problème prioritaire choisi alors ? Passez pour répondre plus tard, dans Cadrer.',
    skip: 'Passer',
    save: 'Enregistrer les réponses',
  },
  panel: {
    introFromFile: '{{lastTime}} Fichier : « {{fileName}} ».',
    introUnsaved: '{{lastTime}} La session précédente n’a jamais été enregistrée dans un fichier.',
  },
  outcomeFields: {
    question: 'Qu’est devenu « {{title}} » ?',
    metricNow: '{{metric}} aujourd’hui',
    keyMetricNow: 'L’indicateur clé aujourd’hui',
    metricPlaceholder: 'Valeur mesurée aujourd’hui',
    setLastTime: 'Fixé la dernière fois',
    baseline: 'Valeur de référence',
    target: 'Valeur cible',
    notRecorded: 'non renseignée',
    noneSet: 'aucune fixée',
  },
} as const satisfies TranslationOf<typeof english>;
