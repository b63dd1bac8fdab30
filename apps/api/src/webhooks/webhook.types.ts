import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsString, MaxLength } from 'class-validator';
import { worded } from '../common/validation/field-words';

export const WEBHOOK_EVENTS = [
  'IDEA_SUBMITTED',
  'STAGE_CHANGED',
  'BOARD_DECIDED',
  'MARKET_SETTLED',
  'IMPACT_RECORDED',
  'IDEAS_MERGED',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

export enum WebhookEvent {
  IDEA_SUBMITTED = 'IDEA_SUBMITTED',
  STAGE_CHANGED = 'STAGE_CHANGED',
  BOARD_DECIDED = 'BOARD_DECIDED',
  MARKET_SETTLED = 'MARKET_SETTLED',
  IMPACT_RECORDED = 'IMPACT_RECORDED',
  IDEAS_MERGED = 'IDEAS_MERGED',
}
registerEnumType(WebhookEvent, { name: 'WebhookEvent' });

@ObjectType('Webhook')
export class Webhook {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [WebhookEvent]) events!: WebhookEventName[];
  @Field() active!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => String, { nullable: true, description: "Only in createWebhook's answer: sign-checking secret, shown once." })
  secret!: string | null;
}

@ObjectType('WebhookDelivery')
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also sent as X-IdeaExchange-Delivery, for the receiver to drop repeats.' }) id!: string;
  @Field(() => WebhookEvent) event!: WebhookEventName;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true }) lastStatus!: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, when it did.' }) lastError!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@InputType()
export class WebhookInput {
  @Field() @IsString() @MaxLength(2000) url!: string;
  @Field(() => [WebhookEvent])
  @ArrayMinSize(1, worded('CHOOSE_EVENT'))
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsEnum(WebhookEvent, { each: true })
  events!: WebhookEventName[];
}
