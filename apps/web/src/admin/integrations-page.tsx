import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { Checkboxes } from '../components/govuk/checkboxes';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { TextInput } from '../components/govuk/text-input';
import { emptyFieldErrors, errorFor, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { useAction } from '../forms/use-action';
import { useForm } from '../forms/use-form';
import {
  ConfigureSsoDocument,
  CreateWebhookDocument,
  DeleteWebhookDocument,
  IntegrationsDocument,
  WebhookDeliveriesDocument,
  type WebhookEvent,
} from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
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

interface SectionProps {
  /** Told of the section's errors each time they change, for the page's error summary. */
  onErrors(errors: FormErrors): void;
}

/** A section's form under the page's one error summary, which lists the errors of the form used last. */
function useSectionErrors(errors: FormErrors, { onErrors }: SectionProps) {
  useEffect(() => onErrors(errors), [errors, onErrors]);
}

/** What the SSO form shows: what was typed, else what is saved. */
interface SsoTyped {
  issuer: string | null;
  clientId: string | null;
  clientSecret: string;
  enabled: boolean | null;
}

function SsoSection(props: SectionProps) {
  const { t } = useTranslation('integrations', { keyPrefix: 'sso' });
  const { data } = useQuery(IntegrationsDocument);
  const [configure] = useMutation(ConfigureSsoDocument, { refetchQueries: [IntegrationsDocument] });
  const current = data?.ssoSettings;
  const [saved, setSaved] = useState(false);
  const shown = (typed: SsoTyped) => ({
    issuer: typed.issuer ?? current?.issuer ?? '',
    clientId: typed.clientId ?? current?.clientId ?? '',
    clientSecret: typed.clientSecret,
    enabled: typed.enabled ?? current?.enabled ?? false,
  });
  const form = useForm<SsoTyped>({
    initial: { issuer: null, clientId: null, clientSecret: '', enabled: null },
    fieldIds: SSO_FIELDS,
    validate: (typed) => {
      const values = shown(typed);
      return emptyFieldErrors([
        { fieldId: SSO_FIELDS.issuer, value: values.issuer, message: t('missing') },
        { fieldId: SSO_FIELDS.clientId, value: values.clientId, message: t('missing') },
        { fieldId: SSO_FIELDS.clientSecret, value: values.clientSecret, message: t('missing') },
      ]);
    },
  });
  useSectionErrors(form.errors, props);
  const { errors, setValue } = form;
  const values = shown(form.values);

  const submit = form.onSubmit(async () => {
    const { issuer, clientId, clientSecret, enabled } = values;
    await configure({ variables: { input: { issuer: issuer.trim(), clientId: clientId.trim(), clientSecret, enabled } } });
    setValue('clientSecret', '');
    setSaved(true);
  });

  return (
    <section aria-labelledby="sso-heading">
      <h2 className="govuk-heading-m" id="sso-heading">
        {t('heading')}
      </h2>
      {saved && <NotificationBanner success heading={t('saved')} />}
      <p className="govuk-body">{t('intro', { redirectUri: current?.redirectUri ?? `${window.location.origin}/…/auth/oidc/callback` })}</p>
      <form onSubmit={submit} noValidate>
        <TextInput
          id={SSO_FIELDS.issuer}
          label={t('issuerLabel')}
          type="url"
          spellCheck={false}
          error={errorFor(errors, SSO_FIELDS.issuer)}
          value={values.issuer}
          onChange={(e) => setValue('issuer', e.target.value)}
        />
        <TextInput
          id={SSO_FIELDS.clientId}
          label={t('clientIdLabel')}
          spellCheck={false}
          error={errorFor(errors, SSO_FIELDS.clientId)}
          value={values.clientId}
          onChange={(e) => setValue('clientId', e.target.value)}
        />
        <TextInput
          id={SSO_FIELDS.clientSecret}
          label={t('clientSecretLabel')}
          hint={t('clientSecretHint')}
          type="password"
          autoComplete="off"
          error={errorFor(errors, SSO_FIELDS.clientSecret)}
          value={values.clientSecret}
          onChange={(e) => setValue('clientSecret', e.target.value)}
        />
        <Checkboxes
          id="sso-enabled"
          legend={t('heading')}
          items={[{ value: 'enabled', text: t('enabledLabel') }]}
          values={values.enabled ? ['enabled'] : []}
          onChange={(ticked) => setValue('enabled', ticked.includes('enabled'))}
        />
        <Button>{t('save')}</Button>
      </form>
    </section>
  );
}

function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation('integrations', { keyPrefix: 'webhooks' });
  const format = useFormat();
  const { data, error } = useQuery(WebhookDeliveriesDocument, { variables: { webhookId }, fetchPolicy: 'network-only' });
  return (
    <PageState data={data} error={error}>
      {({ webhookDeliveries }) =>
        webhookDeliveries.length === 0 ? (
          <p className="govuk-body">{t('noDeliveries')}</p>
        ) : (
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
              {webhookDeliveries.map((delivery) => (
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
        )
      }
    </PageState>
  );
}

const NO_WEBHOOK = { url: '', events: [] as string[] };

function WebhooksSection(props: SectionProps) {
  const { t } = useTranslation('integrations', { keyPrefix: 'webhooks' });
  const { data } = useQuery(IntegrationsDocument);
  const [create] = useMutation(CreateWebhookDocument, { refetchQueries: [IntegrationsDocument] });
  const [remove] = useMutation(DeleteWebhookDocument, { refetchQueries: [IntegrationsDocument] });
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const form = useForm({
    initial: NO_WEBHOOK,
    fieldIds: WEBHOOK_FIELDS,
    validate: ({ url, events }) =>
      emptyFieldErrors([
        { fieldId: WEBHOOK_FIELDS.url, value: url, message: t('urlMissing') },
        { fieldId: WEBHOOK_FIELDS.events, value: events.join(','), message: t('eventsMissing') },
      ]),
  });
  useSectionErrors(form.errors, props);
  const { values, errors, setValue } = form;
  // Removing a webhook fails into the same errors as adding one.
  const removal = useAction({ shared: { errors: form.errors, setErrors: form.setErrors } });

  const submit = form.onSubmit(async ({ url, events }) => {
    const { data: created } = await create({ variables: { input: { url: url.trim(), events: events as WebhookEvent[] } } });
    setSecret(created?.createWebhook.secret ?? null);
    form.setValues(NO_WEBHOOK);
  });

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
              onClick={() => void removal.run(() => remove({ variables: { id: webhook.id } }))}
            >
              {t('remove')}
            </Button>
            {open === webhook.id && <DeliveryLog webhookId={webhook.id} />}
          </div>
        </div>
      ))}
      <form onSubmit={submit} noValidate>
        <TextInput
          id={WEBHOOK_FIELDS.url}
          label={t('urlLabel')}
          type="url"
          spellCheck={false}
          error={errorFor(errors, WEBHOOK_FIELDS.url)}
          value={values.url}
          onChange={(e) => setValue('url', e.target.value)}
        />
        <Checkboxes
          id={WEBHOOK_FIELDS.events}
          legend={t('eventsLegend')}
          error={errorFor(errors, WEBHOOK_FIELDS.events)}
          items={EVENTS.map((value) => ({ value, text: t(`event.${value}`) }))}
          values={values.events}
          onChange={(ticked) => setValue('events', ticked)}
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
