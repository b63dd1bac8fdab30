import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';

@Module({ imports: [AuditLogModule], providers: [ChallengesService, ChallengesResolver], exports: [ChallengesService] })
export class ChallengesModule {}
