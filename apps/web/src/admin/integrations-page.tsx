import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { Checkboxes } from '../components/govuk/checkboxes';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { TextInput } from '../components/govuk/text-input';
import { useErrorWording } from '../forms/error-wording';
import { emptyFieldErrors, errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import {
  ConfigureSsoDocument,
  CreateWebhookDocument,
  DeleteWebhookDocument,
  IntegrationsDocument,
  WebhookDeliveriesDocument,
  type WebhookEvent,
} from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { usePageTitle } from '../page/page-title';
import { AdminOnly } from './admin-access';

const EVENTS: readonly WebhookEvent[] = [
  'IDEA_SUBMITTED',
  'STAGE_CHANGED',
  'BOARD_DECIDED',
  'MARKET_SETTLED',
  'IMPACT_RECORDED',
  'IDEAS_MERGED',
];
const SSO_FIELDS = { issuer: 'sso-issuer', clientId: 'sso-client-id', clientSecret: 'sso-client-secret' };
const WEBHOOK_FIELDS = { url: 'webhook-url', events: 'webhook-events' };

function SsoSection({ onErrors }: { onErrors(errors: FormErrors): void }) {
  const { t } = useTranslation('integrations', { keyPrefix: 'sso' });
  const { data } = useQuery(IntegrationsDocument);
  const [configure, { loading }] = useMutation(ConfigureSsoDocument, { refetchQueries: [IntegrationsDocument] });
  const current = data?.ssoSettings;
  const [issuer, setIssuer] = useState<string | null>(null);
  const [clientId, setClientId] = useState<string | null>(null);
  const [clientSecret, setClientSecret] = useState('');
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const wording = useErrorWording();
  const values = {
    issuer: issuer ?? current?.issuer ?? '',
    clientId: clientId ?? current?.clientId ?? '',
    enabled: enabled ?? current?.enabled ?? false,
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const missing = emptyFieldErrors([
      { fieldId: SSO_FIELDS.issuer, value: values.issuer, message: t('missing') },
      { fieldId: SSO_FIELDS.clientId, value: values.clientId, message: t('missing') },
      { fieldId: SSO_FIELDS.clientSecret, value: clientSecret, message: t('missing') },
    ]);
    const found = missing.length > 0 ? missing : NO_ERRORS;
    if (found.length > 0) {
      setErrors(found);
      onErrors(found);
      return;
    }
    try {
      await configure({
        variables: { input: { issuer: values.issuer.trim(), clientId: values.clientId.trim(), clientSecret, enabled: values.enabled } },
      });
      setClientSecret('');
      setErrors(NO_ERRORS);
      onErrors(NO_ERRORS);
      setSaved(true);
    } catch (error) {
      const next = formErrorsFrom(error, SSO_FIELDS, wording);
      setErrors(next);
      onErrors(next);
    }
  };

  return (
    <section aria-labelledby="sso-heading">
      <h2 className="govuk-heading-m" id="sso-heading">
        {t('heading')}
      </h2>
      {saved && <NotificationBanner success heading={t('saved')} />}
      <p className="govuk-body">{t('intro', { redirectUri: current?.redirectUri ?? `${window.location.origin}/…/auth/oidc/callback` })}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id={SSO_FIELDS.issuer}
          label={t('issuerLabel')}
          type="url"
          spellCheck={false}
          error={errorFor(errors, SSO_FIELDS.issuer)}
          value={values.issuer}
          onChange={(e) => setIssuer(e.target.value)}
        />
        <TextInput
          id={SSO_FIELDS.clientId}
          label={t('clientIdLabel')}
          spellCheck={false}
          error={errorFor(errors, SSO_FIELDS.clientId)}
          value={values.clientId}
          onChange={(e) => setClientId(e.target.value)}
        />
        <TextInput
          id={SSO_FIELDS.clientSecret}
          label={t('clientSecretLabel')}
          hint={t('clientSecretHint')}
          type="password"
          autoComplete="off"
          error={errorFor(errors, SSO_FIELDS.clientSecret)}
          value={clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
        />
        <Checkboxes
          id="sso-enabled"
          legend={t('heading')}
          items={[{ value: 'enabled', text: t('enabledLabel') }]}
          values={values.enabled ? ['enabled'] : []}
          onChange={(ticked) => setEnabled(ticked.includes('enabled'))}
        />
        <Button>{t('save')}</Button>
      </form>
    </section>
  );
}

function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation('integrations', { keyPrefix: 'webhooks' });
  const format = useFormat();
  const { data } = useQuery(WebhookDeliveriesDocument, { variables: { webhookId }, fetchPolicy: 'network-only' });
  if (!data) return null;
  if (data.webhookDeliveries.length === 0) return <p className="govuk-body">{t('noDeliveries')}</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{t('deliveries')}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {(['event', 'attempts', 'status', 'delivered', 'next', 'error'] as const).map((column) => (
            <th key={column} scope="col" className="govuk-table__header">
              {t(`columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {data.webhookDeliveries.map((delivery) => (
          <tr key={delivery.id} className="govuk-table__row">
            <td className="govuk-table__cell">{t(`event.${delivery.event}`)}</td>
            <td className="govuk-table__cell">{delivery.attempts}</td>
            <td className="govuk-table__cell">{delivery.lastStatus ?? '–'}</td>
            <td className="govuk-table__cell">{delivery.deliveredAt ? format.dateTime(delivery.deliveredAt) : '–'}</td>
            <td className="govuk-table__cell">{delivery.nextAttemptAt ? format.dateTime(delivery.nextAttemptAt) : '–'}</td>
            <td className="govuk-table__cell">{delivery.lastError ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WebhooksSection({ onErrors }: { onErrors(errors: FormErrors): void }) {
  const { t } = useTranslation('integrations', { keyPrefix: 'webhooks' });
  const { data } = useQuery(IntegrationsDocument);
  const [create, { loading }] = useMutation(CreateWebhookDocument, { refetchQueries: [IntegrationsDocument] });
  const [remove] = useMutation(DeleteWebhookDocument, { refetchQueries: [IntegrationsDocument] });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const wording = useErrorWording();

  const fail = (next: FormErrors) => {
    setErrors(next);
    onErrors(next);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const missing = emptyFieldErrors([
      { fieldId: WEBHOOK_FIELDS.url, value: url, message: t('urlMissing') },
      { fieldId: WEBHOOK_FIELDS.events, value: events.join(','), message: t('eventsMissing') },
    ]);
    if (missing.length > 0) return fail(missing);
    try {
      const { data: created } = await create({ variables: { input: { url: url.trim(), events: events as WebhookEvent[] } } });
      setSecret(created?.createWebhook.secret ?? null);
      setUrl('');
      setEvents([]);
      fail(NO_ERRORS);
    } catch (error) {
      fail(formErrorsFrom(error, WEBHOOK_FIELDS, wording));
    }
  };

  return (
    <section aria-labelledby="webhooks-heading">
      <h2 className="govuk-heading-m" id="webhooks-heading">
        {t('heading')}
      </h2>
      {secret && (
        <NotificationBanner success heading={t('created')}>
          <p className="govuk-body">
            {t('secret')}: <code data-testid="webhook-secret">{secret}</code>
          </p>
        </NotificationBanner>
      )}
      <p className="govuk-body">{t('intro')}</p>
      {data?.webhooks.length === 0 && <p className="govuk-body">{t('none')}</p>}
      {data?.webhooks.map((webhook) => (
        <div key={webhook.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">{webhook.url}</h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body">{webhook.events.map((e) => t(`event.${e}`)).join(', ')}</p>
            <Button
              variant="secondary"
              type="button"
              aria-label={t('showDeliveries', { url: webhook.url })}
              onClick={() => setOpen(open === webhook.id ? null : webhook.id)}
            >
              {t('deliveries')}
            </Button>{' '}
            <Button
              variant="warning"
              type="button"
              aria-label={t('removeLabel', { url: webhook.url })}
              onClick={() => void remove({ variables: { id: webhook.id } })}
            >
              {t('remove')}
            </Button>
            {open === webhook.id && <DeliveryLog webhookId={webhook.id} />}
          </div>
        </div>
      ))}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id={WEBHOOK_FIELDS.url}
          label={t('urlLabel')}
          type="url"
          spellCheck={false}
          error={errorFor(errors, WEBHOOK_FIELDS.url)}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <Checkboxes
          id={WEBHOOK_FIELDS.events}
          legend={t('eventsLegend')}
          error={errorFor(errors, WEBHOOK_FIELDS.events)}
          items={EVENTS.map((value) => ({ value, text: t(`event.${value}`) }))}
          values={events}
          onChange={setEvents}
        />
        <Button>{t('add')}</Button>
      </form>
    </section>
  );
}

/** /:slug/admin/integrations: single sign-on with the body's identity provider, and webhooks with their delivery log. */
export function IntegrationsPage() {
  const { t } = useTranslation('integrations');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  usePageTitle(t('title'), { error: errors.length > 0 });
  return (
    <AdminOnly>
      {() => (
        <>
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <SsoSection onErrors={setErrors} />
              <WebhooksSection onErrors={setErrors} />
            </div>
          </div>
        </>
      )}
    </AdminOnly>
  );
}
