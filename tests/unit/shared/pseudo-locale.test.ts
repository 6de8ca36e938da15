import { afterEach, describe, expect, it } from 'vitest';
import { disguise } from '../../../shared/i18n/pseudo';
import { disguiseTexts, textsIn } from '../../../shared/i18n/texts';

afterEach(() => disguiseTexts(false));

describe('the pseudo-locale', () => {
  it('disguises every plain letter and leaves digits, punctuation and spaces', () => {
    expect(disguise('Save As… (2 of 3)')).toBe('Šàṽé Àš… (2 ôƒ 3)');
    expect(disguise('ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz')).not.toMatch(/[A-Za-z]/u);
  });

  it('leaves the tags <Trans> fills in as they are', () => {
    expect(disguise('Press <kbd>Enter</kbd> or <1>Add</1>')).toBe('Þŕéšš <kbd>Éñţéŕ</kbd> ôŕ <1>Àďď</1>');
  });

  it('disguises every text of the catalogues while it is on, values filled in first', () => {
    const t = textsIn('en');
    disguiseTexts(true);
    expect(t('common:documentBar.save')).toBe('Šàṽé');
    expect(t('menu:view.languageSystem', { language: 'Deutsch' })).toBe('Šýšţéɱ Ĺàñĝûàĝé (Ďéûţšçĥ)');
    disguiseTexts(false);
    expect(t('common:documentBar.save')).toBe('Save');
  });
});
