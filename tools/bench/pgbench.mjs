// pgbench against a throwaway PostgreSQL cluster: the yardstick the trade figures are divided
// by. Debian's PostgreSQL 15 (initdb, pg_ctl and pgbench run as the postgres OS user in a
// temporary folder it owns); the cluster is stopped and removed afterwards.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progress } from './harness.mjs';

const BIN = process.env.PGBENCH_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

function asPostgres(command, args, { quiet = false } = {}) {
  const asRoot = process.getuid?.() === 0;
  const run = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args], { encoding: 'utf8' })
    : spawnSync(join(BIN, command), args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed (${run.status}): ${run.stderr || run.stdout}`);
  if (!quiet && run.stderr) progress(run.stderr.trim().split('\n').pop());
  return run.stdout;
}

function ownedByPostgres(path) {
  if (process.getuid?.() !== 0) return;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
  chownSync(path, uid, gid);
}

/** `tps = 1234.5 (without initial connection time)` and the average latency, from pgbench's summary. */
function summary(output) {
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`no tps in pgbench's output:\n${output}`);
  return { tps: Math.round(tps), latencyAverageMs: latency };
}

/**
 * Runs TPC-B-like (5 statements a transaction) and simple-update (-N, 3 statements) with
 * `clients` clients for `seconds` each, on a fresh cluster at `port` with default settings
 * (fsync and synchronous_commit on, as the app's database).
 */
export async function runPgbench({ clients, seconds, scale, port }) {
  if (!existsSync(join(BIN, 'pgbench'))) throw new Error(`no pgbench under ${BIN}: apt-get install postgresql-15, or set PGBENCH_BIN_DIR`);
  const folder = mkdtempSync(join(tmpdir(), 'ix-pgbench-'));
  ownedByPostgres(folder);
  const data = join(folder, 'data');
  const connect = ['-h', folder, '-p', String(port)];
  let started = false;
  try {
    progress('pgbench: initdb');
    asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'], { quiet: true });
    asPostgres(
      'pg_ctl',
      ['-D', data, '-l', join(folder, 'log'), '-w', '-o', `-p ${port} -k ${folder} -c listen_addresses='' -c max_connections=100`, 'start'],
      {
        quiet: true,
      },
    );
    started = true;
    progress(`pgbench: loading scale ${scale}`);
    asPostgres('pgbench', [...connect, '-U', 'postgres', '-i', '-q', '-s', String(scale), 'postgres'], { quiet: true });
    const run = (name, extra) => {
      progress(`pgbench: ${name}, ${clients} clients, ${seconds} s`, false);
      const output = asPostgres(
        'pgbench',
        [
          ...connect,
          '-U',
          'postgres',
          '-c',
          String(clients),
          '-j',
          '2',
          '-T',
          String(seconds),
          '-M',
          'prepared',
          '-n',
          ...extra,
          'postgres',
        ],
        {
          quiet: true,
        },
      );
      progress('', false);
      return { name, ...summary(output) };
    };
    const tpcb = run('pgbench TPC-B-like', []);
    const simpleUpdate = run('pgbench simple-update (-N)', ['-N']);
    return { version: asPostgres('postgres', ['--version'], { quiet: true }).trim(), scale, clients, seconds, tpcb, simpleUpdate };
  } finally {
    if (started) asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], { quiet: true });
    rmSync(folder, { recursive: true, force: true });
  }
}
