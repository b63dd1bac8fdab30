import { useTranslation } from 'react-i18next';
import { Details } from '../components/govuk/details';
import type { IdeaDetailsQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';

type IdeaEdits = NonNullable<IdeaDetailsQuery['idea']>['edits'];

/** What the idea said before each of its author's edits, newest edit first. */
export function IdeaEditHistory({ edits }: { edits: IdeaEdits }) {
  const { t } = useTranslation('ideas', { keyPrefix: 'history' });
  const format = useFormat();
  if (edits.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="govuk-!-margin-bottom-8" id="edit-history">
      <h2 className="govuk-heading-m" id="history-heading">
        {t('heading')}
      </h2>
      <p className="govuk-body">{t('intro', { count: edits.length })}</p>
      {[...edits].reverse().map((edit) => (
        <Details key={edit.editedAt} summary={t('before', { date: format.dateTime(edit.editedAt) })}>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('title')}</dt>
              <dd className="govuk-summary-list__value">{edit.previousTitle}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('tags')}</dt>
              <dd className="govuk-summary-list__value">{edit.previousTags.length > 0 ? edit.previousTags.join(', ') : t('noTags')}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('description')}</dt>
              <dd className="govuk-summary-list__value app-preformatted">{edit.previousDescription}</dd>
            </div>
          </dl>
        </Details>
      ))}
    </section>
  );
}
