import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, updateSettings, type Language } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { editSession, useSessionStore } from '../../store/session-store';

/**
 * The language the session's exports are written in, chosen once per session. Until it is
 * chosen (a file from before sessions kept one) the exports follow the interface's language,
 * so that is the one shown. Choosing is an edit of the session like any other: undone by Undo,
 * saved in the file.
 */
export function ExportLanguageField() {
  const { t } = useTranslation('share');
  const interfaceLanguage = useLanguage();
  const chosen = useSessionStore((state) => state.session.settings.language);
  const id = useId();
  const choose = (language: Language) => editSession((session) => updateSettings(session, { language }));
  return (
    <div className="field export-language">
      <label className="field-label" htmlFor={id}>
        {t('shareView.exportLanguage.label')}
      </label>
      <select id={id} value={chosen ?? interfaceLanguage} aria-describedby={`${id}-hint`} onChange={(event) => choose(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          // Each by its own name, in its own language for a screen reader too.
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <span className="field-hint" id={`${id}-hint`}>
        {t('shareView.exportLanguage.hint')}
      </span>
    </div>
  );
}
