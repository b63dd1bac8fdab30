import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const MAIN = resolve(__dirname, '../../dist/api/apps/api/src/main.js');

export interface AppProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

/**
 * Runs the built app (`npm run build:api`) as its own process, as `npm start` does, and returns once
 * that process says it listens on `port` and answers there. Its own line, not only a healthy
 * answer: the port was free when it was picked, but another test's server may take it meanwhile,
 * and a health check alone would then be answered by the wrong app. The child logs at info level
 * whatever `env` says, so that the line is there.
 */
export async function startAppProcess(env: Record<string, string>, port: number): Promise<AppProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = `http://127.0.0.1:${port}`;
  const listening = new RegExp(`"url":"http://localhost:${port}"[^\n]*"msg":"Idea Exchange is running"`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
    const healthy =
      listening.test(output) &&
      (await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false));
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`the app did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output: () => output, exited };
}
