import type { TranslationOf } from '../../catalogue';
import type { followUp as english } from '../en/follow-up';

export const followUp = {
  dialog: {
    title: 'Der Fokus vom letzten Mal',
    intro: '{{heading}}. Bevor die Runde erneut bewertet: Was ist aus dem Fokus geworden, den sie damals gewählt hat? Überspringen Sie die Fragen, um später unter „Rahmen“ zu antworten.',
    skip: 'Überspringen',
    save: 'Antworten speichern',
  },
  panel: {
    introFromFile: '{{lastTime}} Aus „{{fileName}}“.',
    introUnsaved: '{{lastTime}} Die frühere Sitzung wurde nie in einer Datei gespeichert.',
  },
  outcomeFields: {
    question: 'Was ist aus „{{title}}“ geworden?',
    metricNow: '{{metric}} jetzt',
    keyMetricNow: 'Die Kennzahl jetzt',
    metricPlaceholder: 'Heute gemessen',
    setLastTime: 'Beim letzten Mal festgelegt',
    baseline: 'Ausgangswert',
    target: 'Zielwert',
    notRecorded: 'nicht erfasst',
    noneSet: 'keiner festgelegt',
  },
} as const satisfies TranslationOf<typeof english>;
