import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormattedExecutionResult } from 'graphql';
import { printDocument } from './print-document';

/**
 * One operation over HTTP without Apollo Client, for the screens that come before it is loaded
 * (sign-in, sign-up): the same generated documents, the same request and, for the API's errors,
 * the same CombinedGraphQLErrors as Apollo Client throws, so forms show them alike.
 */
export async function graphqlRequest<Data, Variables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  headers: Readonly<Record<string, string>>,
): Promise<Data> {
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9', ...headers },
    body: JSON.stringify({ operationName: operation?.name?.value, query: printDocument(document), variables }),
  });
  // A GraphQL response carries its errors whatever the status; plain JSON only with a success status.
  const graphqlResponse = response.headers.get('content-type')?.includes('application/graphql-response+json') ?? false;
  if (!graphqlResponse && !response.ok) throw new Error(`GraphQL request failed with status ${response.status}`);
  const result = (await response.json()) as FormattedExecutionResult<Data>;
  if (result.errors?.length) throw new CombinedGraphQLErrors(result);
  if (result.data == null) throw new Error('GraphQL response without data or errors');
  return result.data;
}
