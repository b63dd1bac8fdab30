import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { StageName } from '../idea.entity';
import { IdeaStage } from '../idea.types';
import type { StageEventEntity } from './stage-event.entity';
import type { StageReasonKind } from '@idea-exchange/wording';
import { TextParam } from '../../common/language/text-param.types';

/** `actor` is resolved in ideas/idea-fields.resolver.ts. */
@ObjectType('StageEvent')
export class StageEvent {
  @Field(() => IdeaStage, { nullable: true, description: 'Empty for the submission itself.' }) from!: StageName | null;
  @Field(() => IdeaStage) to!: StageName;
  @Field(() => GraphQLISODateTime) at!: Date;
  /** Worded in the reader's language by StageEventResolver. */
  reason!: string;
  @Field(() => String, {
    description: 'Why the idea moved, as a kind (SUBMITTED, BUZZ_REACHED, DECIDED, ... or NOTE for text kept as written).',
  })
  reasonKind!: StageReasonKind;
  @Field(() => [TextParam], { description: "The values the reason's wording names." })
  reasonParams!: TextParam[];

  /** Not exposed: the values as stored, for wording the reason. */
  reasonValues!: Record<string, string>;

  /** Not exposed: who moved it (null for the system), for the actor field. */
  actorId!: string | null;

  static from(entity: StageEventEntity): StageEvent {
    return Object.assign(new StageEvent(), {
      from: entity.fromStage,
      to: entity.toStage,
      at: entity.at,
      reason: entity.reason,
      reasonKind: entity.reasonKind,
      reasonParams: TextParam.listOf(entity.reasonParams),
      reasonValues: entity.reasonParams,
      actorId: entity.actorId,
    });
  }
}
