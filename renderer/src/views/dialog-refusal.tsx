import { useTranslation } from '../i18n';

/** What an export dialog shows instead of its controls when the export cannot be made: why, and Close. */
export function DialogRefusal({ message, testId, onClose }: { message: string; testId: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="dialog-note" data-testid={testId}>
        {message}
      </p>
      <div className="dialog-buttons">
        <button type="button" data-autofocus onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </>
  );
}
