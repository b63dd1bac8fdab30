import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { AuditLogQueryService } from './audit-log-query.service';
import { AuditLogResolver } from './audit-log.resolver';

/** What only instance admins read: the audit log (analytics has its own module). */
@Module({ imports: [AuditLogModule, MembersModule], providers: [AuditLogQueryService, AuditLogResolver] })
export class AdminModule {}
