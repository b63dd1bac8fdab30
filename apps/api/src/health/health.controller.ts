import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../auth/allow.decorator';
import { Database } from '../database/database.service';

@Controller('health')
export class HealthController {
  constructor(private readonly db: Database) {}

  /**
   * Liveness: the process answers. It stays 200 while the database is away, so an orchestrator
   * does not restart replicas that will recover by themselves; the body says how the database is.
   */
  @Get()
  @Allow.anyone()
  async health(@Res() res: Response): Promise<void> {
    const database = await this.db.ready();
    res.status(HttpStatus.OK).json({ status: database ? 'ok' : 'degraded', database: database ? 'ready' : 'unavailable' });
  }

  /** Readiness: 503 while the database does not answer, so a balancer sends work elsewhere. */
  @Get('ready')
  @Allow.anyone()
  async ready(@Res() res: Response): Promise<void> {
    const database = await this.db.ready();
    res.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: database ? 'ready' : 'unavailable' });
  }
}
