import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ContentKindName, ReportEntity } from './report.entity';

export enum ContentKind {
  IDEA = 'IDEA',
  COMMENT = 'COMMENT',
}
registerEnumType(ContentKind, { name: 'ContentKind' });

/** `reporter`, `idea` and `comment` are resolved in moderation.resolver.ts. */
@ObjectType('Report')
export class Report {
  @Field(() => ID) id!: string;
  @Field(() => ContentKind) kind!: ContentKindName;
  @Field(() => ID) targetId!: string;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: for the reporter field. */
  reporterId!: string;

  static from(entity: ReportEntity): Report {
    return Object.assign(new Report(), {
      id: entity.id,
      kind: entity.kind,
      targetId: entity.targetId,
      reason: entity.reason,
      createdAt: entity.createdAt,
      reporterId: entity.reporterId,
    });
  }
}
