import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { Pagination } from '../components/govuk/pagination';
import { Select } from '../components/govuk/select';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import { TextInput } from '../components/govuk/text-input';
import { Textarea } from '../components/govuk/textarea';
import { useAction } from '../forms/use-action';
import {
  AdminMembersDocument,
  type MemberStatus,
  SetMemberRoleDocument,
  SuspendMemberDocument,
  type AdminMembersQuery,
  type Role,
} from '../generated/graphql';
import { PageState } from '../page/page-state';
import { useSession } from '../session/session-context';

const ROLES: readonly Role[] = ['MEMBER', 'MODERATOR', 'BOARD', 'ADMIN'];
const STATUSES: readonly MemberStatus[] = ['ALL', 'ACTIVE', 'SUSPENDED'];
const PAGE_SIZE = 25;
const REASON_LIMIT = 500;
type Member = AdminMembersQuery['members'][number];
interface Outcome {
  message: string;
  failed: boolean;
}

/** A change to one member: busy while it runs, then told in the section's one outcome line, worked or not. */
function useMemberAction(onDone: (outcome: Outcome) => void) {
  const { t } = useTranslation('admin', { keyPrefix: 'members' });
  const { busy, run } = useAction({ onFailure: (failure) => onDone({ message: t('actionFailed', { message: failure }), failed: true }) });
  const attempt = async (action: () => Promise<unknown>, success: string) => {
    if (await run(action)) onDone({ message: success, failed: false });
  };
  return { busy, attempt };
}

