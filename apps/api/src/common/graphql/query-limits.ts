import type { ApolloServerPlugin } from '@apollo/server';
import { admitOperation, type QueryLimits } from './request-limits';

/** Runs every HTTP operation through the one gate (request-limits.ts) before it executes. */
export function queryLimits(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          admitOperation(schema, document, request.operationName, request.variables, limits);
        },
      };
    },
  };
}
