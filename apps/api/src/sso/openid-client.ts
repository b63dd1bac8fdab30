import { createRequire } from 'node:module';

export type OpenIdClient = typeof import('openid-client', { with: { 'resolution-mode': 'import' } });

/**
 * openid-client ships only as an ES module. Node 20.19+ requires ES modules without top-level
 * await, and Node's own require (made here, not the test runner's or a bundler's) does that in
 * the app and under Jest alike, where a dynamic import() would need Jest's experimental VM modules.
 */
const nativeRequire = createRequire(__filename);
let loaded: OpenIdClient | undefined;

export function openIdClient(): OpenIdClient {
  loaded ??= nativeRequire('openid-client') as OpenIdClient;
  return loaded;
}
