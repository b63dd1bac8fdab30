import { Injectable } from '@nestjs/common';
import { buzzScore } from '@idea-exchange/stage-rules';
import { isMember, type Actor } from '../auth/actor';
import { Database } from '../database/database.service';
import { seesHiddenContent } from '../ideas/content-visibility';
import { TenantsService } from '../tenants/tenants.service';
import { ideaActivity, type IdeaActivity, type IdeaRef } from './buzz/buzz-activity.query';

export interface Engagement extends IdeaActivity {
  buzzScore: number;
}

/** An idea's support, discussion and buzz as its reader sees them. */
@Injectable()
export class IdeaEngagementService {
  constructor(
    private readonly db: Database,
    private readonly tenants: TenantsService,
  ) {}

  /** For a page of ideas at once (a DataLoader's batch), in the order given. */
  async onIdeas(actor: Actor, ideas: readonly IdeaRef[]): Promise<Engagement[]> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const settings = await this.tenants.inTx(tx);
      const viewer = { memberId: isMember(actor) ? actor.memberId : null, seesHidden: seesHiddenContent(actor) };
      const activity = await ideaActivity(tx, ideas, viewer);
      return ideas.map((idea) => {
        const found = activity.get(idea.id) ?? { supporters: 0, commenters: 0, comments: 0, supportedByViewer: false };
        return { ...found, buzzScore: buzzScore(found, settings) };
      });
    });
  }
}
