import type { AdminTenantSettingsFragment, TenantSettingsInput } from '../generated/graphql';

/** The settings form's text fields, as typed. */
export interface SettingsValues {
  name: string;
  currencyName: string;
  public: 'yes' | 'no';
  defaultLanguage: string;
  buzzThreshold: string;
  buzzWindowDays: string;
  minTeamSize: string;
  maxTeamSize: string;
  minReviews: string;
  liquidity: string;
  startingGrant: string;
  teamingReward: string;
  investmentReward: string;
  implementedReward: string;
  recruitBonus: string;
  recruitBonusMonthlyCap: string;
  allowedEmailDomains: string;
  brandColour: string;
  logoText: string;
}

export type SettingsField = keyof SettingsValues;

export const WHOLE_NUMBER_FIELDS = [
  'buzzThreshold',
  'buzzWindowDays',
  'minTeamSize',
  'maxTeamSize',
  'minReviews',
  'recruitBonusMonthlyCap',
] as const;
export const AMOUNT_FIELDS = [
  'liquidity',
  'startingGrant',
  'teamingReward',
  'investmentReward',
  'implementedReward',
  'recruitBonus',
] as const;
export const REQUIRED_FIELDS = ['name', 'currencyName'] as const;

/** The form's ids: `setting-` and the API's field name, so the API's field errors find their field. */
export const fieldId = (field: SettingsField) => `setting-${field}`;

export function valuesFrom(tenant: AdminTenantSettingsFragment): SettingsValues {
  const s = tenant.settings;
  return {
    name: tenant.name,
    currencyName: tenant.currencyName,
    public: tenant.public ? 'yes' : 'no',
    defaultLanguage: tenant.defaultLanguage,
    buzzThreshold: String(s.buzzThreshold),
    buzzWindowDays: String(s.buzzWindowDays),
    minTeamSize: String(s.minTeamSize),
    maxTeamSize: String(s.maxTeamSize),
    minReviews: String(s.minReviews),
    // Empty while the liquidity is sized to the organisation, so saving other settings leaves it sized.
    liquidity: s.liquidityAutomatic ? '' : s.liquidity,
    startingGrant: s.startingGrant,
    teamingReward: s.teamingReward,
    investmentReward: s.investmentReward,
    implementedReward: s.implementedReward,
    recruitBonus: s.recruitBonus,
    recruitBonusMonthlyCap: String(s.recruitBonusMonthlyCap),
    allowedEmailDomains: s.allowedEmailDomains.join('\n'),
    brandColour: s.brandColour ?? '',
    logoText: s.logoText ?? '',
  };
}

export type SettingsProblem = 'required' | 'wholeNumber' | 'amount' | 'colour' | 'teamSizes';

const isWholeNumber = (value: string) => /^\d{1,9}$/.test(value.trim());
const isAmount = (value: string) => /^\d{1,12}(\.\d{1,2})?$/.test(value.trim());
const isColour = (value: string) => value.trim() === '' || /^#[0-9a-fA-F]{6}$/.test(value.trim());

/** What is wrong with the values before they are sent, field by field in the form's order. */
export function problemsOf(values: SettingsValues): Array<{ field: SettingsField; problem: SettingsProblem }> {
  const problems: Array<{ field: SettingsField; problem: SettingsProblem }> = [];
  for (const field of Object.keys(values) as SettingsField[]) {
    const value = values[field];
    if ((REQUIRED_FIELDS as readonly string[]).includes(field) && value.trim() === '') problems.push({ field, problem: 'required' });
    else if ((WHOLE_NUMBER_FIELDS as readonly string[]).includes(field) && !isWholeNumber(value))
      problems.push({ field, problem: 'wholeNumber' });
    else if (field === 'liquidity' && value.trim() === '') continue;
    else if ((AMOUNT_FIELDS as readonly string[]).includes(field) && !isAmount(value)) problems.push({ field, problem: 'amount' });
    else if (field === 'brandColour' && !isColour(value)) problems.push({ field, problem: 'colour' });
    else if (field === 'maxTeamSize' && isWholeNumber(values.minTeamSize) && Number(value) < Number(values.minTeamSize))
      problems.push({ field, problem: 'teamSizes' });
  }
  return problems;
}

/** The API's input from valid values. */
export function inputFrom(values: SettingsValues): TenantSettingsInput {
  const whole = (value: string) => Number(value.trim());
  return {
    name: values.name.trim(),
    currencyName: values.currencyName.trim(),
    public: values.public === 'yes',
    defaultLanguage: values.defaultLanguage,
    buzzThreshold: whole(values.buzzThreshold),
    buzzWindowDays: whole(values.buzzWindowDays),
    minTeamSize: whole(values.minTeamSize),
    maxTeamSize: whole(values.maxTeamSize),
    minReviews: whole(values.minReviews),
    recruitBonusMonthlyCap: whole(values.recruitBonusMonthlyCap),
    ...(values.liquidity.trim() === '' ? { liquidityAutomatic: true } : { liquidity: values.liquidity.trim() }),
    startingGrant: values.startingGrant.trim(),
    teamingReward: values.teamingReward.trim(),
    investmentReward: values.investmentReward.trim(),
    implementedReward: values.implementedReward.trim(),
    recruitBonus: values.recruitBonus.trim(),
    allowedEmailDomains: values.allowedEmailDomains
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== ''),
    brandColour: values.brandColour.trim() === '' ? null : values.brandColour.trim(),
    logoText: values.logoText.trim() === '' ? null : values.logoText.trim(),
  };
}
