import { Module } from '@nestjs/common';
import { InvitesResolver } from './invites.resolver';
import { InvitesService } from './invites.service';

@Module({ providers: [InvitesService, InvitesResolver], exports: [InvitesService] })
export class RecruitmentModule {}
