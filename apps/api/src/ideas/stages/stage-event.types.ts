import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { StageName } from '../idea.entity';
import { IdeaStage } from '../idea.types';
import type { StageEventEntity } from './stage-event.entity';

/** `actor` is resolved in ideas/idea-fields.resolver.ts. */
@ObjectType('StageEvent')
export class StageEvent {
  @Field(() => IdeaStage, { nullable: true, description: 'Empty for the submission itself.' }) from!: StageName | null;
  @Field(() => IdeaStage) to!: StageName;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field() reason!: string;

  /** Not exposed: who moved it (null for the system), for the actor field. */
  actorId!: string | null;

  static from(entity: StageEventEntity): StageEvent {
    return Object.assign(new StageEvent(), {
      from: entity.fromStage,
      to: entity.toStage,
      at: entity.at,
      reason: entity.reason,
      actorId: entity.actorId,
    });
  }
}
