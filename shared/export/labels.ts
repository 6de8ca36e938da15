// Words for the session's enum values as people read them (the checklist, the decision record,
// the ML brief), in the `fields` catalogue. A candidate's choices (status, data available) have
// theirs in candidate-fields.ts (statusLabel, dataAvailabilityLabel).
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Background, ReadinessAnswer } from '../session/schema';

/** A participant's background as the exports name it ("Business", "Fachbereich"). */
export function backgroundLabel(background: Background, language: Language): string {
  return textsIn(language)(`fields:backgrounds.${background}`);
}

/** A readiness answer as the checklist, the decision record and the brief say it ("Ready", "Bereit"). */
export function readinessAnswerLabel(answer: ReadinessAnswer, language: Language): string {
  return textsIn(language)(`fields:readinessAnswers.${answer}`);
}
