import { Field, ObjectType } from '@nestjs/graphql';

/** One value a sentence names (an idea's title, a member's name, a stage), for clients that word it themselves. */
@ObjectType('TextParam')
export class TextParam {
  @Field() name!: string;
  @Field() value!: string;

  static listOf(params: Readonly<Record<string, string>>): TextParam[] {
    return Object.entries(params)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => Object.assign(new TextParam(), { name, value }));
  }
}
