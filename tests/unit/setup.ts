// Run before every unit test file. The catalogues of all five languages are loaded. A focus hand-off still waiting when a view's test ends would
// try again after the test's document is gone (focus-hand-off.ts retries for up to 1.5 s), and
// fail there as an unhandled error of some later test: each test drops it as it ends.
import { afterEach, beforeAll } from 'vitest';
import { dropFocusHandOff } from '../../renderer/src/focus-hand-off';
import { LANGUAGES } from '../../shared/i18n/languages';
import { loadLanguage } from '../../shared/i18n/texts';

// Every language's catalogue, as the app loads one when it is chosen: tests speak all five.
beforeAll(async () => {
  await Promise.all(LANGUAGES.map(loadLanguage));
});

afterEach(() => dropFocusHandOff());
