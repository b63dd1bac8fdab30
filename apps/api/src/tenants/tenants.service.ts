import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInput } from '../common/errors/domain-error';
import { Clock } from '../common/clock/clock';
import { Database } from '../database/database.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import type { MemberActor } from '../auth/actor';
import { scopeToTenant } from '../database/tenant-transaction';
import { isUniqueViolation } from '../database/pg-errors';
import type { TenantTx } from '../database/tenant-transaction';
import { TenantEntity } from './tenant.entity';
import type { CreateTenantInput, TenantSettingsInput } from './tenant.inputs';
import { SlugTaken, TenantNotFound } from './tenants.errors';

@Injectable()
export class TenantsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLogService,
  ) {}

  async bySlug(slug: string): Promise<TenantEntity> {
    const tenant = await this.db.dataSource.getRepository(TenantEntity).findOneBy({ slug: slug.toLowerCase() });
    if (!tenant) throw new TenantNotFound();
    return tenant;
  }

  async byId(id: string): Promise<TenantEntity> {
    const tenant = await this.db.dataSource.getRepository(TenantEntity).findOneBy({ id });
    if (!tenant) throw new TenantNotFound();
    return tenant;
  }

  /** Every instance, oldest first: for the operator, who works across instances. */
  async all(): Promise<TenantEntity[]> {
    return this.db.dataSource.getRepository(TenantEntity).find({ order: { createdAt: 'ASC' } });
  }

  /** Every instance's id, suspended ones too: for jobs that tidy or settle across instances whatever their standing. */
  async ids(): Promise<string[]> {
    const tenants = await this.db.dataSource.getRepository(TenantEntity).find({ select: { id: true }, order: { createdAt: 'ASC' } });
    return tenants.map((tenant) => tenant.id);
  }

  /** The instances not suspended, oldest first: for jobs that act for their members. */
  async active(): Promise<TenantEntity[]> {
    return this.db.dataSource.getRepository(TenantEntity).find({ where: { suspended: false }, order: { createdAt: 'ASC' } });
  }

  /** The instances not suspended, with each one's buzz window: for jobs that span instances. */
  async activeBuzzWindows(): Promise<Array<Pick<TenantEntity, 'id' | 'buzzWindowDays'>>> {
    return this.db.dataSource.getRepository(TenantEntity).find({ select: { id: true, buzzWindowDays: true }, where: { suspended: false } });
  }

  /** Reads the tenant inside a tenant transaction (consistent with the rest of that work). */
  async inTx(tx: TenantTx, lock = false): Promise<TenantEntity> {
    const tenant = await tx.manager
      .getRepository(TenantEntity)
      .findOne({ where: { id: tx.tenantId }, lock: lock ? { mode: 'pessimistic_read' } : undefined });
    if (!tenant) throw new TenantNotFound();
    return tenant;
  }

  /**
   * Creates an instance and, in the same transaction, runs `populate` scoped to it (the first
   * admin): an instance never exists half-made.
   */
  async create<T>(
    input: Pick<CreateTenantInput, 'slug' | 'name' | 'currencyName' | 'public'>,
    populate: (tx: TenantTx, tenant: TenantEntity) => Promise<T>,
  ): Promise<{ tenant: TenantEntity; result: T }> {
    let scoped: TenantTx | undefined;
    try {
      const created = await this.db.withPlatform(async (manager: EntityManager) => {
        const repository = manager.getRepository(TenantEntity);
        const inserted = await repository.insert({
          slug: input.slug,
          name: input.name.trim(),
          currencyName: input.currencyName.trim(),
          public: input.public ?? false,
        });
        const tenant = await repository.findOneByOrFail({ id: inserted.identifiers[0].id as string });
        scoped = await scopeToTenant(manager, tenant.id);
        const result = await populate(scoped, tenant);
        return { tenant, result };
      });
      // What the population asked to happen once it committed (the ledger's followers, say).
      Clock.unpinned(() => scoped?.runEffects());
      return created;
    } catch (error) {
      if (isUniqueViolation(error, 'tenants_slug_key')) throw new SlugTaken(input.slug);
      throw error;
    }
  }

  /** Sets the instance's OpenID Connect provider; the client secret comes sealed and stays so. */
  async setSso(tenantId: string, sso: Pick<TenantEntity, 'ssoIssuer' | 'ssoClientId' | 'ssoClientSecret' | 'ssoEnabled'>): Promise<void> {
    await this.db.withPlatform((manager) => manager.getRepository(TenantEntity).update({ id: tenantId }, sso));
  }

  /** The instance with its sealed client secret, which no other read returns: for the sign-in itself. */
  async withSsoSecret(tenantId: string): Promise<TenantEntity> {
    const tenant = await this.db.dataSource
      .getRepository(TenantEntity)
      .createQueryBuilder('t')
      .addSelect('t.ssoClientSecret')
      .where('t.id = :id', { id: tenantId })
      .getOne();
    if (!tenant) throw new TenantNotFound();
    return tenant;
  }

  /** An admin changes their instance's settings (the resolver's @Allow admits only admins). */
  async updateSettings(actor: MemberActor, input: TenantSettingsInput): Promise<TenantEntity> {
    return this.configure(actor.tenantId, input, actor.memberId);
  }

  /**
   * Changes the instance's settings, recorded in the audit log in the same transaction (actorId
   * null: the platform's own set-up, as the demo seed and the test factories do it).
   */
  async configure(tenantId: string, input: TenantSettingsInput, actorId: string | null = null): Promise<TenantEntity> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
    if (changes.name) changes.name = String(changes.name).trim();
    if ('requireEmailVerification' in changes) {
      changes.requireEmailVerificationSetting = changes.requireEmailVerification;
      delete changes.requireEmailVerification;
    }
    if ('liquidityAutomatic' in changes) {
      if (changes.liquidityAutomatic === true && changes.liquidity !== undefined) {
        throw BadUserInput.field('liquidity', { key: 'LIQUIDITY_EITHER' });
      }
      if (changes.liquidityAutomatic === true) changes.liquidity = null;
      delete changes.liquidityAutomatic;
    }
    if (changes.allowedEmailDomains) {
      changes.allowedEmailDomains = [...new Set((changes.allowedEmailDomains as string[]).map((d) => d.toLowerCase()))];
    }
    return this.db.withPlatform(async (manager) => {
      const repository = manager.getRepository(TenantEntity);
      const current = await repository.findOne({ where: { id: tenantId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new TenantNotFound();
      const next = { ...current, ...changes } as TenantEntity;
      if (next.maxTeamSize < next.minTeamSize) {
        throw BadUserInput.field('minTeamSize', { key: 'TEAM_SIZE_ORDER' });
      }
      await repository.update({ id: tenantId }, changes);
      // The admin console sends every setting; the log names only those whose value moved.
      const changed = Object.keys(changes).filter((key) => !sameSetting(current[key as keyof TenantEntity], changes[key]));
      const reason = `Changed: ${changed.sort().join(', ') || 'nothing'}`;
      await this.audit.append(await scopeToTenant(manager, tenantId), {
        actorId,
        action: 'UPDATE_SETTINGS',
        kind: 'TENANT',
        targetId: tenantId,
        reason,
      });
      return repository.findOneByOrFail({ id: tenantId });
    });
  }

  /**
   * Suspends or reactivates an instance (the platform operator's call), noting it in the
   * instance's own audit log so its admins can see why they were shut out.
   */
  async setSuspended(slug: string, suspended: boolean): Promise<TenantEntity> {
    const tenant = await this.bySlug(slug);
    if (tenant.suspended === suspended) return tenant;
    await this.db.withPlatform(async (manager) => {
      await manager.getRepository(TenantEntity).update({ id: tenant.id }, { suspended });
      const action = suspended ? 'SUSPEND_INSTANCE' : 'REACTIVATE_INSTANCE';
      await this.audit.append(await scopeToTenant(manager, tenant.id), { actorId: null, action, kind: 'TENANT', targetId: tenant.id });
    });
    return { ...tenant, suspended };
  }
}

function sameSetting(before: unknown, after: unknown): boolean {
  return (
    JSON.stringify(before, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) ===
    JSON.stringify(after, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))
  );
}
