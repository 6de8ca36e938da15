import type { TranslationOf } from '../../catalogue';
import type { compare as english } from '../en/compare';

export const compare = {
  cancel: 'Abbrechen',
  reviewDialog: {
    title: 'Mit „{{fileName}}“ vergleichen',
    startAgain: 'Neu mit den Paaren von Pickwise beginnen',
    intro: '„{{fileName}}“ ist die frühere Sitzung; gespeichert wird weiterhin die hier geöffnete Sitzung. Pickwise hat zuerst Kandidaten verbunden, die derselbe Kandidat sind (eine Kopie oder Folgesitzung behält sie bei), dann die mit demselben Titel. Trennen Sie Paare, die nicht dasselbe Problem sind, und verbinden Sie einen früheren Kandidaten mit dem, zu dem er geworden ist.',
    pairs: 'Paare ({{number}})',
    noPairs: 'Keine Paare: Jeder frühere Kandidat gilt als weggefallen, jeder Kandidat hier als neu.',
    basis: {
      id: 'Derselbe Kandidat',
      title: 'Gleicher Titel',
      facilitator: 'Von Ihnen verbunden',
    },
    unpair: 'Trennen',
    unpairLabel: '{{earlier}} und {{current}} trennen',
    clashes: 'Titel, die mehrere Kandidaten tragen',
    clashesNote: 'Pickwise rät nicht, welcher welcher ist: Verbinden Sie diese selbst.',
    clash: 'Früher: {{earlier}}. Hier: {{current}}.',
    dropped: 'Nur in der früheren Sitzung: weggefallen ({{number}})',
    added: 'Nur in dieser Sitzung: neu ({{number}})',
    compare: 'Vergleichen',
    pairWith: '{{candidate}} verbinden mit',
    staysDropped: 'Bleibt weggefallen',
    pair: 'Verbinden',
  },
  comparisonPanel: {
    reviewPairs: 'Paare prüfen…',
    end: 'Vergleich beenden',
    introFollowUp: 'Diese Sitzung ist die Folgesitzung von „{{fileName}}“ und wird deshalb damit verglichen. Jene Sitzung wird nur gelesen: Nichts davon gelangt in die Datei dieser Sitzung.',
    intro: 'Verglichen mit „{{fileName}}“, das nur gelesen wird: Nichts davon gelangt in die Datei dieser Sitzung.',
    refused: '{{message}} Prüfen Sie die Paare, um fortzufahren.',
    table: 'Was sich seit der früheren Sitzung bewegt hat',
    candidate: 'Kandidat',
    quadrant: 'Quadrant',
    rank: 'Rang',
    why: 'Warum',
    new: 'Neu',
    dropped: 'Weggefallen',
    renamedFrom: 'vorher „{{title}}“',
  },
} as const satisfies TranslationOf<typeof english>;
