import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Notification } from '../notifications/notification.types';
import { Idea } from './idea.types';
import { IdeasService } from './ideas.service';
import { requestLoader } from '../common/graphql/request-loaders';

/** The idea a notification is about; empty if it has since been hidden. */
@Resolver(() => Notification)
@Allow.member()
export class NotificationIdeaResolver {
  constructor(private readonly ideas: IdeasService) {}

  @ResolveField(() => Idea, { nullable: true })
  async idea(@Parent() notification: Notification, @CurrentActor() actor: Actor): Promise<Idea | null> {
    if (!notification.ideaId) return null;
    const loader = requestLoader<string, Idea | null>(actor, 'idea.byId', async (ids) =>
      (await this.ideas.byIds(actor, ids)).map((idea) => (idea ? Idea.from(idea) : null)),
    );
    return loader.load(notification.ideaId);
  }
}
