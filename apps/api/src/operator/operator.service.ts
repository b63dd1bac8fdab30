import { Injectable } from '@nestjs/common';
import { BadUserInput } from '../common/errors/domain-error';
import { passwordProblems } from '../auth/password-policy';
import { IssuanceService } from '../ledger/issuance.service';
import type { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import type { TenantEntity } from '../tenants/tenant.entity';
import type { CreateTenantInput } from '../tenants/tenant.inputs';
import { TenantsService } from '../tenants/tenants.service';

/** What the platform operator does across instances, without reading any instance's content. */
@Injectable()
export class OperatorService {
  constructor(
    private readonly tenants: TenantsService,
    private readonly members: MembersService,
    private readonly issuance: IssuanceService,
  ) {}

  /** Franchises a new instance with its first admin, in one transaction. */
  async createTenant(input: CreateTenantInput): Promise<{ tenant: TenantEntity; admin: MemberEntity }> {
    const problems = passwordProblems(input.adminPassword, input.adminEmail).map((p) => ({ ...p, field: 'adminPassword' }));
    if (problems.length > 0) throw new BadUserInput(problems[0].message, problems, problems[0].words);
    const { tenant, result } = await this.tenants.create(input, async (tx, created) => {
      const admin = await this.members.create(tx, {
        email: input.adminEmail,
        password: input.adminPassword,
        displayName: input.adminDisplayName,
        role: 'ADMIN',
        emailVerified: true,
      });
      await this.issuance.grantStartingAmount(tx, created, admin.id);
      return admin;
    });
    return { tenant, admin: result };
  }
}
