import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlDuration, graphqlRequests, refusals } from '../common/metrics/metrics';

/** Operation names become label values: keep them few and tidy, whatever a client sends. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

function operationLabel(name: string | null | undefined): string {
  return name && OPERATION_NAME.test(name) ? name : 'anonymous';
}

/**
 * Counts and times every GraphQL operation and every coded error it answered, and answers
 * HTTP 503 when the database was away (SERVICE_UNAVAILABLE), so balancers and clients retry
 * rather than treat it as a fault or a success.
 */
export function graphqlObservability(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName }) {
          const operation = operationLabel(operationName ?? request.operationName);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          let unavailable = false;
          for (const error of errors) {
            const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
            refusals.inc({ code });
            if (code === 'SERVICE_UNAVAILABLE') unavailable = true;
          }
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '2');
          }
          graphqlRequests.inc({ operation, outcome: errors.length > 0 ? 'error' : 'ok' });
          graphqlDuration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
