import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A question admins put to the instance, open for ideas between two dates. */
@Entity('challenges')
export class ChallengeEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('text') title!: string;
  @Column('text') question!: string;
  @Column('text') description!: string;
  @Column('timestamptz', { name: 'opens_at' }) opensAt!: Date;
  @Column('timestamptz', { name: 'closes_at' }) closesAt!: Date;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

/** Open from its opening moment up to, not including, its closing moment. */
export function isChallengeOpen(challenge: Pick<ChallengeEntity, 'opensAt' | 'closesAt'>, now = new Date()): boolean {
  return challenge.opensAt.getTime() <= now.getTime() && now.getTime() < challenge.closesAt.getTime();
}
