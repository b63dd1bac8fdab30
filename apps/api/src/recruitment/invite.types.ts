import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Invite')
export class Invite {
  @Field() code!: string;
}
