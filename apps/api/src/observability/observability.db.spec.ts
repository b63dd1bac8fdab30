import { Writable } from 'node:stream';
import { createLogger } from '../common/logging/logger';
import { requestScope } from '../common/logging/request-scope';
import { serviceUnavailableOf } from '../common/errors/service-unavailable';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('what an operator sees', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('serves Prometheus metrics: operations, refusals by code, the pool, jobs and live subscribers', async () => {
    await app.api.request('query WhoAmI { me { id } }');
    const response = await fetch(`${app.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/ix_graphql_requests_total\{operation="WhoAmI",outcome="error"\} [1-9]/);
    expect(text).toMatch(/ix_graphql_request_duration_seconds_count\{operation="WhoAmI"\} [1-9]/);
    expect(text).toMatch(/ix_refusals_total\{code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toMatch(/ix_database_pool_connections\{state="max"\} [1-9]/);
    expect(text).toContain('ix_live_subscribers');
    expect(text).toContain('ix_background_job_runs_total');
    expect(text).toContain('ix_trade_batch_size_bucket');
  });

  it('keeps the balancer’s request id, and replaces one that could forge log lines', async () => {
    const kept = await fetch(`${app.url}/health`, { headers: { 'x-request-id': 'nginx-0123abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('nginx-0123abcd');
    const forged = await fetch(`${app.url}/health`, { headers: { 'x-request-id': 'a"} {"level":60' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers readiness beside liveness', async () => {
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: 'ok', database: 'ready' });
  });

  it('puts the request id on every line logged while serving the request', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger('info', sink);
    await requestScope.run({ requestId: 'req-42', language: 'en', asked: true }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.info('deep inside a service');
    });
    log.info('outside any request');
    expect(JSON.parse(lines[0])).toMatchObject({ requestId: 'req-42', msg: 'deep inside a service' });
    expect(JSON.parse(lines[1]).requestId).toBeUndefined();
  });

  it('tells a database outage or a full disk from a fault', () => {
    expect(serviceUnavailableOf(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))?.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(
      serviceUnavailableOf({
        originalError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      } as unknown),
    ).toBeDefined();
    const disk = serviceUnavailableOf(
      Object.assign(new Error('could not extend file'), {
        driverError: Object.assign(new Error('could not extend file'), { code: '53100' }),
      }),
    );
    expect(disk?.message).toContain('storage is full');
    expect(serviceUnavailableOf(new Error('timeout exceeded when trying to connect'))?.code).toBe('SERVICE_UNAVAILABLE');
    expect(serviceUnavailableOf(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
    expect(serviceUnavailableOf(new TypeError('x is undefined'))).toBeUndefined();
  });
});
