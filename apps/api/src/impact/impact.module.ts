import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { MembersModule } from '../members/members.module';
import { TeamsModule } from '../teams/teams.module';
import { IdeaImpactFieldsResolver, ImpactRecordFieldsResolver, ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';

@Module({
  imports: [IdeasModule, MembersModule, TeamsModule],
  providers: [ImpactService, ImpactResolver, IdeaImpactFieldsResolver, ImpactRecordFieldsResolver],
  exports: [ImpactService],
})
export class ImpactModule {}
