import { useTranslation } from 'react-i18next';
import { Table } from '../components/govuk/table';

/** The demo instance's slug and shared password, as the API's demo seed (demo/demo-seed.ts) makes them. */
export const DEMO_SLUG = 'demo';
const DEMO_PASSWORD = 'idea-exchange-demo';
const DEMO_ACCOUNTS = [
  { email: 'ada@demo.gov.uk', role: 'MEMBER' },
  { email: 'grace@demo.gov.uk', role: 'MEMBER' },
  { email: 'board@demo.gov.uk', role: 'BOARD' },
  { email: 'moderator@demo.gov.uk', role: 'MODERATOR' },
  { email: 'admin@demo.gov.uk', role: 'ADMIN' },
] as const;

/** On the demo instance's sign-in page: who one can sign in as, and a button to fill the form with each. */
export function DemoAccounts({ onUse }: { onUse(email: string, password: string): void }) {
  const { t } = useTranslation('auth', { keyPrefix: 'demo' });
  const { t: tCommon } = useTranslation();
  return (
    <div className="govuk-inset-text" data-testid="demo-accounts">
      <h2 className="govuk-heading-m">{t('heading')}</h2>
      <p className="govuk-body">{t('intro', { password: DEMO_PASSWORD })}</p>
      <Table
        caption={t('caption')}
        captionSize="s"
        columns={[{ header: t('account') }, { header: t('role') }]}
        rows={DEMO_ACCOUNTS.map((account) => ({
          key: account.email,
          cells: [
            <button type="button" className="govuk-link app-link-button" onClick={() => onUse(account.email, DEMO_PASSWORD)}>
              {account.email}
            </button>,
            tCommon(`roles.${account.role}`),
          ],
        }))}
      />
    </div>
  );
}
