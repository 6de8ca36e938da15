// The fields namespace in English: the source every other language translates (shared/i18n/catalogue.ts).
// A candidate's fields as people read them: each field's name, the details form's own wording
// and hints, the words of the choices, the readiness answers and the participants' backgrounds.
// The fields' names and the statuses' words are field-names.ts' own in each language (the names
// and words an import reads): each catalogue takes them from there, so the two never differ.
import { FIELD_NAMES, VALUE_WORDS } from '../../../session/field-names';
import type { CandidateStatus } from '../../../session/schema';
import type { Language } from '../../languages';

type FieldLabels<L extends Language> = { readonly [Key in keyof typeof FIELD_NAMES]: (typeof FIELD_NAMES)[Key][L]['label'] };
type StatusLabels<L extends Language> = { readonly [Status in CandidateStatus]: (typeof VALUE_WORDS.status)[Status][L][0] };

/** Every field's name in `language`: its label in FIELD_NAMES. */
export function fieldLabelsIn<L extends Language>(language: L): FieldLabels<L> {
  return Object.fromEntries(Object.entries(FIELD_NAMES).map(([key, names]) => [key, names[language].label])) as FieldLabels<L>;
}

/** Every status's word in `language`: its first word in VALUE_WORDS, the one an import reads first. */
export function statusLabelsIn<L extends Language>(language: L): StatusLabels<L> {
  return Object.fromEntries(Object.entries(VALUE_WORDS.status).map(([status, words]) => [status, words[language][0]])) as StatusLabels<L>;
}

export const fields = {
  /** A field's name: a table's column, a card's line, the import's preview. */
  labels: fieldLabelsIn('en'),
  /** The details form's wording, for the fields where it says more than the name. */
  formLabels: {
    baseline: 'Current baseline',
    measurement: 'How the key metric is measured',
    nonMlAlternative: 'Non-ML alternative (SQL, rules, a report)',
    betterWithoutMl: 'A simpler approach without ML does the job',
  },
  /** What the form says under an empty field: why it matters. */
  hints: {
    keyMetric: 'Needed: the business metric this would move.',
  },
  status: statusLabelsIn('en'),
  /** The choices of "Data available" in the details form and the ML brief. */
  dataAvailability: {
    unknown: 'Not known yet',
    yes: 'Yes',
    partly: 'Partly',
    no: 'No',
  },
  /** A readiness item's answer: the checklist's buttons, the decision record, the brief. */
  readinessAnswers: {
    ready: 'Ready',
    partly: 'Partly',
    missing: 'Missing',
    unknown: 'Unknown',
  },
  /** A participant's background, as the exports name it. */
  backgrounds: {
    business: 'Business',
    technical: 'Technical',
    domain: 'Domain',
    data: 'Data',
  },
} as const;
