import { IdeaEntity } from '../ideas/idea.entity';
import { MemberEntity } from '../members/member.entity';
import { InviteEntity } from '../recruitment/invite.entity';
import { TenantEntity } from '../tenants/tenant.entity';

/** Every TypeORM entity; the schema itself comes only from migrations. */
export const ENTITIES = [
  TenantEntity,
  MemberEntity,
  InviteEntity,
  IdeaEntity,
];
