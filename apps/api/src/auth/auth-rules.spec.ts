import { emailDomainAllowed } from './auth.service';
import { passwordProblems } from './password-policy';
import { Tokens } from './tokens';

describe('password policy', () => {
  it.each([
    ['short', 'at least 10 characters'],
    ['password123', 'too common'],
    ['aaaaaaaaaaaa', 'at least 4 different characters'],
    ['jane.smith-2026!', 'must not contain your e-mail address'],
  ])('refuses %s', (password, reason) => {
    expect(passwordProblems(password, 'jane.smith@example.gov.uk')[0]?.message).toContain(reason);
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblems('correct horse battery staple', 'jane@example.gov.uk')).toEqual([]);
  });
});

describe('allowed e-mail domains', () => {
  it('matches the domain and its sub-domains, in any case, and nothing that merely ends alike', () => {
    expect(emailDomainAllowed('a@example.gov.uk', ['example.gov.uk'])).toBe(true);
    expect(emailDomainAllowed('a@Team.Example.GOV.uk', ['example.gov.uk'])).toBe(true);
    expect(emailDomainAllowed('a@badexample.gov.uk', ['example.gov.uk'])).toBe(false);
    expect(emailDomainAllowed('a@example.gov.uk', [])).toBe(false);
  });
});

describe('tokens', () => {
  const tokens = new Tokens('secret-one', 60);

  it('round-trips the member, tenant and token version', () => {
    expect(tokens.verify(tokens.sign({ id: 'm1', tenantId: 't1', tokenVersion: 3 }))).toEqual({
      memberId: 'm1',
      tenantId: 't1',
      version: 3,
    });
  });

  it('rejects tokens signed with another secret, expired ones and junk', () => {
    expect(tokens.verify(new Tokens('secret-two', 60).sign({ id: 'm1', tenantId: 't1', tokenVersion: 0 }))).toBeUndefined();
    expect(tokens.verify(new Tokens('secret-one', -10).sign({ id: 'm1', tenantId: 't1', tokenVersion: 0 }))).toBeUndefined();
    expect(tokens.verify('junk')).toBeUndefined();
  });
});
