import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { MemberActor } from '../auth/actor';
import { emailDomainAllowed, type Session } from '../auth/auth.service';
import { Tokens } from '../auth/tokens';
import { SecretBox } from '../common/crypto/secret-box';
import { BadUserInput, Forbidden } from '../common/errors/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { Database } from '../database/database.service';
import { IssuanceService } from '../ledger/issuance.service';
import type { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import type { TenantEntity } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import { openIdClient } from './openid-client';
import type { SsoInput, SsoSettings } from './sso.types';

/** What the browser carries between leaving for the provider and coming back: checked on return. */
interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  expires: number;
}

const PENDING_MS = 10 * 60 * 1000;

/** A sign-in that did not work, with a reason the sign-in page can show. */
export class SsoFailed extends Error {
  constructor(readonly reason: 'not-enabled' | 'expired' | 'provider' | 'unverified' | 'domain' | 'suspended') {
    super(`single sign-on failed: ${reason}`);
  }
}

function loopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Single sign-on with the instance's OpenID Connect provider: the authorization code flow with
 * PKCE, state and nonce. The client secret is stored sealed and never leaves the server.
 */
@Injectable()
export class SsoService {
  private readonly box: SecretBox;
  private readonly tokens: Tokens;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
    private readonly db: Database,
    private readonly tenants: TenantsService,
    private readonly members: MembersService,
    private readonly issuance: IssuanceService,
  ) {
    this.box = new SecretBox(config.secretsKey);
    this.tokens = new Tokens(config.jwtSecret, config.jwtTtlSeconds);
  }

  redirectUri(slug: string): string {
    return `${this.config.publicUrl}/${slug}/auth/oidc/callback`;
  }

  async settings(actor: MemberActor): Promise<SsoSettings | null> {
    const tenant = await this.tenants.byId(actor.tenantId);
    if (!tenant.ssoIssuer || !tenant.ssoClientId) return null;
    return {
      issuer: tenant.ssoIssuer,
      clientId: tenant.ssoClientId,
      enabled: tenant.ssoEnabled,
      redirectUri: this.redirectUri(tenant.slug),
    };
  }

  async configure(actor: MemberActor, input: SsoInput): Promise<SsoSettings> {
    const issuer = this.issuerUrl(input.issuer.trim());
    if (input.enabled) {
      // Found out now, with a message the admin can act on, rather than by members failing to sign in.
      await this.discover(issuer.href, input.clientId, input.clientSecret).catch((error: unknown) => {
        this.log.warn({ err: error, issuer: issuer.href }, 'OpenID Connect discovery failed');
        throw BadUserInput.field('issuer', { key: 'SSO_DISCOVERY_FAILED' });
      });
    }
    await this.tenants.setSso(actor.tenantId, {
      ssoIssuer: issuer.href.replace(/\/$/, ''),
      ssoClientId: input.clientId.trim(),
      ssoClientSecret: this.box.seal(input.clientSecret),
      ssoEnabled: input.enabled,
    });
    return (await this.settings(actor)) as SsoSettings;
  }

  /** Where to send the browser, and the sealed state it must bring back. */
  async start(slug: string): Promise<{ location: string; pending: string }> {
    const tenant = await this.enabledTenant(slug);
    const oidc = await openIdClient();
    const configuration = await this.discoverFor(tenant);
    const pending: Pending = {
      verifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      expires: Date.now() + PENDING_MS,
    };
    const location = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(slug),
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { location: location.href, pending: this.box.sign(Buffer.from(JSON.stringify(pending)).toString('base64url')) };
  }

  /** Completes the sign-in from the provider's answer; creates the member on their first visit. */
  async finish(slug: string, callbackUrl: URL, sealedPending: string | undefined): Promise<Session> {
    const tenant = await this.enabledTenant(slug);
    const value = sealedPending ? this.box.verify(sealedPending) : undefined;
    const pending = value ? (JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Pending) : undefined;
    if (!pending || pending.expires < Date.now()) throw new SsoFailed('expired');
    const oidc = await openIdClient();
    const configuration = await this.discoverFor(tenant);
    const grant = await oidc
      .authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      })
      .catch((error: unknown) => {
        this.log.warn({ err: error, slug }, 'OpenID Connect sign-in refused');
        throw new SsoFailed('provider');
      });
    const idClaims = grant.claims();
    if (!idClaims) throw new SsoFailed('provider');
    // Providers may keep the e-mail claims for the userinfo endpoint rather than the ID token.
    const claims: Record<string, unknown> =
      typeof idClaims.email === 'string' && typeof idClaims.email_verified === 'boolean'
        ? idClaims
        : { ...idClaims, ...(await oidc.fetchUserInfo(configuration, grant.access_token, idClaims.sub)) };
    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    if (!email || claims.email_verified !== true) throw new SsoFailed('unverified');
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 80) : email.split('@')[0];

    const member = await this.db.withTenant(tenant.id, async (tx) => {
      const known = await this.members.findWithPassword(tx, email);
      if (known) return known.emailVerified ? known : this.members.markEmailVerified(tx, known.id);
      if (!emailDomainAllowed(email, tenant.allowedEmailDomains)) throw new SsoFailed('domain');
      // Members who come through the provider sign in there: the password is random and unknown to anyone.
      const created = await this.members.create(tx, {
        email,
        password: randomBytes(32).toString('base64url'),
        displayName: name,
        emailVerified: true,
      });
      await this.issuance.grantStartingAmount(tx, tenant, created.id);
      return created;
    });
    if (member.suspended) throw new SsoFailed('suspended');
    return { token: this.tokens.sign(member as MemberEntity), member, tenant };
  }

  private async enabledTenant(slug: string): Promise<TenantEntity> {
    const tenant = await this.tenants.bySlug(slug).catch(() => undefined);
    if (!tenant || tenant.suspended || !tenant.ssoEnabled || !tenant.ssoIssuer || !tenant.ssoClientId) throw new SsoFailed('not-enabled');
    return tenant;
  }

  private async discoverFor(tenant: TenantEntity) {
    const row = await this.tenants.withSsoSecret(tenant.id);
    if (!row.ssoClientSecret || !row.ssoIssuer || !row.ssoClientId) throw new Forbidden({ key: 'SSO_NOT_SET_UP' });
    return this.discover(row.ssoIssuer, row.ssoClientId, this.box.open(row.ssoClientSecret)).catch((error: unknown) => {
      this.log.warn({ err: error, slug: tenant.slug }, 'OpenID Connect discovery failed');
      throw new SsoFailed('provider');
    });
  }

  private async discover(issuer: string, clientId: string, clientSecret: string) {
    const oidc = await openIdClient();
    const url = new URL(issuer);
    return oidc.discovery(url, clientId, undefined, oidc.ClientSecretBasic(clientSecret), {
      execute: url.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
  }

  private issuerUrl(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw BadUserInput.field('issuer', { key: 'SSO_ISSUER_FORMAT' });
    }
    // Plain http only to this machine, for local providers and tests.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback(url))) {
      throw BadUserInput.field('issuer', { key: 'SSO_ISSUER_HTTPS' });
    }
    return url;
  }
}
