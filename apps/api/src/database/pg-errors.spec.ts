import { isUniqueViolation } from './pg-errors';

const duplicate = { code: '23505', constraint: 'trades_idempotency_key' };

describe('isUniqueViolation', () => {
  it('knows a duplicate wrapped by TypeORM and one from pg itself', () => {
    expect(isUniqueViolation({ driverError: duplicate })).toBe(true);
    expect(isUniqueViolation(duplicate)).toBe(true);
  });

  it('tells the named constraint from another', () => {
    expect(isUniqueViolation(duplicate, 'trades_idempotency_key')).toBe(true);
    expect(isUniqueViolation({ driverError: duplicate }, 'tenants_slug_key')).toBe(false);
  });

  it('is false for any other failure', () => {
    expect(isUniqueViolation({ driverError: { code: '23503', constraint: 'trades_idempotency_key' } })).toBe(false);
    expect(isUniqueViolation(new Error('connection lost'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});
