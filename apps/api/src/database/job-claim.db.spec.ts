import { Client } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';
import { JobClaims } from './job-claim';

/** Scheduled background work runs once across processes, and outlives a claimant that dies. */
describe('claiming background jobs in PostgreSQL', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  const uniqueJob = () => ({ name: `test-job-${Math.random().toString(36).slice(2)}`, everyMs: 60_000 });

  it('runs a due job in one process only, then not again until it is due', async () => {
    const job = uniqueJob();
    let runs = 0;
    // The run holds its claim until the other attempt has answered, however slow the machine.
    let finishWork: () => void = () => undefined;
    const workMayFinish = new Promise<void>((resolve) => (finishWork = resolve));
    const work = async () => {
      runs += 1;
      await workMayFinish;
    };
    const attempts = [first.app.get(JobClaims).runIfDue(job, work), second.app.get(JobClaims).runIfDue(job, work)];
    const firstAnswer = await Promise.race(attempts);
    finishWork();
    const outcomes = await Promise.all(attempts);
    expect(firstAnswer).toBe('busy');
    expect(outcomes.sort()).toEqual(['busy', 'ran']);
    expect(runs).toBe(1);
    expect(await second.app.get(JobClaims).runIfDue(job, work)).toBe('not-due');
    expect(runs).toBe(1);
  });

  it('lets another process take a job whose claimant died mid-run', async () => {
    const job = uniqueJob();
    // A process in the middle of the job: it holds the claim on its own connection.
    const dying = new Client({ connectionString: process.env.IX_TEST_APP_URL });
    dying.on('error', () => undefined);
    await dying.connect();
    await dying.query(`SELECT pg_advisory_lock(hashtextextended('job:' || $1, 0))`, [job.name]);
    const pid = (await dying.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    let runs = 0;
    const work = async () => {
      runs += 1;
    };
    expect(await first.app.get(JobClaims).runIfDue(job, work)).toBe('busy');

    // kill -9 of that process closes its connection; PostgreSQL drops the claim with it.
    const killer = new Client({ connectionString: process.env.IX_TEST_APP_URL });
    await killer.connect();
    await killer.query('SELECT pg_terminate_backend($1)', [pid]);
    await killer.end();
    await dying.end().catch(() => undefined);

    expect(await second.app.get(JobClaims).runIfDue(job, work)).toBe('ran');
    expect(runs).toBe(1);
  });

  it('records a failed run and makes the job due again soon', async () => {
    const job = uniqueJob();
    expect(
      await first.app.get(JobClaims).runIfDue(job, async () => {
        throw new Error('the work broke');
      }),
    ).toBe('failed');
    const sql = new Client({ connectionString: process.env.IX_TEST_APP_URL });
    await sql.connect();
    try {
      const { rows } = await sql.query(
        `SELECT last_error, runs, next_run_at <= now() + interval '31 seconds' AS soon FROM background_jobs WHERE name = $1`,
        [job.name],
      );
      expect(rows[0]).toEqual({ last_error: 'the work broke', runs: '0', soon: true });
    } finally {
      await sql.end();
    }
  });
});
