import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { InviteEntity } from './invite.entity';

@ObjectType('Invite')
export class Invite {
  @Field() code!: string;
  @Field(() => GraphQLISODateTime, { description: 'After this the code admits nobody.' }) expiresAt!: Date;
  @Field(() => Int, { description: 'How many more people the code can admit.' }) usesLeft!: number;

  static from(entity: InviteEntity): Invite {
    return Object.assign(new Invite(), { code: entity.code, expiresAt: entity.expiresAt, usesLeft: entity.maxUses - entity.uses });
  }
}
