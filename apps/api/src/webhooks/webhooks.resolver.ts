import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Webhook, WebhookDelivery, WebhookInput } from './webhook.types';
import { WebhooksService } from './webhooks.service';

@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [Webhook])
  @Allow.roles('ADMIN')
  webhooks(@CurrentActor() actor: MemberActor): Promise<Webhook[]> {
    return this.service.list(actor);
  }

  @Query(() => [WebhookDelivery], { description: 'The delivery log of one webhook, newest first.' })
  @Allow.roles('ADMIN')
  webhookDeliveries(
    @CurrentActor() actor: MemberActor,
    @Args('webhookId', { type: () => ID }) webhookId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
  ): Promise<WebhookDelivery[]> {
    return this.service.deliveries(actor, webhookId, first ?? 50);
  }

  @Mutation(() => Webhook, { description: 'Registers a receiver; its signing secret is in this answer only.' })
  @Allow.roles('ADMIN')
  createWebhook(@CurrentActor() actor: MemberActor, @Args('input') input: WebhookInput): Promise<Webhook> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Boolean)
  @Allow.roles('ADMIN')
  deleteWebhook(@CurrentActor() actor: MemberActor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(actor, id);
  }
}
