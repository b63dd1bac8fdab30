// A real OpenID Connect provider (oidc-provider, an ES module) in a process of its own, for tests:
// one confidential client and accounts named by their login; its development sign-in pages take
// any password. Reads its setup as JSON from argv[2]; prints its issuer address once listening.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { redirectUris, accounts, clientId, clientSecret } = JSON.parse(process.argv[2]);
const handler = {};
const server = createServer((req, res) => handler.serve(req, res));
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    findAccount: (_ctx, id) =>
      accounts[id] && {
        accountId: id,
        claims: () => ({ sub: id, email: accounts[id].email, email_verified: accounts[id].emailVerified, name: accounts[id].name }),
      },
  });
  handler.serve = provider.callback();
  process.stdout.write(`${issuer}\n`);
});
