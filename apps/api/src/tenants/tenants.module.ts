import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { TenantsResolver } from './tenants.resolver';
import { TenantsService } from './tenants.service';

@Module({ imports: [AuditLogModule], providers: [TenantsService, TenantsResolver], exports: [TenantsService] })
export class TenantsModule {}