/** Suspending locks a colleague out, so it asks for confirmation and a reason the audit log keeps. */
function SuspendConfirmation({ member, onCancel, onDone }: { member: Member; onCancel(): void; onDone(outcome: Outcome): void }) {
  const { t } = useTranslation('admin', { keyPrefix: 'members' });
  const [reason, setReason] = useState('');
  const [suspend] = useMutation(SuspendMemberDocument, { refetchQueries: ['AuditLog', 'AdminMembers'] });
  const suspending = useMemberAction(onDone);
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    await suspending.attempt(
      () => suspend({ variables: { memberId: member.id, suspended: true, reason: reason.trim() || null } }),
      t('suspendedMessage', { name: member.displayName }),
    );
  };
  return (
    <form className="app-member-actions__confirm" onSubmit={(event) => void confirm(event)}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t('confirmHeading', { name: member.displayName })}</h3>
      <p className="govuk-body-s">{t('confirmHint', { name: member.displayName })}</p>
      <Textarea
        id={`suspend-reason-${member.id}`}
        label={t('reasonLabel')}
        value={reason}
        rows={2}
        characterLimit={REASON_LIMIT}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="govuk-button-group">
        <Button variant="warning" disabled={suspending.busy || reason.length > REASON_LIMIT}>
          {t('confirmSuspend')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** One member's role picker and suspend or restore button; an admin cannot act on themself. */
function MemberActions({ member, self, onDone }: { member: Member; self: boolean; onDone(outcome: Outcome): void }) {
  const { t } = useTranslation('admin', { keyPrefix: 'members' });
  const [role, setRole] = useState<Role>(member.role);
  const [confirming, setConfirming] = useState(false);
  const [changeRole] = useMutation(SetMemberRoleDocument, { refetchQueries: ['AuditLog'] });
  const [restore] = useMutation(SuspendMemberDocument, { refetchQueries: ['AuditLog', 'AdminMembers'] });
  const changing = useMemberAction(onDone);
  const restoring = useMemberAction(onDone);
  if (self) return <>{t('you')}</>;
  const selectId = `role-${member.id}`;

  const submitRole = (event: FormEvent) => {
    event.preventDefault();
    void changing.attempt(
      () => changeRole({ variables: { memberId: member.id, role } }),
      t('roleChanged', { name: member.displayName, role: t(`roles.${role}`) }),
    );
  };
  const suspendOrRestore = () => {
    if (!member.suspended) {
      setConfirming(true);
      return;
    }
    void restoring.attempt(
      () => restore({ variables: { memberId: member.id, suspended: false } }),
      t('restoredMessage', { name: member.displayName }),
    );
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
        <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={changing.busy || role === member.role}>
          {t('changeRole')}
          <span className="govuk-visually-hidden"> {t('changeRoleFor', { name: member.displayName })}</span>
        </Button>
      </form>
      <Button
        type="button"
        variant={member.suspended ? 'secondary' : 'warning'}
        className="govuk-!-margin-bottom-0"
        disabled={restoring.busy || confirming}
        onClick={suspendOrRestore}
        aria-expanded={member.suspended ? undefined : confirming}
        aria-label={t(member.suspended ? 'restoreName' : 'suspendName', { name: member.displayName })}
      >
        {member.suspended ? t('restore') : t('suspend')}
      </Button>
      {confirming && (
        <SuspendConfirmation
          member={member}
          onCancel={() => setConfirming(false)}
          onDone={(outcome) => {
            setConfirming(false);
            onDone(outcome);
          }}
        />
      )}
    </div>
  );
}

/** Find, filter and page members (suspended ones included), change their role, suspend or restore them. */
export function MembersSection({ selfId }: { selfId: string }) {
  const { t } = useTranslation('admin', { keyPrefix: 'members' });
  const { slug } = useSession();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as MemberStatus) : 'ALL';
  const roleFilter = (ROLES as readonly string[]).includes(params.get('role') ?? '') ? (params.get('role') as Role) : null;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [typed, setTyped] = useState(search);
  const [typedStatus, setTypedStatus] = useState<MemberStatus>(status);
  const [typedRole, setTypedRole] = useState(roleFilter ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // One more than a page tells whether a next page exists without counting the whole table.
  const { data, dataState, error } = useQuery(AdminMembersDocument, {
    variables: { search: search || null, status, role: roleFilter, first: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const members = dataState === 'complete' ? data.members.slice(0, PAGE_SIZE) : undefined;
  const hasNext = dataState === 'complete' && data.members.length > PAGE_SIZE;
  const pageLink = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    return `?${next.toString()}`;
  };

  return (
    <section aria-labelledby="members-heading">
      <h2 className="govuk-heading-l" id="members-heading">
        {t('heading')}
      </h2>
      <form
        role="search"
        className="app-member-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const next = new URLSearchParams();
          if (typed.trim()) next.set('q', typed.trim());
          if (typedStatus !== 'ALL') next.set('status', typedStatus);
          if (typedRole) next.set('role', typedRole);
          setParams(next);
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
        <Select
          id="member-status"
          label={t('statusFilter')}
          value={typedStatus}
          onChange={(event) => setTypedStatus(event.target.value as MemberStatus)}
          options={STATUSES.map((value) => ({ value, text: t(`statuses.${value}`) }))}
        />
        <Select
          id="member-role"
          label={t('roleFilter')}
          value={typedRole}
          onChange={(event) => setTypedRole(event.target.value)}
          options={[{ value: '', text: t('anyRole') }, ...ROLES.map((value) => ({ value, text: t(`roles.${value}`) }))]}
        />
        <Button variant="secondary">{t('filter')}</Button>
      </form>
      <p className={`govuk-body${outcome?.failed ? ' govuk-error-message' : ''}`} role={outcome?.failed ? 'alert' : 'status'}>
        {outcome?.message}
      </p>
      <PageState data={members} error={error}>
        {(shown) =>
          shown.length === 0 ? (
            <p className="govuk-body">{t('none')}</p>
          ) : (
            <>
              <Table
                caption={page > 1 ? `${t('caption')} (${t('pageOf', { page })})` : t('caption')}
                firstCellIsHeader
                columns={[
                  { header: t('name') },
                  { header: t('department') },
                  { header: t('role') },
                  { header: t('status') },
                  { header: t('actions') },
                ]}
                rows={shown.map((member) => ({
                  key: member.id,
                  cells: [
                    <Link className="govuk-link" to={`/${slug}/people/${member.id}`}>
                      {member.displayName}
                    </Link>,
                    member.department ?? '–',
                    t(`roles.${member.role}`),
                    member.suspended ? <Tag colour="red">{t('suspended')}</Tag> : <Tag colour="green">{t('active')}</Tag>,
                    <MemberActions
                      key={`${member.id}-${member.suspended}`}
                      member={member}
                      self={member.id === selfId}
                      onDone={setOutcome}
                    />,
                  ],
                }))}
              />
              {(page > 1 || hasNext) && (
                <Pagination
                  label={t('pages')}
                  previous={page > 1 ? pageLink(page - 1) : undefined}
                  next={hasNext ? pageLink(page + 1) : undefined}
                />
              )}
            </>
          )
        }
      </PageState>
    </section>
  );
}
