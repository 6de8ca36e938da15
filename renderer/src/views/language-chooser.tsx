import { LANGUAGE_CHOICES, LANGUAGE_NAMES, type LanguageChoice } from '../../../shared/i18n/languages';
import { useTranslation } from '../i18n';
import { chooseInterfaceLanguage, useInterfaceLanguage } from '../interface-language';

/**
 * The interface's language: the system's (named, so the room sees what that means) or one of
 * the five, each by its own name so a reader finds theirs whatever the screen speaks now.
 */
export function LanguageChooser() {
  const { t } = useTranslation();
  const choice = useInterfaceLanguage((state) => state.choice);
  const systemLanguage = useInterfaceLanguage((state) => state.systemLanguage);
  return (
    <label className="language-chooser" title={t('documentBar.languageHint')}>
      <span className="visually-hidden">{t('documentBar.language')}</span>
      <select value={choice} onChange={(event) => void chooseInterfaceLanguage(event.target.value as LanguageChoice)}>
        {LANGUAGE_CHOICES.map((option) => (
          <option key={option} value={option}>
            {option === 'system' ? t('documentBar.languageSystem', { language: LANGUAGE_NAMES[systemLanguage] }) : LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
