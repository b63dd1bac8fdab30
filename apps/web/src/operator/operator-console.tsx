import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { NO_ERRORS } from '../forms/form-errors';
import { OperatorTenantsDocument } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { CreateInstanceForm, useCreateInstanceForm } from './create-instance-form';
import { InstancesTable } from './instances-table';
import { isUnauthenticated } from '../session/unauthenticated';

interface Success {
  heading: string;
  body?: ReactNode;
}

/** What the operator does once signed in: see every instance, suspend or reactivate one, create one. */
export function OperatorConsole({ onSignOut, onTokenRefused }: { onSignOut(): void; onTokenRefused(): void }) {
  const { t } = useTranslation('operator');
  const [success, setSuccess] = useState<Success | null>(null);
  const form = useCreateInstanceForm();
  const formErrors = form.errors;
  const banner = useRef<HTMLDivElement>(null);
  usePageTitle(t('title'), { error: formErrors.length > 0 });
  const { data, error } = useQuery(OperatorTenantsDocument);
  const tokenRefused = isUnauthenticated(error);

  useEffect(() => {
    if (tokenRefused) onTokenRefused();
  }, [tokenRefused, onTokenRefused]);
  // A success banner follows what the operator just did, so it takes focus as GOV.UK's does.
  useEffect(() => {
    if (success) banner.current?.focus();
  }, [success]);

  const succeeded = (next: Success) => {
    form.setErrors(NO_ERRORS);
    setSuccess(next);
  };

  return (
    <>
      {/* Errors since the last success replace its banner; the next success brings a new one. */}
      {success && formErrors.length === 0 && (
        <div tabIndex={-1} ref={banner} className="app-operator-banner">
          <NotificationBanner success heading={success.heading}>
            {success.body}
          </NotificationBanner>
        </div>
      )}
      <ErrorSummary errors={formErrors} />
      <div className="app-operator-heading">
        <h1 className="govuk-heading-xl">{t('title')}</h1>
        <Button type="button" variant="secondary" onClick={onSignOut}>
          {t('signOut')}
        </Button>
      </div>
      <p className="govuk-body-l">{t('intro')}</p>
      <p className="govuk-body">{t('noContent')}</p>
      <PageState data={data} error={error}>
        {(loaded) => <InstancesTable instances={loaded.tenants} onChanged={(heading) => succeeded({ heading })} />}
      </PageState>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CreateInstanceForm
            form={form}
            onCreated={({ slug, name }) =>
              succeeded({
                heading: t('create.created'),
                body: (
                  <p className="govuk-body">
                    <Trans
                      t={t}
                      i18nKey="create.createdBody"
                      values={{ name, slug }}
                      components={{ signInLink: <Link className="govuk-notification-banner__link" to={`/${slug}/sign-in`} /> }}
                    />
                  </p>
                ),
              })
            }
          />
        </div>
      </div>
    </>
  );
}
