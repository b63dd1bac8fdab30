import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../auth/allow.decorator';
import { metricsRegistry } from '../common/metrics/metrics';

/**
 * Prometheus scrapes each replica here, directly (the balancer does not route /metrics, so the
 * counts stay on the operators' network).
 */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Allow.anyone()
  async metrics(@Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await metricsRegistry.metrics());
  }
}
