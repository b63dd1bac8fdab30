import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmountScalar } from '../common/scalars/amount.scalar';
import type { AnswerStatus, BusinessCaseEntity, JoinRequestEntity, TeamInviteEntity } from './team.entities';

export enum JoinRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(JoinRequestStatus, { name: 'JoinRequestStatus' });

export enum TeamInviteStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(TeamInviteStatus, { name: 'TeamInviteStatus' });

@ObjectType('JoinRequest')
export class JoinRequest {
  @Field(() => ID) id!: string;
  @Field(() => JoinRequestStatus) status!: AnswerStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  memberId!: string;
  ideaId!: string;

  static from(entity: JoinRequestEntity): JoinRequest {
    return Object.assign(new JoinRequest(), {
      id: entity.id,
      status: entity.status,
      createdAt: entity.createdAt,
      memberId: entity.memberId,
      ideaId: entity.ideaId,
    });
  }
}

@ObjectType('TeamInvite')
export class TeamInvite {
  @Field(() => ID) id!: string;
  @Field(() => TeamInviteStatus) status!: AnswerStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  memberId!: string;
  ideaId!: string;

  static from(entity: TeamInviteEntity): TeamInvite {
    return Object.assign(new TeamInvite(), {
      id: entity.id,
      status: entity.status,
      createdAt: entity.createdAt,
      memberId: entity.memberId,
      ideaId: entity.ideaId,
    });
  }
}

@ObjectType('BusinessCase')
export class BusinessCase {
  @Field() problem!: string;
  @Field() proposal!: string;
  @Field() benefits!: string;
  @Field(() => AmountScalar) estimatedAnnualSaving!: bigint;
  @Field(() => AmountScalar) oneOffCost!: bigint;
  @Field(() => AmountScalar) runningCost!: bigint;
  @Field() risks!: string;
  @Field() measuresOfSuccess!: string;
  @Field(() => Int, { description: 'Each save is a new version; the board can compare them.' }) version!: number;
  @Field(() => GraphQLISODateTime) savedAt!: Date;
  savedBy!: string;

  static from(entity: BusinessCaseEntity): BusinessCase {
    const {
      problem,
      proposal,
      benefits,
      estimatedAnnualSaving,
      oneOffCost,
      runningCost,
      risks,
      measuresOfSuccess,
      version,
      savedAt,
      savedBy,
    } = entity;
    return Object.assign(new BusinessCase(), {
      problem,
      proposal,
      benefits,
      estimatedAnnualSaving,
      oneOffCost,
      runningCost,
      risks,
      measuresOfSuccess,
      version,
      savedAt,
      savedBy,
    });
  }
}

@ObjectType('FloatGap', { description: 'One thing still missing before floating, for clients that word it themselves.' })
export class FloatGapType {
  @Field(() => String, { description: 'TEAM_MEMBERS, BUSINESS_CASE or CASE_SECTION.' }) kind!: string;
  @Field(() => Int, { nullable: true, description: 'TEAM_MEMBERS: how many more members the team needs.' }) count?: number;
  @Field(() => Int, { nullable: true, description: 'TEAM_MEMBERS: the minimum team size, lead included.' }) needed?: number;
  @Field(() => String, { nullable: true, description: "CASE_SECTION: the business case's field (problem, proposal, ...)." })
  section?: string;
  @Field(() => Int, { nullable: true, description: 'CASE_SECTION: the characters a section needs to count as written.' })
  minLength?: number;
}

@ObjectType('FloatReadiness', { description: 'Whether the lead can float the idea, and what is still missing.' })
export class FloatReadinessType {
  @Field() ready!: boolean;
  @Field(() => [String], { description: 'What is missing, in English.' }) missing!: string[];
  @Field(() => [FloatGapType], { description: 'What is missing, as values (one per line of missing).' }) gaps!: FloatGapType[];
}
