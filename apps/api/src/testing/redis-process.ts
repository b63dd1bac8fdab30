import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisConnection } from '../live/redis-connection';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** A real redis-server of the test's own: its own folder and port, nothing written to disk. */
export class RedisProcess {
  private child?: ChildProcess;
  readonly dir = mkdtempSync(join(tmpdir(), 'ix-redis-'));

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      REDIS_SERVER,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        const probe = await RedisConnection.open(this.url);
        await probe.command(['PING']);
        probe.close();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  /** Kills it as a crash would; `start` brings it back on the same port, empty. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Debian's redis-server is there (CI installs it; a workstation may not have it). */
export function redisServerInstalled(): boolean {
  return existsSync(REDIS_SERVER);
}
