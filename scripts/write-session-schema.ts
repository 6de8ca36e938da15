// Regenerates shared/session.schema.json; a unit test fails while the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sessionJsonSchemaText } from '../shared/session/json-schema';

const target = fileURLToPath(new URL('../shared/session.schema.json', import.meta.url));
const text = sessionJsonSchemaText();
let previous: string | null = null;
try {
  previous = readFileSync(target, 'utf8');
} catch {
  // First run: nothing to compare with.
}
if (previous === text) {
  console.log('shared/session.schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log('wrote shared/session.schema.json');
}
