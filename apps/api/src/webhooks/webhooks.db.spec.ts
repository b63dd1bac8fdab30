import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { runClockAhead } from '../testing/clock';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';
import { isPrivateAddress, checkWebhookUrl } from './webhook-address';
import { retryDelayMs, WebhooksService } from './webhooks.service';

interface Received {
  event: string;
  delivery: string;
  signature: string;
  body: string;
}

/** A real HTTP receiver: records every POST, answering with the next status in its script (then 204). */
class Receiver {
  readonly received: Received[] = [];
  readonly script: number[] = [];
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<Receiver> {
    const holder: { receiver?: Receiver } = {};
    const server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        holder.receiver?.received.push({
          event: String(req.headers['x-ideaexchange-event']),
          delivery: String(req.headers['x-ideaexchange-delivery']),
          signature: String(req.headers['x-ideaexchange-signature']),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        res.statusCode = holder.receiver?.script.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    holder.receiver = new Receiver(server, `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`);
    return holder.receiver;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const CREATE = `mutation($input: WebhookInput!) { createWebhook(input: $input) { id url events active secret createdAt } }`;
const LIST = `{ webhooks { id url events secret } }`;
const LOG = `query($id: ID!) { webhookDeliveries(webhookId: $id) { id event attempts lastStatus deliveredAt nextAttemptAt } }`;
const DELETE = `mutation($id: ID!) { deleteWebhook(id: $id) }`;
const MERGE = `mutation($source: ID!, $target: ID!, $reason: String!) { mergeIdeas(sourceId: $source, targetId: $target, reason: $reason) { id } }`;

describe('webhooks', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await Receiver.start();
    ({ app, given, instance } = await startWithInstance({}, { webhooksAllowInsecure: true }));
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  const admin = () => ({ token: instance.admin.token });
  const deliver = (on: TestApp = app) => on.app.get(WebhooksService).deliverDue();

  /** A delivery pass once the first retry's wait has passed, on the app's clock. */
  const deliverAfterFirstRetryWait = async () => {
    const restore = runClockAhead(app, retryDelayMs(1));
    try {
      await deliver();
    } finally {
      restore();
    }
  };

  it('delivers signed events, retries a failed answer with the same delivery id, and logs every attempt', async () => {
    const created = await app.api.ok<{ createWebhook: { id: string; secret: string; events: string[] } }>(
      CREATE,
      { input: { url: receiver.url, events: ['IDEA_SUBMITTED', 'STAGE_CHANGED'] } },
      admin(),
    );
    const { id, secret } = created.createWebhook;
    expect(secret).toMatch(/^whsec_/);
    expect(await app.api.ok(LIST, {}, admin())).toEqual({
      webhooks: [{ id, url: receiver.url, events: ['IDEA_SUBMITTED', 'STAGE_CHANGED'], secret: null }],
    });

    receiver.script.push(500);
    const author = await given.member(instance);
    const idea = await given.idea(instance, author, { title: 'Signed idea' });
    await deliver();
    expect(receiver.received).toHaveLength(1);
    const [failed] = receiver.received;
    let log = await app.api.ok<{
      webhookDeliveries: Array<{
        id: string;
        attempts: number;
        lastStatus: number;
        deliveredAt: string | null;
        nextAttemptAt: string | null;
      }>;
    }>(LOG, { id }, admin());
    expect(log.webhookDeliveries).toEqual([
      { id: failed.delivery, event: 'IDEA_SUBMITTED', attempts: 1, lastStatus: 500, deliveredAt: null, nextAttemptAt: expect.any(String) },
    ]);
    const wait = Date.parse(log.webhookDeliveries[0].nextAttemptAt as string) - Date.now();
    expect(wait).toBeGreaterThan(20_000);
    await deliver();
    expect(receiver.received).toHaveLength(1);

    await deliverAfterFirstRetryWait();
    expect(receiver.received).toHaveLength(2);
    const retried = receiver.received[1];
    expect(retried.delivery).toBe(failed.delivery);
    expect(retried.event).toBe('IDEA_SUBMITTED');
    expect(retried.signature).toBe(`sha256=${createHmac('sha256', secret).update(retried.body).digest('hex')}`);
    expect(JSON.parse(retried.body)).toMatchObject({
      id: failed.delivery,
      event: 'IDEA_SUBMITTED',
      data: { idea: { id: idea.id, title: 'Signed idea' } },
    });
    log = await app.api.ok(LOG, { id }, admin());
    expect(log.webhookDeliveries[0]).toMatchObject({ attempts: 2, lastStatus: 204, deliveredAt: expect.any(String), nextAttemptAt: null });
    expect(await app.api.ok(DELETE, { id }, admin())).toEqual({ deleteWebhook: true });
    expect(await app.api.code(DELETE, { id }, admin())).toBe('NOT_FOUND');
  });

  it('attempts each delivery once when two processes deliver at the same time', async () => {
    const second = await startTestApp({ webhooksAllowInsecure: true });
    try {
      const { createWebhook } = await app.api.ok<{ createWebhook: { id: string } }>(
        CREATE,
        { input: { url: receiver.url, events: ['IDEA_SUBMITTED'] } },
        admin(),
      );
      const before = receiver.received.length;
      const author = await given.member(instance);
      for (let i = 0; i < 8; i++) await given.idea(instance, author);
      await Promise.all([deliver(), deliver(second)]);
      await Promise.all([deliver(), deliver(second)]);
      const ids = receiver.received.slice(before).map((r) => r.delivery);
      expect(ids).toHaveLength(8);
      expect(new Set(ids).size).toBe(8);
      await app.api.ok(DELETE, { id: createWebhook.id }, admin());
    } finally {
      await second.close();
    }
  });

  it('tells an IDEAS_MERGED webhook which idea was merged into which and why, and nothing for a refused merge', async () => {
    const { createWebhook } = await app.api.ok<{ createWebhook: { id: string } }>(
      CREATE,
      { input: { url: receiver.url, events: ['IDEAS_MERGED'] } },
      admin(),
    );
    const moderator = await given.member(instance, { role: 'MODERATOR' });
    const author = await given.member(instance);
    const target = await given.idea(instance, author, { title: 'Print double-sided by default' });
    const source = await given.idea(instance, author, { title: 'Default to duplex printing' });
    const merge = (sourceId: string, targetId: string) =>
      app.api.request(MERGE, { source: sourceId, target: targetId, reason: 'Same idea' }, { token: moderator.token });
    const before = receiver.received.length;
    await merge(source.id, source.id);
    await deliver();
    expect(receiver.received).toHaveLength(before);

    expect((await merge(source.id, target.id)).errors).toBeUndefined();
    await deliver();
    const sent = receiver.received.slice(before);
    expect(sent.map((r) => r.event)).toEqual(['IDEAS_MERGED']);
    expect(JSON.parse(sent[0].body)).toMatchObject({
      event: 'IDEAS_MERGED',
      data: {
        source: { id: source.id, title: 'Default to duplex printing' },
        target: { id: target.id, title: 'Print double-sided by default' },
        reason: 'Same idea',
      },
    });
    await app.api.ok(DELETE, { id: createWebhook.id }, admin());
  });

  it('is for admins only, and refuses addresses that are not https or reach private networks', async () => {
    const member = await given.member(instance);
    expect(await app.api.code(CREATE, { input: { url: receiver.url, events: ['IDEA_SUBMITTED'] } }, { token: member.token })).toBe(
      'FORBIDDEN',
    );
    expect(await app.api.code(LIST, {}, { token: member.token })).toBe('FORBIDDEN');
    expect(await app.api.code(CREATE, { input: { url: 'not a url', events: ['IDEA_SUBMITTED'] } }, admin())).toBe('BAD_USER_INPUT');
    expect(await app.api.code(CREATE, { input: { url: receiver.url, events: [] } }, admin())).toBe('BAD_USER_INPUT');
    expect(await app.api.code(LOG, { id: 'not-an-id' }, admin())).toBe('BAD_USER_INPUT');

    await expect(checkWebhookUrl('http://hooks.example.gov.uk/x', false)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(checkWebhookUrl('https://127.0.0.1/x', false)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(checkWebhookUrl('https://localhost/x', false)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(checkWebhookUrl('https://[::1]/x', false)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(checkWebhookUrl('https://169.254.169.254/latest', false)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(checkWebhookUrl('https://8.8.8.8/hook', false)).resolves.toBeInstanceOf(URL);
    for (const address of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '100.64.0.1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(address)).toBe(true);
    }
    expect(isPrivateAddress('2a00:1450:4009::1')).toBe(false);
  });
});
