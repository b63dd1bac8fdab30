import { describe, expect, it } from '@jest/globals';
import { inputFrom, problemsOf, type SettingsValues } from './settings-values';

const valid: SettingsValues = {
  name: 'Agency',
  currencyName: 'Peas',
  public: 'no',
  defaultLanguage: 'en',
  buzzThreshold: '10',
  buzzWindowDays: '14',
  minTeamSize: '2',
  maxTeamSize: '8',
  minReviews: '3',
  liquidity: '100',
  startingGrant: '1000.00',
  teamingReward: '50',
  investmentReward: '100',
  implementedReward: '500',
  recruitBonus: '25.50',
  recruitBonusMonthlyCap: '5',
  allowedEmailDomains: ' Agency.gov.uk \n\nother.gov.uk',
  brandColour: '',
  logoText: '',
};

describe('admin settings values', () => {
  it('finds nothing wrong with valid values', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('names each problem in the form’s order', () => {
    expect(problemsOf({ ...valid, name: ' ', buzzThreshold: '1.5', liquidity: '-3', maxTeamSize: '1', brandColour: 'blue' })).toEqual([
      { field: 'name', problem: 'required' },
      { field: 'buzzThreshold', problem: 'wholeNumber' },
      { field: 'maxTeamSize', problem: 'teamSizes' },
      { field: 'liquidity', problem: 'amount' },
      { field: 'brandColour', problem: 'colour' },
    ]);
  });

  it('makes the API input: numbers, one domain a line in lower case, empty branding as null', () => {
    const input = inputFrom(valid);
    expect(input).toMatchObject({ public: false, buzzThreshold: 10, recruitBonus: '25.50', brandColour: null, logoText: null });
    expect(input.allowedEmailDomains).toEqual(['agency.gov.uk', 'other.gov.uk']);
  });

  it('sends a typed liquidity as set, and an empty one as sized to the organisation', () => {
    expect(inputFrom(valid)).toMatchObject({ liquidity: '100' });
    expect(inputFrom(valid)).not.toHaveProperty('liquidityAutomatic');
    const sized = inputFrom({ ...valid, liquidity: ' ' });
    expect(sized).toMatchObject({ liquidityAutomatic: true });
    expect(sized).not.toHaveProperty('liquidity');
    expect(problemsOf({ ...valid, liquidity: '' })).toEqual([]);
  });
});
