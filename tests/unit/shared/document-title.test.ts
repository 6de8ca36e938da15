// The window's title and the name of a session without a file (shared/document-title.ts).
import { describe, expect, it } from 'vitest';
import { formatWindowTitle, untitled } from '../../../shared/document-title';

describe('the window title', () => {
  it('names the file, marks unsaved changes, and ends with the app’s name', () => {
    expect(formatWindowTitle('plan.pickwise', false, 'en')).toBe('plan.pickwise — Pickwise');
    expect(formatWindowTitle('plan.pickwise', true, 'de')).toBe('● plan.pickwise — Pickwise');
  });

  it('calls a session without a file Untitled, in the interface’s language', () => {
    expect(formatWindowTitle(null, false, 'en')).toBe('Untitled — Pickwise');
    expect(formatWindowTitle(null, true, 'fr')).toBe('● Sans titre — Pickwise');
    expect(untitled('de')).toBe('Unbenannt');
  });
});
