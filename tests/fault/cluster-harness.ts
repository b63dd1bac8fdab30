import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { nginxBinary, writeBalancerConfig } from '../../apps/api/src/cluster/balancer-config';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { startAppProcess, type AppProcess } from '../support/app-process';

const DATABASE_PROCESS = resolve(__dirname, '../support/database-process.mjs');

export const OPERATOR = 'fault-operator-token-that-is-long-enough';

interface DatabaseUrls {
  appUrl: string;
  ownerUrl: string;
}

/**
 * What `npm run cluster` runs, taken apart so a drill can break each piece: the embedded
 * PostgreSQL (a process of its own, on a fixed port so it can come back where the replicas
 * expect it), two API processes and nginx in front of them.
 */
export class Cluster {
  readonly replicas: AppProcess[] = [];
  private database?: ChildProcess;
  private balancer?: ChildProcess;
  urls?: DatabaseUrls;
  url = '';

  private constructor(
    readonly dataDir: string,
    private readonly databasePort: number,
  ) {}

  static async start(dataDir: string, replicas = 2): Promise<Cluster> {
    const cluster = new Cluster(dataDir, await freePort());
    await cluster.startDatabase();
    for (let i = 0; i < replicas; i++) cluster.replicas.push(await cluster.startReplica());
    const port = await freePort();
    const conf = writeBalancerConfig({
      dir: join(dataDir, 'nginx'),
      port,
      replicas: cluster.replicas.map((r) => Number(new URL(r.url).port)),
    });
    cluster.balancer = spawn(nginxBinary(), ['-c', conf, '-p', join(dataDir, 'nginx')], { stdio: 'ignore' });
    cluster.url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    while (
      !(await fetch(`${cluster.url}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error('nginx did not come up');
      await new Promise((r) => setTimeout(r, 100));
    }
    return cluster;
  }

  async startDatabase(): Promise<void> {
    const child = spawn(process.execPath, [DATABASE_PROCESS, this.dataDir, String(this.databasePort)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.database = child;
    let output = '';
    this.urls = await new Promise<DatabaseUrls>((done, fail) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split('\n').find((l) => l.startsWith('{'));
        if (line) done(JSON.parse(line) as DatabaseUrls);
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', () => fail(new Error(`the database did not start:\n${output}`)));
    });
  }

  async stopDatabase(): Promise<void> {
    const child = this.database;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }

  /** Starts a replica again on its old port (the one nginx knows), after it was killed. */
  async restartReplica(index: number): Promise<void> {
    await this.replicas[index].exited;
    this.replicas[index] = await this.startReplica(Number(new URL(this.replicas[index].url).port));
  }

  async startReplica(port?: number): Promise<AppProcess> {
    if (!this.urls) throw new Error('no database');
    return startAppProcess(
      {
        DATA_DIR: this.dataDir,
        DATABASE_URL: this.urls.appUrl,
        MIGRATION_DATABASE_URL: this.urls.ownerUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        OPERATOR_TOKEN: OPERATOR,
        JWT_SECRET: 'fault-suite-jwt-secret-long-enough-for-anyone',
        TRUST_PROXY_HOPS: '1',
        SIGNUP_LIMIT_PER_ACCOUNT: '10000',
      },
      port ?? (await freePort()),
    );
  }

  async stop(): Promise<void> {
    if (this.balancer && this.balancer.exitCode === null) {
      const exited = new Promise((done) => this.balancer?.once('exit', done));
      this.balancer.kill('SIGQUIT');
      await exited;
    }
    for (const replica of this.replicas) {
      if (replica.child.exitCode === null && replica.child.signalCode === null) {
        replica.child.kill('SIGTERM');
        await replica.exited;
      }
    }
    await this.stopDatabase();
  }
}
