import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { TenantsModule } from '../tenants/tenants.module';
import { OperatorResolver } from './operator.resolver';
import { OperatorService } from './operator.service';

@Module({ imports: [TenantsModule, MembersModule], providers: [OperatorService, OperatorResolver], exports: [OperatorService] })
export class OperatorModule {}
