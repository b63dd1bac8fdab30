import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MemberEntity, RoleName } from './member.entity';

export enum Role {
  MEMBER = 'MEMBER',
  BOARD = 'BOARD',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ALL = 'ALL',
}
registerEnumType(MemberStatus, { name: 'MemberStatus', description: 'Which members a listing includes; only admins see suspended ones.' });

@ObjectType('Member')
export class Member {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: RoleName;
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field(() => [String]) skills!: string[];
  @Field(() => String, { nullable: true }) bio!: string | null;
  @Field(() => String, { nullable: true, description: "The language the member reads in ('en' or 'cy'); null until chosen." })
  language!: string | null;
  @Field() suspended!: boolean;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;

  /** Not exposed: used by field resolvers for the member's own data. */
  tenantId!: string;
  /** Not exposed as is: Member.emailVerified shows it to the member and admins only. */
  verified!: boolean;

  static from(entity: MemberEntity): Member {
    return Object.assign(new Member(), {
      id: entity.id,
      tenantId: entity.tenantId,
      displayName: entity.displayName,
      role: entity.role,
      department: entity.department,
      skills: entity.skills,
      bio: entity.bio,
      language: entity.language,
      suspended: entity.suspended,
      joinedAt: entity.joinedAt,
      verified: entity.emailVerified,
    });
  }
}
