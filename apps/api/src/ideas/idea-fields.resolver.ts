import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Challenge } from '../challenges/challenge.types';
import { ChallengesService } from '../challenges/challenges.service';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { renderMarkdown } from './markdown-renderer';
import { memberLoader } from '../common/graphql/member-loader';
import { groupInOrder, requestLoader } from '../common/graphql/request-loaders';
import { Idea, IdeaEdit } from './idea.types';
import { IdeasService } from './ideas.service';
import { StageEvent } from './stages/stage-event.types';
import { StageService } from './stages/stage.service';

/** The fields of an idea that come from elsewhere, each loaded once per page of ideas. */
@Resolver(() => Idea)
@Allow.publicRead()
export class IdeaFieldsResolver {
  constructor(
    private readonly members: MembersService,
    private readonly stages: StageService,
    private readonly ideas: IdeasService,
    private readonly challenges: ChallengesService,
  ) {}

  @ResolveField(() => Member)
  author(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(idea.authorId);
  }

  @ResolveField(() => String, { description: 'The description rendered from Markdown to HTML that is safe to insert as it is.' })
  descriptionHtml(@Parent() idea: Idea): string {
    return renderMarkdown(idea.description);
  }

  @ResolveField(() => [StageEvent], { description: 'The timeline, oldest first, from the submission on.' })
  async stageEvents(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<StageEvent[]> {
    const loader = requestLoader<string, StageEvent[]>(actor, 'idea.stageEvents', async (ids) => {
      const rows = await this.stages.eventsOf(actor.tenantId, ids);
      return groupInOrder(ids, rows, (row) => row.ideaId).map((group) => group.map(StageEvent.from));
    });
    return loader.load(idea.id);
  }

  @ResolveField(() => [IdeaEdit], { description: 'What the idea said before each edit by its author, oldest first.' })
  async edits(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<IdeaEdit[]> {
    const loader = requestLoader<string, IdeaEdit[]>(actor, 'idea.edits', async (ids) => {
      const rows = await this.ideas.editsOf(actor.tenantId, ids);
      return groupInOrder(ids, rows, (row) => row.ideaId).map((group) => group.map(IdeaEdit.from));
    });
    return loader.load(idea.id);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'Set on an idea merged into another (its stage is ARCHIVED).' })
  async mergedInto(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Idea | null> {
    if (!idea.mergedIntoId) return null;
    const loader = requestLoader<string, Idea | null>(actor, 'idea.mergedInto', async (ids) =>
      (await this.ideas.byIds(actor, ids)).map((found) => (found ? Idea.from(found) : null)),
    );
    return loader.load(idea.mergedIntoId);
  }

  @ResolveField(() => [Member], { description: 'Authors of duplicate ideas merged into this one, credited beside its author.' })
  async creditedAuthors(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Member[]> {
    const loader = requestLoader<string, string[]>(actor, 'idea.creditedAuthors', (ids) =>
      this.ideas.creditedAuthorsOf(actor.tenantId, ids),
    );
    const memberIds = await loader.load(idea.id);
    return Promise.all(memberIds.map((id) => memberLoader(actor, this.members).load(id)));
  }

  @ResolveField(() => Challenge, { nullable: true, description: 'The challenge the idea answers, if any.' })
  async challenge(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Challenge | null> {
    if (!idea.challengeId) return null;
    const loader = requestLoader<string, Challenge | null>(actor, 'idea.challenge', async (ids) =>
      (await this.challenges.byIds(actor.tenantId, ids)).map((challenge) => (challenge ? Challenge.from(challenge) : null)),
    );
    return loader.load(idea.challengeId);
  }
}
