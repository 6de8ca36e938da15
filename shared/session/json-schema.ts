import { z } from 'zod';
import { sessionFileSchema } from './score-table';

/** An identifier only: nothing ever fetches it, and the app makes no network requests. */
export const SESSION_SCHEMA_ID = 'https://pickwise.app/session.schema.json';

/**
 * The JSON Schema of the session file, generated from the schema the app validates with, with
 * the scores in the tables the file holds them in (score-table.ts).
 */
function sessionJsonSchema(): Record<string, unknown> {
  // Stryker disable next-line ObjectLiteral: draft 2020-12 is also zod's default target; the option only says so.
  const { $schema, ...rest } = z.toJSONSchema(sessionFileSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: SESSION_SCHEMA_ID,
    title: 'Pickwise session',
    description:
      'A Pickwise workshop session (.pickwise). Generated from shared/session/schema.ts by `npm run schema`; do not edit by hand.',
    ...rest,
  };
}

export function sessionJsonSchemaText(): string {
  return `${JSON.stringify(sessionJsonSchema(), null, 2)}\n`;
}
