import { randomUUID } from 'node:crypto';
import { AuthService } from '../auth/auth.service';
import type { RoleName } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { OperatorService } from '../operator/operator.service';
import type { TenantEntity } from '../tenants/tenant.entity';
import type { TenantSettingsInput } from '../tenants/tenant.inputs';
import { TenantsService } from '../tenants/tenants.service';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_DOMAIN = 'example.gov.uk';

export interface GivenMember {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: RoleName;
  token: string;
}

export interface GivenTenant {
  tenant: TenantEntity;
  slug: string;
  admin: GivenMember;
}

function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Factories that build state through the real services, so every state obeys the rules. */
export class Given {
  constructor(private readonly app: TestApp) {}

  /** A new instance with its first admin; internal, accepting sign-ups from example.gov.uk. */
  async tenant(options: { public?: boolean; settings?: TenantSettingsInput; currencyName?: string } = {}): Promise<GivenTenant> {
    const slug = unique('t');
    const adminEmail = `admin@${TEST_DOMAIN}`;
    const { tenant, admin } = await this.app.app.get(OperatorService).createTenant({
      slug,
      name: `Instance ${slug}`,
      currencyName: options.currencyName ?? 'Peas',
      public: options.public ?? false,
      adminEmail,
      adminPassword: TEST_PASSWORD,
      adminDisplayName: 'Admin',
    });
    const updated = await this.app.app
      .get(TenantsService)
      .updateSettings(tenant.id, { allowedEmailDomains: [TEST_DOMAIN], ...options.settings });
    const token = this.app.app.get(AuthService).tokens.sign(admin);
    return {
      tenant: updated,
      slug,
      admin: { id: admin.id, tenantId: tenant.id, email: adminEmail, displayName: 'Admin', role: 'ADMIN', token },
    };
  }

  /** A member who signed up the ordinary way, then given a role if asked. */
  async member(
    tenant: GivenTenant,
    options: { role?: RoleName; displayName?: string; email?: string; inviteCode?: string } = {},
  ): Promise<GivenMember> {
    const displayName = options.displayName ?? unique('Member');
    const email = options.email ?? `${unique('m')}@${TEST_DOMAIN}`;
    const session = await this.app.app.get(AuthService).signUp(
      { tenantSlug: tenant.slug, email, password: TEST_PASSWORD, displayName, inviteCode: options.inviteCode },
      'factory',
    );
    const role = options.role ?? 'MEMBER';
    if (role !== 'MEMBER') await this.app.app.get(MembersService).setRole(tenant.tenant.id, session.member.id, role);
    return { id: session.member.id, tenantId: tenant.tenant.id, email, displayName, role, token: session.token };
  }

  async members(tenant: GivenTenant, count: number, options: { role?: RoleName } = {}): Promise<GivenMember[]> {
    const made: GivenMember[] = [];
    for (let i = 0; i < count; i++) made.push(await this.member(tenant, options));
    return made;
  }
}
