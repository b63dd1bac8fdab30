export type OpenIdClient = typeof import('openid-client', { with: { 'resolution-mode': 'import' } });

let loaded: Promise<OpenIdClient> | undefined;

/** openid-client ships only as an ES module: loaded with import() on first use. */
export function openIdClient(): Promise<OpenIdClient> {
  loaded ??= import('openid-client');
  return loaded;
}
