import { Injectable } from '@nestjs/common';
import { buzzScore, isBuzzExpired, reachesBuzzThreshold } from '@idea-exchange/stage-rules';
import { Clock } from '../../common/clock/clock';
import type { TenantTx } from '../../database/tenant-transaction';
import type { IdeaEntity } from '../../ideas/idea.entity';
import { StageService, type StageActor } from '../../ideas/stages/stage.service';
import { TenantsService } from '../../tenants/tenants.service';
import { ideaActivity } from './buzz-activity.query';
import { stageReason } from '@idea-exchange/wording';

/**
 * The first stage gate: an idea in BUZZ whose buzz score reaches the instance's threshold moves
 * to TEAMING in the same transaction as the support or comment that got it there. The caller
 * holds the idea's row lock, so of many concurrent supports exactly one sees the threshold
 * crossed and moves the idea.
 */
@Injectable()
export class BuzzGateService {
  constructor(
    private readonly tenants: TenantsService,
    private readonly stages: StageService,
    private readonly clock: Clock,
  ) {}

  async evaluate(tx: TenantTx, idea: IdeaEntity, actor: StageActor): Promise<IdeaEntity> {
    if (idea.stage !== 'BUZZ') return idea;
    const settings = await this.tenants.inTx(tx);
    // Past its window the idea waits for the expiry job; late buzz does not rescue it.
    if (isBuzzExpired(idea.stageChangedAt, settings.buzzWindowDays, this.clock.now())) return idea;
    const activity = (await ideaActivity(tx, [idea], { memberId: null, seesHidden: false })).get(idea.id);
    if (!activity || !reachesBuzzThreshold(activity, settings)) return idea;
    const score = buzzScore(activity, settings);
    return this.stages.move(tx, idea, 'TEAMING', stageReason.buzzReached(score, settings.buzzThreshold), actor);
  }
}
