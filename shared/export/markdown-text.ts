// Markdown for what leaves the room (the decision record, the ML brief): every piece of user
// text is escaped so it reads as typed: it cannot open a heading, a link, raw HTML or a new
// table cell.

/** Escapes inline Markdown: the result reads as the text itself, on one line. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]{}<>|~#!]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .trim();
}

/** A table cell: inline-escaped (pipes included), line breaks as spaces, never empty. */
export function escapeMarkdownCell(text: string): string {
  const escaped = escapeMarkdownInline(text);
  return escaped === '' ? ' ' : escaped;
}

/** Escapes what would start a list item, a rule or a setext heading at the start of a line. */
function escapeLineStart(line: string): string {
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A block of user text (several lines): each line escaped; a line that would start a
 * heading, quote, list, rule or code block is escaped at its start; line breaks are kept as
 * hard breaks and blank lines as paragraph breaks.
 */
export function escapeMarkdownBlock(text: string): string {
  const paragraphs = text.trim().split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/);
  return paragraphs
    .map((paragraph) =>
      paragraph
        .split(/\r\n|\r|\n/)
        .map((line) => escapeLineStart(escapeMarkdownInline(line)))
        .filter((line) => line !== '')
        .join('  \n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A link destination that survives spaces and parentheses in a file name. */
export function linkDestination(fileName: string): string {
  return encodeURI(fileName).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
