import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  getNullableType,
  isListType,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { BadUserInput } from '../errors/domain-error';

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === 'InlineFragment') {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      deepest = Math.max(deepest, depthOf(fragments[name].selectionSet, fragments, new Set(seen).add(name)));
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than the limit (introspection fields do not count). */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`This query is nested ${depth} levels deep; the limit is ${maxDepth}.`, { nodes: [node] }));
        }
      },
    };
  };
}

/**
 * Each field costs 1 plus its children, multiplied by the page size asked for; an unbounded list
 * counts as 10 items. A connection's edges are already counted by its `first`, so not again.
 */
const pagedEstimator: ComplexityEstimator = ({ type, args, field, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.max(args.first, 1) : undefined;
  const isList = isListType(getNullableType(field.type));
  const insideConnection = type.name.endsWith('Connection');
  const multiplier = first ?? (isList && !insideConnection ? 10 : 1);
  return 1 + childComplexity * multiplier;
};

export function complexityLimit(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [pagedEstimator],
          });
          if (complexity > maxComplexity) {
            throw new BadUserInput(`This query is too large (cost ${complexity}, limit ${maxComplexity}): ask for fewer items or fields.`);
          }
        },
      };
    },
  };
}
