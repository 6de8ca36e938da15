// Run before every unit test file. A focus hand-off still waiting when a view's test ends would
// try again after the test's document is gone (focus-hand-off.ts retries for up to 1.5 s), and
// fail there as an unhandled error of some later test: each test drops it as it ends.
import { afterEach } from 'vitest';
import { dropFocusHandOff } from '../../renderer/src/focus-hand-off';

afterEach(() => dropFocusHandOff());
