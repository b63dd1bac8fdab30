import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { BadUserInput } from '../common/errors/domain-error';

/** Addresses a webhook may never reach: this server's own networks and the cloud's metadata service. */
const PRIVATE_V4 = new BlockList();
// Apart from the IPv4 list: Node's BlockList matches IPv4 addresses against an IPv6 rule for ::ffff:0:0/96.
const PRIVATE_V6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE_V4.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE_V6.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 4 ? PRIVATE_V4.check(address, 'ipv4') : PRIVATE_V6.check(address, 'ipv6');
}

/**
 * Refuses a webhook URL that is not https or whose host resolves to a private, loopback or
 * link-local address, so a webhook cannot be aimed at the server's own network. Checked when the
 * webhook is made and again before every delivery (a name can be re-pointed later).
 */
export async function checkWebhookUrl(raw: string, allowInsecure: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw BadUserInput.field('url', { key: 'WEBHOOK_URL_FORMAT' });
  }
  if (raw.length > 2000 || url.username || url.password) {
    throw BadUserInput.field('url', { key: 'WEBHOOK_URL_LENGTH' });
  }
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) {
    throw BadUserInput.field('url', { key: 'WEBHOOK_HTTPS' });
  }
  if (allowInsecure) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (found) => found.map((a) => a.address),
        () => [],
      );
  if (addresses.length === 0) throw BadUserInput.field('url', { key: 'WEBHOOK_HOST_UNRESOLVED' });
  if (addresses.some(isPrivateAddress)) {
    throw BadUserInput.field('url', { key: 'WEBHOOK_PUBLIC_ONLY' });
  }
  return url;
}
