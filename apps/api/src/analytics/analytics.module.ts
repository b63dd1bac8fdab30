import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';

@Module({ providers: [AnalyticsService, AnalyticsResolver] })
export class AnalyticsModule {}
