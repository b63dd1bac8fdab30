import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Idea } from '../idea.types';

@ObjectType('SimilarIdea', { description: 'An existing idea like the one being typed.' })
export class SimilarIdea {
  @Field(() => Idea) idea!: Idea;
  @Field(() => Float, { description: 'In (0, 1], most similar first.' }) score!: number;
}

@ObjectType('DuplicatePair', { description: 'Two open ideas that look like duplicates: merge the newer (source) into the older (target)?' })
export class DuplicatePair {
  @Field(() => Idea) source!: Idea;
  @Field(() => Idea) target!: Idea;
  @Field(() => Float, { description: 'Title similarity in (0, 1].' }) score!: number;
}
