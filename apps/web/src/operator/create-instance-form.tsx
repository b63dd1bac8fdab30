import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { FieldsetWithLegend } from '../components/govuk/fieldset';
import { Radios } from '../components/govuk/radios';
import { TextInput } from '../components/govuk/text-input';
import { errorFor } from '../forms/form-errors';
import { useForm, type Form } from '../forms/use-form';
import { CreateTenantDocument } from '../generated/graphql';
import {
  createTenantInput,
  EMPTY_INSTANCE_FORM,
  INSTANCE_FIELD_IDS,
  instanceFormProblems,
  MIN_ADMIN_PASSWORD_LENGTH,
  type Access,
  type InstanceFormValues,
} from './instance-form-values';

/**
 * The new instance's form state, kept by the console, whose error summary (above its heading)
 * lists the form's errors and which clears them when another action succeeds.
 */
export function useCreateInstanceForm(): Form<InstanceFormValues> {
  const { t } = useTranslation('operator', { keyPrefix: 'create' });
  const form = useForm<InstanceFormValues>({
    initial: EMPTY_INSTANCE_FORM,
    fieldIds: INSTANCE_FIELD_IDS,
    validate: (values) =>
      instanceFormProblems(values).map(({ fieldId, problem }) => ({
        fieldId,
        message: t(`errors.${problem}`, { minimum: MIN_ADMIN_PASSWORD_LENGTH }),
      })),
    onFailure: () => form.setValue('adminPassword', ''),
  });
  return form;
}

interface CreateInstanceFormProps {
  form: Form<InstanceFormValues>;
  onCreated(instance: { slug: string; name: string }): void;
}

/** Franchises a new instance with its first admin, who then configures it. */
export function CreateInstanceForm({ form, onCreated }: CreateInstanceFormProps) {
  const { t } = useTranslation('operator', { keyPrefix: 'create' });
  const { values, setValues, errors } = form;
  // The instance list is refetched by name, so it shows the new instance with its first member.
  const [createTenant] = useMutation(CreateTenantDocument, { refetchQueries: ['OperatorTenants'], awaitRefetchQueries: true });
  const set = (field: keyof InstanceFormValues) => (event: { target: { value: string } }) => form.setValue(field, event.target.value);

  const submit = form.onSubmit(async (typed) => {
    const { data } = await createTenant({ variables: { input: createTenantInput(typed) } });
    if (!data) throw new Error('createTenant returned no data');
    setValues(EMPTY_INSTANCE_FORM);
    onCreated(data.createTenant);
  });

  const ids = INSTANCE_FIELD_IDS;
  return (
    <section aria-labelledby="create-instance-heading">
      <h2 className="govuk-heading-l" id="create-instance-heading">
        {t('heading')}
      </h2>
      <p className="govuk-body">{t('intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextInput
          id={ids.slug}
          label={t('slugLabel')}
          hint={t('slugHint')}
          widthClass="govuk-input--width-20"
          autoComplete="off"
          spellCheck={false}
          error={errorFor(errors, ids.slug)}
          value={values.slug}
          onChange={set('slug')}
        />
        <TextInput
          id={ids.name}
          label={t('nameLabel')}
          hint={t('nameHint')}
          autoComplete="organization"
          error={errorFor(errors, ids.name)}
          value={values.name}
          onChange={set('name')}
        />
        <TextInput
          id={ids.currencyName}
          label={t('currencyNameLabel')}
          hint={t('currencyNameHint')}
          widthClass="govuk-input--width-20"
          autoComplete="off"
          error={errorFor(errors, ids.currencyName)}
          value={values.currencyName}
          onChange={set('currencyName')}
        />
        <Radios
          id={ids.public}
          legend={t('accessLegend')}
          legendSize="s"
          error={errorFor(errors, ids.public)}
          value={values.access}
          onChange={(access) => form.setValue('access', access as Access)}
          items={[
            { value: 'public', text: t('publicOption'), hint: t('publicHint') },
            { value: 'internal', text: t('internalOption'), hint: t('internalHint') },
          ]}
        />
        <FieldsetWithLegend legend={t('firstAdmin')} legendSize="m">
          <TextInput
            id={ids.adminDisplayName}
            label={t('adminNameLabel')}
            autoComplete="off"
            spellCheck={false}
            error={errorFor(errors, ids.adminDisplayName)}
            value={values.adminDisplayName}
            onChange={set('adminDisplayName')}
          />
          <TextInput
            id={ids.adminEmail}
            label={t('adminEmailLabel')}
            hint={t('adminEmailHint')}
            type="email"
            autoComplete="off"
            spellCheck={false}
            error={errorFor(errors, ids.adminEmail)}
            value={values.adminEmail}
            onChange={set('adminEmail')}
          />
          <TextInput
            id={ids.adminPassword}
            label={t('adminPasswordLabel')}
            hint={t('adminPasswordHint', { minimum: MIN_ADMIN_PASSWORD_LENGTH })}
            type="password"
            autoComplete="new-password"
            widthClass="govuk-input--width-20"
            error={errorFor(errors, ids.adminPassword)}
            value={values.adminPassword}
            onChange={set('adminPassword')}
          />
        </FieldsetWithLegend>
        <Button>{t('submit')}</Button>
      </form>
    </section>
  );
}
