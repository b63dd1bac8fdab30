import { describe, expect, it } from '@jest/globals';
import { createTenantInput, EMPTY_INSTANCE_FORM, instanceFormProblems, type InstanceFormValues } from './instance-form-values';

const filled: InstanceFormValues = {
  slug: ' demo-agency ',
  name: ' Demo Agency ',
  currencyName: ' Peas ',
  access: 'internal',
  adminDisplayName: ' Ada Admin ',
  adminEmail: ' ada@demo.gov.uk ',
  adminPassword: ' three random words ',
};

describe('the create-an-instance form', () => {
  it('asks for every field of an empty form, in the order of the form', () => {
    expect(instanceFormProblems(EMPTY_INSTANCE_FORM)).toEqual([
      { fieldId: 'instance-slug', problem: 'slugMissing' },
      { fieldId: 'instance-name', problem: 'nameMissing' },
      { fieldId: 'instance-currency-name', problem: 'currencyNameMissing' },
      { fieldId: 'instance-access', problem: 'accessMissing' },
      { fieldId: 'admin-name', problem: 'adminNameMissing' },
      { fieldId: 'admin-email', problem: 'adminEmailMissing' },
      { fieldId: 'admin-password', problem: 'adminPasswordMissing' },
    ]);
  });

  it('treats blank text as missing and a short password as too short', () => {
    expect(instanceFormProblems({ ...filled, name: '   ', adminPassword: 'short' })).toEqual([
      { fieldId: 'instance-name', problem: 'nameMissing' },
      { fieldId: 'admin-password', problem: 'adminPasswordTooShort' },
    ]);
  });

  it('has nothing to say about a filled-in form', () => {
    expect(instanceFormProblems(filled)).toEqual([]);
  });

  it('trims the text it sends but keeps the password exactly as typed', () => {
    expect(createTenantInput(filled)).toEqual({
      slug: 'demo-agency',
      name: 'Demo Agency',
      currencyName: 'Peas',
      public: false,
      adminDisplayName: 'Ada Admin',
      adminEmail: 'ada@demo.gov.uk',
      adminPassword: ' three random words ',
    });
    expect(createTenantInput({ ...filled, access: 'public' }).public).toBe(true);
  });
});
