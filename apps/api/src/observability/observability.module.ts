import { Inject, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.service';
import { MetricsController } from './metrics.controller';
import { samplePool } from '../common/metrics/metrics';

/** GET /metrics, and the database pool's use sampled at each scrape. */
@Module({ controllers: [MetricsController] })
export class ObservabilityModule implements OnModuleInit, OnModuleDestroy {
  private stopSampling?: () => void;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const driver = this.dataSource.driver as unknown as { master?: Pool; options: { extra?: { max?: number } } };
    this.stopSampling = samplePool(() => ({
      total: driver.master?.totalCount ?? 0,
      idle: driver.master?.idleCount ?? 0,
      waiting: driver.master?.waitingCount ?? 0,
      max: driver.options.extra?.max ?? 0,
    }));
  }

  onModuleDestroy(): void {
    this.stopSampling?.();
  }
}
