import { useTranslation } from 'react-i18next';

/** The few bits of Markdown most descriptions need. */
export function MarkdownHelp() {
  const { t } = useTranslation('ideas', { keyPrefix: 'markdown' });
  return (
    <>
      <p className="govuk-body">{t('intro')}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          <code>**{t('bold')}**</code> – {t('boldMeans')}
        </li>
        <li>
          <code>- {t('item')}</code> – {t('listMeans')}
        </li>
        <li>
          <code>[{t('linkText')}](https://…)</code> – {t('linkMeans')}
        </li>
        <li>{t('blankLine')}</li>
      </ul>
    </>
  );
}
