import { DecisionEntity, DisclosureEntity, ReviewEntity } from '../board/board.entities';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { CommentEntity } from '../engagement/comments/comment.entity';
import { SupportEntity } from '../engagement/support/support.entity';
import { IdeaEditEntity } from '../ideas/idea-edit.entity';
import { IdeaEntity } from '../ideas/idea.entity';
import { StageEventEntity } from '../ideas/stages/stage-event.entity';
import { AuditEntryEntity } from '../audit-log/audit-entry.entity';
import { ReportEntity } from '../moderation/report.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { ImpactRecordEntity } from '../impact/impact-record.entity';
import { MemberEntity } from '../members/member.entity';
import { InviteEntity } from '../recruitment/invite.entity';
import { BusinessCaseEntity, JoinRequestEntity, TeamInviteEntity, TeamMemberEntity } from '../teams/team.entities';
import { TenantEntity } from '../tenants/tenant.entity';

/** Every TypeORM entity; the schema itself comes only from migrations. */
export const ENTITIES = [
  TenantEntity,
  MemberEntity,
  InviteEntity,
  IdeaEntity,
  ChallengeEntity,
  IdeaEditEntity,
  StageEventEntity,
  SupportEntity,
  CommentEntity,
  ReportEntity,
  AuditEntryEntity,
  NotificationEntity,
  TeamMemberEntity,
  JoinRequestEntity,
  TeamInviteEntity,
  BusinessCaseEntity,
  ReviewEntity,
  DecisionEntity,
  DisclosureEntity,
  ImpactRecordEntity,
];
