import { hashPassword, passwordMatches } from './passwords';

describe('passwords', () => {
  it('are stored as salted argon2id hashes that match only their own password', async () => {
    const [first, second] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
    await expect(passwordMatches(first, 'correct horse battery')).resolves.toBe(true);
    await expect(passwordMatches(first, 'correct horse battery!')).resolves.toBe(false);
  });

  it('cost 64 MiB and three passes outside tests, and a hash made at the tests’ cost still verifies there', async () => {
    const cheap = await hashPassword('correct horse battery');
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const production = await new Promise<typeof import('./passwords')>((resolve) =>
        jest.isolateModules(() => resolve(require('./passwords'))),
      );
      const full = await production.hashPassword('correct horse battery');
      expect(full).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
      await expect(production.passwordMatches(cheap, 'correct horse battery')).resolves.toBe(true);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
