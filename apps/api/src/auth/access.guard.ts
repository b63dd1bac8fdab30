import type { ErrorKey } from '@idea-exchange/wording';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { timingSafeEqual } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Forbidden, Unauthenticated } from '../common/errors/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TenantSuspended } from '../tenants/tenants.errors';
import { ACCESS_RULE, type AccessRule } from './allow.decorator';
import { ActorsService } from './actors.service';
import { EmailNotVerified } from './auth.errors';
import { requestOf } from './request-context';

/** Who a role rule lets in, as words: "Only board or admin members can do this." */
const ROLE_WORDS: Readonly<Record<string, ErrorKey>> = {
  ADMIN: 'ROLES_ADMIN',
  BOARD: 'ROLES_BOARD',
  'BOARD ADMIN': 'ROLES_BOARD_OR_ADMIN',
  'MODERATOR ADMIN': 'ROLES_MODERATOR_OR_ADMIN',
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isWrite(context: ExecutionContext): boolean {
  if (context.getType<string>() !== 'graphql') return false;
  const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
  return info.operation.operation === 'mutation';
}

/** The role check of every resolver: what the @Allow rule says, refusing anything without one. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new Forbidden({ key: 'NO_ACCESS_RULE' });
    if (rule.kind === 'anyone') return true;
    const req = requestOf(context);
    if (rule.kind === 'operator') {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !sameSecret(token, this.config.operatorToken)) {
        throw new Unauthenticated({ key: 'OPERATOR_TOKEN_NEEDED' });
      }
      return true;
    }
    const resolved = await this.actors.resolve(req);
    if (!resolved) throw new Unauthenticated();
    req.actor = resolved.actor;
    if (resolved.tenantSuspended && isWrite(context)) throw new TenantSuspended();
    if (resolved.actor.kind === 'anonymous') {
      if (rule.kind === 'public-read' && resolved.tenantPublic) return true;
      throw new Unauthenticated();
    }
    if (resolved.mustVerifyEmail && !(rule.kind !== 'roles' && rule.beforeVerification)) throw new EmailNotVerified();
    if (rule.kind === 'roles' && !rule.roles.includes(resolved.actor.role)) {
      const roles = ROLE_WORDS[rule.roles.join(' ')];
      throw new Forbidden(roles ? { key: 'ONLY_ROLES', values: { roles: { key: roles } } } : { key: 'NOT_PERMITTED' });
    }
    return true;
  }
}
