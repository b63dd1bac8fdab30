import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface TestAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface OidcProviderProcess {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/**
 * Starts tests/support/oidc-provider.mjs: a real oidc-provider, in its own process because it is
 * an ES module that Jest's module system does not load.
 */
export async function startOidcProvider(redirectUris: string[], accounts: Record<string, TestAccount>): Promise<OidcProviderProcess> {
  const clientId = 'idea-exchange-test';
  const clientSecret = 'a-client-secret-for-tests-only-0123456789';
  const child = spawn(
    process.execPath,
    [resolve(__dirname, 'oidc-provider.mjs'), JSON.stringify({ redirectUris, accounts, clientId, clientSecret })],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const issuer = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^(http:\/\/127\.0\.0\.1:\d+)\n/m.exec(output);
      if (line) done(line[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => fail(new Error(`the OIDC provider exited:\n${output}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.on('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
