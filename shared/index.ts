// The pure core shared by main and renderer: the session model, its file format and the
// workshop's rules. No DOM, no Node built-ins, no Electron.
export * from './session/schema';
export * from './session/edits';
export * from './session/candidate-fields';
export * from './session/cell-words';
export * from './session/field-names';
export * from './i18n/languages';
export * from './i18n/sentence';
export * from './i18n/numbers';
export * from './i18n/dates';
export * from './session/participant-edits';
export * from './session/scoring-edits';
export * from './session/decision-edits';
export * from './session/readiness-edits';
export * from './session/merge';
export * from './session/merge-backlog';
export * from './session/follow-up';
export * from './document-title';
export * from './session/errors';
export * from './session/parse';
export { checkSession } from './session/check';
export * from './session/migrations';
export * from './session/serialize';
export * from './session/defaults';
export * from './session/sample-session';
export * from './session/json-schema';
export * from './workshop';
export * from './export';
