import type { AppRequest } from '../auth/request-context';

export type ConnectionParams = Readonly<Record<string, unknown>> | undefined;

function stringParam(params: ConnectionParams, name: string): string | undefined {
  const value = params?.[name] ?? params?.[name.toLowerCase()];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * A stand-in request for one subscription operation: the access guard and the actor lookup read
 * its headers exactly as they read an HTTP request's, so subscriptions follow the same rules.
 * A fresh one per operation means a changed role or a suspension is seen by the next subscribe.
 */
export function liveRequest(params: ConnectionParams): AppRequest {
  const headers: Record<string, string> = {};
  const authorization = stringParam(params, 'authorization');
  const tenant = stringParam(params, 'x-tenant') ?? stringParam(params, 'tenant');
  if (authorization) headers.authorization = authorization;
  if (tenant) headers['x-tenant'] = tenant;
  return { headers } as unknown as AppRequest;
}
