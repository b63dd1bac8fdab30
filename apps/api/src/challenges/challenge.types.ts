import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { isChallengeOpen, type ChallengeEntity } from './challenge.entity';

/** `ideas` is resolved by the ideas module (ideas/challenge-ideas.resolver.ts). */
@ObjectType('Challenge')
export class Challenge {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() question!: string;
  @Field({ description: 'More about the challenge, as plain text; may be empty.' }) description!: string;
  @Field(() => GraphQLISODateTime) opensAt!: Date;
  @Field(() => GraphQLISODateTime) closesAt!: Date;
  @Field({ description: 'True while ideas can answer it: from opensAt until closesAt.' }) open!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(entity: ChallengeEntity, now = new Date()): Challenge {
    return Object.assign(new Challenge(), {
      id: entity.id,
      title: entity.title,
      question: entity.question,
      description: entity.description,
      opensAt: entity.opensAt,
      closesAt: entity.closesAt,
      open: isChallengeOpen(entity, now),
      createdAt: entity.createdAt,
    });
  }
}
