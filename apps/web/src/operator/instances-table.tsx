import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import { useAction } from '../forms/use-action';
import { SuspendTenantDocument, type OperatorTenantSummaryFragment } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';

type Instance = OperatorTenantSummaryFragment;

const actionId = (instance: Instance) => `instance-action-${instance.id}`;

/** "Suspend Demo Agency?" before it happens, as members of that instance lose access at once. */
function Confirmation({ instance, onConfirmed, onCancel }: { instance: Instance; onConfirmed(message: string): void; onCancel(): void }) {
  const { t } = useTranslation('operator', { keyPrefix: 'instances' });
  const [suspend] = useMutation(SuspendTenantDocument);
  const { failure, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [instance.id]);
  const suspending = !instance.suspended;
  const name = instance.name;

  const confirm = () =>
    run(async () => {
      await suspend({ variables: { slug: instance.slug, suspended: suspending } });
      onConfirmed(t(suspending ? 'suspendedMessage' : 'reactivatedMessage', { name }));
    });

  return (
    <section className="govuk-inset-text app-operator-confirmation" aria-labelledby="confirmation-heading">
      <h2 className="govuk-heading-m" id="confirmation-heading" tabIndex={-1} ref={heading}>
        {t(suspending ? 'confirm.suspendHeading' : 'confirm.reactivateHeading', { name })}
      </h2>
      <p className="govuk-body">{t(suspending ? 'confirm.suspendBody' : 'confirm.reactivateBody')}</p>
      {failure && (
        <p className="govuk-error-message" role="alert">
          {failure}
        </p>
      )}
      <div className="govuk-button-group">
        <Button type="button" variant={suspending ? 'warning' : 'primary'} onClick={() => void confirm()}>
          {t(suspending ? 'confirm.suspend' : 'confirm.reactivate', { name })}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('confirm.cancel')}
        </Button>
      </div>
    </section>
  );
}

/** Every instance's size, activity and status, with a suspend or reactivate button each; none of their content. */
export function InstancesTable({ instances, onChanged }: { instances: readonly Instance[]; onChanged(message: string): void }) {
  const { t } = useTranslation('operator', { keyPrefix: 'instances' });
  const format = useFormat();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const pending = instances.find((instance) => instance.id === pendingId);

  const cancel = (instance: Instance) => {
    setPendingId(null);
    // Back to the button that asked, now that the question has gone.
    requestAnimationFrame(() => document.getElementById(actionId(instance))?.focus());
  };

  if (instances.length === 0) return <p className="govuk-body">{t('none')}</p>;
  return (
    <>
      {pending && (
        <Confirmation
          key={pending.id}
          instance={pending}
          onCancel={() => cancel(pending)}
          onConfirmed={(message) => {
            setPendingId(null);
            onChanged(message);
          }}
        />
      )}
      <div className="app-operator-instances">
        <Table
          caption={t('caption')}
          firstCellIsHeader
          columns={[
            { header: t('name') },
            { header: t('slug') },
            { header: t('access') },
            { header: t('members'), numeric: true },
            { header: t('ideas'), numeric: true },
            { header: t('lastActivity') },
            { header: t('created') },
            { header: t('status') },
            { header: t('action') },
          ]}
          rows={instances.map((instance) => ({
            key: instance.id,
            cells: [
              <Link className="govuk-link" to={`/${instance.slug}`}>
                {instance.name}
              </Link>,
              instance.slug,
              instance.public ? t('public') : t('internal'),
              format.count(instance.members),
              format.count(instance.ideas),
              instance.lastActivityAt ? format.date(instance.lastActivityAt) : t('noActivity'),
              format.date(instance.createdAt),
              instance.suspended ? <Tag colour="red">{t('suspended')}</Tag> : <Tag colour="green">{t('active')}</Tag>,
              <Button
                type="button"
                id={actionId(instance)}
                variant="secondary"
                className="govuk-!-margin-bottom-0"
                aria-label={t(instance.suspended ? 'reactivateName' : 'suspendName', { name: instance.name })}
                onClick={() => setPendingId(instance.id)}
              >
                {instance.suspended ? t('reactivate') : t('suspend')}
              </Button>,
            ],
          }))}
        />
      </div>
    </>
  );
}
