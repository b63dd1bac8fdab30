import { useMutation } from '@apollo/client/react';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmountNumber } from '../i18n/format';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Radios } from '../components/govuk/radios';
import { Select } from '../components/govuk/select';
import { TextInput } from '../components/govuk/text-input';
import { Textarea } from '../components/govuk/textarea';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { UpdateTenantSettingsDocument, type AdminTenantSettingsFragment } from '../generated/graphql';
import { fieldId, inputFrom, problemsOf, valuesFrom, type SettingsField, type SettingsValues } from './settings-values';

const FIELDS: readonly SettingsField[] = [
  'name',
  'currencyName',
  'public',
  'defaultLanguage',
  'buzzThreshold',
  'buzzWindowDays',
  'minTeamSize',
  'maxTeamSize',
  'minReviews',
  'liquidity',
  'startingGrant',
  'teamingReward',
  'investmentReward',
  'implementedReward',
  'recruitBonus',
  'recruitBonusMonthlyCap',
  'allowedEmailDomains',
  'brandColour',
  'logoText',
];
const HINTED = [
  'currencyName',
  'public',
  'defaultLanguage',
  'buzzThreshold',
  'buzzWindowDays',
  'minTeamSize',
  'liquidity',
  'startingGrant',
  'recruitBonus',
  'allowedEmailDomains',
  'brandColour',
  'logoText',
] as const;
const isHinted = (field: SettingsField): field is (typeof HINTED)[number] => (HINTED as readonly string[]).includes(field);
const FIELD_IDS = Object.fromEntries(FIELDS.map((field) => [field, fieldId(field)]));

/** The instance's settings, checked here and by the API, whose field errors show beside their fields. */
export function SettingsForm({
  tenant,
  onErrors,
  onSaved,
}: {
  tenant: AdminTenantSettingsFragment;
  onErrors(shown: boolean): void;
  onSaved(saved: boolean): void;
}) {
  const { t } = useTranslation('admin', { keyPrefix: 'settings' });
  const form = useForm<SettingsValues>({
    initial: valuesFrom(tenant),
    fieldIds: FIELD_IDS,
    validate: (typed) =>
      problemsOf(typed).map(({ field, problem }) => ({
        fieldId: fieldId(field),
        message: t(`errors.${problem}`, { field: problem === 'required' ? label(field).toLowerCase() : label(field) }),
      })),
  });
  const { values, setValues, errors, busy: loading } = form;
  const [update] = useMutation(UpdateTenantSettingsDocument, {
    refetchQueries: ['InstanceShell', 'AuditLog'],
    awaitRefetchQueries: true,
  });
  const hasErrors = errors.length > 0;
  useEffect(() => onErrors(hasErrors), [hasErrors, onErrors]);

  const label = (field: SettingsField) => t(`fields.${field}.label`);
  const hint = (field: SettingsField) => {
    if (!isHinted(field)) return undefined;
    // Left empty, liquidity is sized to the organisation; the hint says what that gives today.
    if (field === 'liquidity' && tenant.settings.liquidityAutomatic)
      return t('fields.liquidity.hintSized', { liquidity: formatAmountNumber(tenant.settings.liquidity), currency: tenant.currencyName });
    return t(`fields.${field}.hint`);
  };
  const set = (field: SettingsField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const text = (field: SettingsField, widthClass?: string) => (
    <TextInput
      id={fieldId(field)}
      label={label(field)}
      hint={hint(field)}
      error={errorFor(errors, fieldId(field))}
      value={values[field]}
      onChange={(event) => set(field)(event.target.value)}
      widthClass={widthClass}
      inputMode={widthClass ? 'decimal' : undefined}
      spellCheck={false}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onSaved(false);
    await form.submit(async () => {
      const { data } = await update({ variables: { input: inputFrom(values) } });
      if (data) setValues(valuesFrom(data.updateTenantSettings));
      onSaved(true);
    });
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-l">{t('heading')}</h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h3 className="govuk-heading-m">{t('identity')}</h3>
        {text('name')}
        {text('currencyName', 'govuk-input--width-20')}
        <Radios
          id={fieldId('public')}
          legend={label('public')}
          legendSize="s"
          hint={hint('public')}
          inline
          items={[
            { value: 'yes', text: t('yes') },
            { value: 'no', text: t('no') },
          ]}
          value={values.public}
          onChange={(value) => set('public')(value)}
          error={errorFor(errors, fieldId('public'))}
        />
        <Select
          id={fieldId('defaultLanguage')}
          label={label('defaultLanguage')}
          hint={hint('defaultLanguage')}
          error={errorFor(errors, fieldId('defaultLanguage'))}
          options={[
            { value: 'en', text: t('languages.en') },
            { value: 'cy', text: t('languages.cy') },
          ]}
          value={values.defaultLanguage}
          onChange={(event) => set('defaultLanguage')(event.target.value)}
        />
        <h3 className="govuk-heading-m">{t('engagement')}</h3>
        {text('buzzThreshold', 'govuk-input--width-5')}
        {text('buzzWindowDays', 'govuk-input--width-5')}
        {text('minTeamSize', 'govuk-input--width-5')}
        {text('maxTeamSize', 'govuk-input--width-5')}
        {text('minReviews', 'govuk-input--width-5')}
        <h3 className="govuk-heading-m">{t('money')}</h3>
        {text('liquidity', 'govuk-input--width-10')}
        {text('startingGrant', 'govuk-input--width-10')}
        {text('teamingReward', 'govuk-input--width-10')}
        {text('investmentReward', 'govuk-input--width-10')}
        {text('implementedReward', 'govuk-input--width-10')}
        {text('recruitBonus', 'govuk-input--width-10')}
        {text('recruitBonusMonthlyCap', 'govuk-input--width-5')}
        <h3 className="govuk-heading-m">{t('access')}</h3>
        <Textarea
          id={fieldId('allowedEmailDomains')}
          label={label('allowedEmailDomains')}
          hint={hint('allowedEmailDomains')}
          error={errorFor(errors, fieldId('allowedEmailDomains'))}
          value={values.allowedEmailDomains}
          onChange={(event) => set('allowedEmailDomains')(event.target.value)}
          spellCheck={false}
          rows={4}
        />
        <h3 className="govuk-heading-m">{t('branding')}</h3>
        {text('brandColour', 'govuk-input--width-10')}
        {text('logoText')}
        <Button disabled={loading}>{loading ? t('saving') : t('save')}</Button>
      </form>
    </>
  );
}
