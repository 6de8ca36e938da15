// Everything that leaves the room: the backlog as CSV (and back in), the decision record
// (Markdown and print-ready HTML) and the session carried inside a PNG chart image.
export * from './labels';
export * from './csv-export';
export * from './csv-headers';
export * from './import-columns';
export * from './csv-dates';
export * from './csv-parse';
export * from './csv-import';
export * from './csv-readiness';
export * from './comparison-export';
export * from './decision-record';
export * from './decision-record-markdown';
export * from './decision-record-html';
export * from './png-session';
export * from './markdown-text';
export * from './ml-brief';
export * from './ml-brief-markdown';
export * from './ml-brief-html';
export * from './print-html';
