import { MemberStandingCache, STANDING_TTL_MS, type MemberStanding } from './member-standing.cache';

const standing = (role: MemberStanding['role']): MemberStanding => ({
  role,
  suspended: false,
  tenantPublic: false,
  tenantSuspended: false,
  tokenVersion: 0,
  mustVerifyEmail: false,
  language: 'en',
});

describe('member standing cache', () => {
  afterEach(() => jest.useRealTimers());

  it('loads once within the time to live, again after it, and again once forgotten', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const cache = new MemberStandingCache();
    const load = jest.fn(async () => standing('MEMBER'));
    await cache.get('t', 'm', load);
    await cache.get('t', 'm', load);
    expect(load).toHaveBeenCalledTimes(1);

    jest.setSystemTime(1_000_000 + STANDING_TTL_MS + 1);
    await cache.get('t', 'm', load);
    expect(load).toHaveBeenCalledTimes(2);

    cache.forgetMember('t', 'm');
    await cache.get('t', 'm', load);
    cache.forgetTenant('t');
    await expect(cache.get('t', 'm', async () => standing('ADMIN'))).resolves.toMatchObject({ role: 'ADMIN' });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not remember a failed lookup', async () => {
    const cache = new MemberStandingCache();
    await expect(cache.get('t', 'm', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    await expect(cache.get('t', 'm', async () => standing('BOARD'))).resolves.toMatchObject({ role: 'BOARD' });
  });
});
