import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Table } from '../components/govuk/table';
import { AuditLogDocument } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';

/** The latest admin and moderation actions: who did what, when and why. */
export function AuditLogSection() {
  const { t } = useTranslation('admin', { keyPrefix: 'audit' });
  const { t: tCommon } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const format = useFormat();
  const { data, error } = useQuery(AuditLogDocument, { fetchPolicy: 'cache-and-network' });
  if (error) return <p className="govuk-body">{tErrors('somethingWentWrong')}</p>;
  if (!data) return <p className="govuk-body">{tCommon('loading')}</p>;
  if (data.auditLog.length === 0)
    return (
      <>
        <h2 className="govuk-heading-l">{t('caption')}</h2>
        <p className="govuk-body">{t('none')}</p>
      </>
    );
  return (
    <Table
      caption={t('caption')}
      captionSize="l"
      columns={[{ header: t('when') }, { header: t('who') }, { header: t('what') }, { header: t('reason') }]}
      rows={data.auditLog.map((entry) => ({
        key: entry.id,
        cells: [format.dateTime(entry.at), entry.actor?.displayName ?? t('system'), `${entry.kind}: ${entry.action}`, entry.reason ?? '–'],
      }))}
    />
  );
}
