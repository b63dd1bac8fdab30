import type { CreateTenantInput } from '../generated/graphql';

export type Access = 'public' | 'internal';

/** What the operator has typed and chosen in the "Add an organisation" form. */
export interface InstanceFormValues {
  slug: string;
  name: string;
  currencyName: string;
  access: Access | null;
  adminDisplayName: string;
  adminEmail: string;
  adminPassword: string;
}

export const EMPTY_INSTANCE_FORM: InstanceFormValues = {
  slug: '',
  name: '',
  currencyName: '',
  access: null,
  adminDisplayName: '',
  adminEmail: '',
  adminPassword: '',
};

/** The API's field names (CreateTenantInput) -> the form's input ids, in the order of the form. */
export const INSTANCE_FIELD_IDS = {
  slug: 'instance-slug',
  name: 'instance-name',
  currencyName: 'instance-currency-name',
  public: 'instance-access',
  adminDisplayName: 'admin-name',
  adminEmail: 'admin-email',
  adminPassword: 'admin-password',
} as const;

/** The API's own floor, checked first so the operator hears of it before sending. */
export const MIN_ADMIN_PASSWORD_LENGTH = 10;

export type InstanceFormProblem =
  | 'slugMissing'
  | 'nameMissing'
  | 'currencyNameMissing'
  | 'accessMissing'
  | 'adminNameMissing'
  | 'adminEmailMissing'
  | 'adminPasswordMissing'
  | 'adminPasswordTooShort';

/** What the form can tell before asking the API, in the order of its fields. */
export function instanceFormProblems(values: InstanceFormValues): Array<{ fieldId: string; problem: InstanceFormProblem }> {
  const blank = (value: string) => value.trim() === '';
  const checks: Array<[boolean, keyof typeof INSTANCE_FIELD_IDS, InstanceFormProblem]> = [
    [blank(values.slug), 'slug', 'slugMissing'],
    [blank(values.name), 'name', 'nameMissing'],
    [blank(values.currencyName), 'currencyName', 'currencyNameMissing'],
    [values.access === null, 'public', 'accessMissing'],
    [blank(values.adminDisplayName), 'adminDisplayName', 'adminNameMissing'],
    [blank(values.adminEmail), 'adminEmail', 'adminEmailMissing'],
    [values.adminPassword === '', 'adminPassword', 'adminPasswordMissing'],
    [values.adminPassword !== '' && values.adminPassword.length < MIN_ADMIN_PASSWORD_LENGTH, 'adminPassword', 'adminPasswordTooShort'],
  ];
  return checks.filter(([failed]) => failed).map(([, field, problem]) => ({ fieldId: INSTANCE_FIELD_IDS[field], problem }));
}

/** The createTenant input: text trimmed, except the password, which is kept exactly as typed. */
export function createTenantInput(values: InstanceFormValues): CreateTenantInput {
  return {
    slug: values.slug.trim(),
    name: values.name.trim(),
    currencyName: values.currencyName.trim(),
    public: values.access === 'public',
    adminDisplayName: values.adminDisplayName.trim(),
    adminEmail: values.adminEmail.trim(),
    adminPassword: values.adminPassword,
  };
}
