import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Table } from '../components/govuk/table';
import { AuditLogDocument, type AuditLogQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { useSession } from '../session/session-context';

type AuditEntry = AuditLogQuery['auditLog'][number];

/** Where the thing an entry is about can be seen, when it has a page of its own. */
const TARGET_PATHS: Record<string, string> = { IDEA: 'ideas', MEMBER: 'people', CHALLENGE: 'challenges' };

const ROLE_CHANGE = /^Role changed from (\w+) to (\w+)$/;
const SETTINGS_CHANGE = /^Changed: (.+)$/;

/** What only the platform operator does to an instance. */
const OPERATOR_ACTIONS = new Set(['SUSPEND_INSTANCE', 'REACTIVATE_INSTANCE']);

/** The latest admin and moderation actions: who did what, when and why. */
export function AuditLogSection() {
  const { t, i18n } = useTranslation('admin', { keyPrefix: 'audit' });
  const { t: tMembers } = useTranslation('admin', { keyPrefix: 'members' });
  const { t: tSettings } = useTranslation('admin', { keyPrefix: 'settings' });
  const { slug } = useSession();
  const format = useFormat();
  const { data, error } = useQuery(AuditLogDocument, { fetchPolicy: 'cache-and-network' });

  const who = (entry: AuditEntry) => entry.actor?.displayName ?? (OPERATOR_ACTIONS.has(entry.action) ? t('operator') : t('system'));
  const what = (entry: AuditEntry): ReactNode => {
    const key = `${entry.action}_${entry.kind}`;
    // An action this page does not know yet still shows, in the API's own words.
    const text =
      entry.targetName && i18n.exists(`admin:audit.named.${key}`)
        ? t(`named.${key}` as 'named.HIDE_IDEA', { name: entry.targetName })
        : i18n.exists(`admin:audit.actions.${key}`)
          ? t(`actions.${key}` as 'actions.HIDE_IDEA')
          : `${entry.kind}: ${entry.action}`;
    const path = TARGET_PATHS[entry.kind];
    return path && entry.targetId ? (
      <Link className="govuk-link" to={`/${slug}/${path}/${entry.targetId}`}>
        {text}
      </Link>
    ) : (
      text
    );
  };
  // The API records these two reasons in fixed English forms; they are reworded here in the reader's language.
  const why = (entry: AuditEntry): string => {
    if (!entry.reason) return '–';
    const role = entry.action === 'SET_ROLE' ? ROLE_CHANGE.exec(entry.reason) : null;
    if (role) return t('roleChange', { from: roleName(role[1]), to: roleName(role[2]) });
    const settings = entry.action === 'UPDATE_SETTINGS' ? SETTINGS_CHANGE.exec(entry.reason) : null;
    if (settings) return t('settingsChange', { fields: settings[1].split(', ').map(settingName).join(', ') });
    return entry.reason;
  };
  const roleName = (role: string) => (i18n.exists(`admin:members.roles.${role}`) ? tMembers(`roles.${role}` as 'roles.ADMIN') : role);
  const settingName = (field: string) =>
    i18n.exists(`admin:settings.fields.${field}.label`) ? tSettings(`fields.${field}.label` as 'fields.name.label') : field;
  return (
    <PageState data={data} error={error}>
      {({ auditLog }) =>
        auditLog.length === 0 ? (
          <>
            <h2 className="govuk-heading-l">{t('caption')}</h2>
            <p className="govuk-body">{t('none')}</p>
          </>
        ) : (
          <Table
            caption={t('caption')}
            captionSize="l"
            columns={[{ header: t('when') }, { header: t('who') }, { header: t('what') }, { header: t('reason') }]}
            rows={auditLog.map((entry) => ({
              key: entry.id,
              cells: [format.dateTime(entry.at), who(entry), what(entry), why(entry)],
            }))}
          />
        )
      }
    </PageState>
  );
}
