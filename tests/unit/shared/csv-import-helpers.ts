// What the CSV import tests share: ids made in order, and a table that must parse.
import { isTableError, parseCandidateTable, type ParsedTable } from '../../../shared';

/** Ids "prefix-1", "prefix-2"… in the order they are asked for. */
export function idMaker(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}-${(n += 1)}`;
}

/** The text read as a candidate table; a text that does not parse fails the test with the import's message. */
export function table(text: string): ParsedTable {
  const result = parseCandidateTable(text, 'en');
  if (isTableError(result)) throw new Error(result.message);
  return result;
}
