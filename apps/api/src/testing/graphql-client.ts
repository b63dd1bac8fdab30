export interface GraphQLErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export interface Caller {
  /** A member's bearer token, or the operator token. */
  token?: string;
  /** X-Tenant for anonymous reads of a public instance. */
  tenant?: string;
  headers?: Record<string, string>;
}

/** Talks to the API over real HTTP, as an outside client would. */
export class GraphQLClient {
  constructor(readonly endpoint: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller: Caller = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...caller.headers };
    if (caller.token) headers.authorization = `Bearer ${caller.token}`;
    if (caller.tenant) headers['x-tenant'] = caller.tenant;
    const response = await fetch(this.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorBody[] };
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}): Promise<T> {
    const result = await this.request<T>(query, variables, caller);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** The error code of a request that must fail. */
  async code(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}): Promise<string | undefined> {
    const result = await this.request(query, variables, caller);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0].extensions?.code;
  }
}
