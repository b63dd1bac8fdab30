import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../auth/allow.decorator';
import { Database } from '../database/database.service';

@Controller('health')
export class HealthController {
  constructor(private readonly db: Database) {}

  /** Liveness (the process answers) and readiness (the database answers). */
  @Get()
  @Allow.anyone()
  async health(@Res() res: Response): Promise<void> {
    const database = await this.db.ready();
    res.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: database ? 'ok' : 'degraded',
      database: database ? 'ready' : 'unavailable',
    });
  }
}
