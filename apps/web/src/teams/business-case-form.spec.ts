import { describe, expect, it } from '@jest/globals';
import { changedSections, completedSections, EMPTY_BUSINESS_CASE, parseAmountInput } from './business-case-form';

describe('amounts typed into the business case', () => {
  it('accepts pounds and pence with or without a pound sign and separators', () => {
    expect(parseAmountInput('36000')).toEqual({ amount: '36000.00' });
    expect(parseAmountInput(' £36,000.5 ')).toEqual({ amount: '36000.50' });
    expect(parseAmountInput('0.05')).toEqual({ amount: '0.05' });
    expect(parseAmountInput('007')).toEqual({ amount: '7.00' });
  });

  it('refuses a third decimal place, words, negatives and more than a billion', () => {
    expect(parseAmountInput('12.345')).toEqual({ problem: 'format' });
    expect(parseAmountInput('ten')).toEqual({ problem: 'format' });
    expect(parseAmountInput('-5')).toEqual({ problem: 'format' });
    expect(parseAmountInput('1000000000.01')).toEqual({ problem: 'tooLarge' });
    expect(parseAmountInput('1000000000')).toEqual({ amount: '1000000000.00' });
    expect(parseAmountInput('  ')).toEqual({ problem: 'missing' });
  });
});

describe('business case progress and changes', () => {
  const written = 'Twenty characters or more of text.';
  it('counts written sections of some substance and valid amounts as complete', () => {
    expect(completedSections(EMPTY_BUSINESS_CASE)).toBe(0);
    expect(
      completedSections({ ...EMPTY_BUSINESS_CASE, problem: written, proposal: 'Too short', oneOffCost: '0', runningCost: '1.234' }),
    ).toBe(2);
  });

  it('lists the sections that changed between two versions, treating equal amounts as unchanged', () => {
    const previous = { ...EMPTY_BUSINESS_CASE, problem: written, estimatedAnnualSaving: '100.00', oneOffCost: '5.00' };
    const latest = { ...previous, problem: `${written} More.`, estimatedAnnualSaving: '100', oneOffCost: '6.00' };
    expect(changedSections(previous, latest)).toEqual(['problem', 'oneOffCost']);
  });
});
