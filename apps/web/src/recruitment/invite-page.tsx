import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Table } from '../components/govuk/table';
import { TextInput } from '../components/govuk/text-input';
import { Tag } from '../components/govuk/tag';
import { useAction } from '../forms/use-action';
import { CreateInviteDocument, MyRecruitsDocument } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

const LINK_ID = 'invite-link';

/** /:slug/invite: make an invitation link to share, and see who joined with one's invitations. */
export function InvitePage() {
  const { t } = useTranslation('recruitment');
  const { slug, signedIn } = useSession();
  const format = useFormat();
  const { errors, busy: creating, run } = useAction();
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const [createInvite] = useMutation(CreateInviteDocument);
  const recruits = useQuery(MyRecruitsDocument, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  usePageTitle(t('title'), { error: errors.length > 0 });
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const link = code ? `${window.location.origin}/${slug}/sign-up?invite=${encodeURIComponent(code)}` : '';

  const create = async () => {
    setCopied('no');
    await run(async () => {
      const { data } = await createInvite();
      if (data) setCode(data.createInvite.code);
    });
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('intro')}</p>
          {code ? (
            <TextInput
              id={LINK_ID}
              label={t('linkLabel')}
              hint={t('linkHint')}
              readOnly
              value={link}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
          ) : null}
          <div className="govuk-button-group">
            {code ? (
              <Button type="button" onClick={() => void copy()}>
                {t('copy')}
              </Button>
            ) : null}
            <Button type="button" variant={code ? 'secondary' : 'primary'} disabled={creating} onClick={() => void create()}>
              {creating ? t('creating') : t('create')}
            </Button>
          </div>
          <p className="govuk-body" role="status">
            {copied === 'yes' ? t('copied') : ''}
          </p>
          <p className="govuk-error-message" role="alert">
            {copied === 'failed' ? t('copyFailed') : ''}
          </p>
        </div>
      </div>
      <PageState data={recruits.data?.recruits} error={recruits.error}>
        {(rows) =>
          rows.length === 0 ? (
            <>
              <h2 className="govuk-heading-m">{t('recruits.caption')}</h2>
              <p className="govuk-body">{t('recruits.none')}</p>
            </>
          ) : (
            <Table
              caption={t('recruits.caption')}
              columns={[
                { header: t('recruits.name') },
                { header: t('recruits.joined') },
                { header: t('recruits.tookPart') },
                { header: t('recruits.bonus'), numeric: true },
              ]}
              rows={rows.map((recruit) => ({
                key: recruit.member.id,
                cells: [
                  <Link className="govuk-link" to={`/${slug}/people/${recruit.member.id}`}>
                    {recruit.member.displayName}
                  </Link>,
                  format.date(recruit.joinedAt),
                  recruit.tookPart ? <Tag colour="green">{t('recruits.yes')}</Tag> : <Tag colour="grey">{t('recruits.no')}</Tag>,
                  format.amount(recruit.bonusPaid),
                ],
              }))}
            />
          )
        }
      </PageState>
    </>
  );
}
