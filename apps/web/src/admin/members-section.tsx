import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import { TextInput } from '../components/govuk/text-input';
import {
  AdminMembersDocument,
  SetMemberRoleDocument,
  SuspendMemberDocument,
  type AdminMembersQuery,
  type Role,
} from '../generated/graphql';
import { useSession } from '../session/session-context';

const ROLES: readonly Role[] = ['MEMBER', 'MODERATOR', 'BOARD', 'ADMIN'];
type Member = AdminMembersQuery['members'][number];

/** One member's role picker and suspend or restore button; an admin cannot act on themself. */
function MemberActions({ member, self, onDone }: { member: Member; self: boolean; onDone(message: string): void }) {
  const { t } = useTranslation('admin', { keyPrefix: 'members' });
  const [role, setRole] = useState<Role>(member.role);
  const [changeRole, changing] = useMutation(SetMemberRoleDocument, { refetchQueries: ['AuditLog'] });
  const [suspend, suspending] = useMutation(SuspendMemberDocument, { refetchQueries: ['AuditLog'] });
  if (self) return <>{t('you')}</>;
  const selectId = `role-${member.id}`;

  const submitRole = async (event: FormEvent) => {
    event.preventDefault();
    await changeRole({ variables: { memberId: member.id, role } });
    onDone(t('roleChanged', { name: member.displayName, role: t(`roles.${role}`) }));
  };
  const toggle = async () => {
    await suspend({ variables: { memberId: member.id, suspended: !member.suspended } });
    onDone(t(member.suspended ? 'restoredMessage' : 'suspendedMessage', { name: member.displayName }));
  };

  return (
    <div className="app-member-actions">
      <form onSubmit={(event) => void submitRole(event)} className="app-member-actions__role">
        <label className="govuk-visually-hidden" htmlFor={selectId}>
          {t('roleFor', { name: member.displayName })}
        </label>
        <select className="govuk-select" id={selectId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option value={option} key={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>{' '}
        <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={changing.loading || role === member.role}>
          {t('changeRole')}
          <span className="govuk-visually-hidden"> {t('changeRoleFor', { name: member.displayName })}</span>
        </Button>
      </form>
      <Button
        type="button"
        variant={member.suspended ? 'secondary' : 'warning'}
        className="govuk-!-margin-bottom-0"
        disabled={suspending.loading}
        onClick={() => void toggle()}
        aria-label={t(member.suspended ? 'restoreName' : 'suspendName', { name: member.displayName })}
      >
        {member.suspended ? t('restore') : t('suspend')}
      </Button>
    </div>
  );
}

/** Find members, change their role, suspend or restore them. */
export function MembersSection({ selfId }: { selfId: string }) {
  const { t } = useTranslation('admin', { keyPrefix: 'members' });
  const { t: tCommon } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const { slug } = useSession();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState('');
  const { data, error } = useQuery(AdminMembersDocument, { variables: { search: search || null }, fetchPolicy: 'cache-and-network' });

  return (
    <section aria-labelledby="members-heading">
      <h2 className="govuk-heading-l" id="members-heading">
        {t('heading')}
      </h2>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(typed.trim());
        }}
      >
        <TextInput
          id="member-search"
          label={t('searchLabel')}
          hint={t('searchHint')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          widthClass="govuk-input--width-20"
        />
        <Button variant="secondary">{t('search')}</Button>
      </form>
      <p className="govuk-body" role="status">
        {message}
      </p>
      {error ? (
        <p className="govuk-body">{tErrors('somethingWentWrong')}</p>
      ) : !data ? (
        <p className="govuk-body">{tCommon('loading')}</p>
      ) : data.members.length === 0 ? (
        <p className="govuk-body">{t('none')}</p>
      ) : (
        <Table
          caption={t('caption')}
          firstCellIsHeader
          columns={[
            { header: t('name') },
            { header: t('department') },
            { header: t('role') },
            { header: t('status') },
            { header: t('actions') },
          ]}
          rows={data.members.map((member) => ({
            key: member.id,
            cells: [
              <Link className="govuk-link" to={`/${slug}/people/${member.id}`}>
                {member.displayName}
              </Link>,
              member.department ?? '–',
              t(`roles.${member.role}`),
              member.suspended ? <Tag colour="red">{t('suspended')}</Tag> : <Tag colour="green">{t('active')}</Tag>,
              <MemberActions member={member} self={member.id === selfId} onDone={setMessage} />,
            ],
          }))}
        />
      )}
    </section>
  );
}
