import {
  GraphQLError,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { RequestErrorCode } from '../errors/domain-error';
import { fieldPrice } from './field-prices';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

type RefusalCode = Extract<RequestErrorCode, 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX'>;

/** A request that cannot run: answered with HTTP 400 and a contract code, never as a fault of ours. */
export class RequestRefused extends GraphQLError {
  constructor(message: string, code: RefusalCode) {
    super(message, { extensions: { code, http: { status: 400 } } });
  }
}

/** An unbounded list is priced as this many items: nothing in the schema returns more by default. */
const ASSUMED_LIST_SIZE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  aliases: number;
}

interface Measure {
  depth: number;
  cost: number;
}

function fieldOf(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name];
}

function sizeAsked(args: Record<string, unknown>): number | undefined {
  for (const name of ['first', 'last', 'limit']) {
    const value = args[name];
    if (typeof value === 'number') return Math.max(value, 1);
  }
  return undefined;
}

function measureField(walk: Walk, parent: GraphQLNamedType | undefined, node: FieldNode, seen: ReadonlySet<string>): Measure {
  if (node.alias) walk.aliases += 1;
  const field = fieldOf(parent, node.name.value);
  if (!field) return { depth: node.name.value.startsWith('__') ? 0 : 1, cost: 1 };
  const children = measureSelections(walk, getNamedType(field.type), node.selectionSet, seen);
  const args = getArgumentValues(field, node, walk.variables);
  const asked = sizeAsked(args);
  // A connection's edges are already multiplied by the connection's own page size.
  const insideConnection = parent?.name.endsWith('Connection') ?? false;
  const isList = isListType(getNullableType(field.type));
  const items = asked ?? (isList && !insideConnection ? ASSUMED_LIST_SIZE : 1);
  return { depth: 1 + children.depth, cost: fieldPrice(parent?.name ?? '', field) + items * children.cost };
}

function measureSelections(
  walk: Walk,
  parent: GraphQLNamedType | undefined,
  selectionSet: SelectionSetNode | undefined,
  seen: ReadonlySet<string>,
): Measure {
  const total: Measure = { depth: 0, cost: 0 };
  for (const selection of selectionSet?.selections ?? []) {
    let part: Measure;
    if (selection.kind === 'Field') part = measureField(walk, parent, selection, seen);
    else if (selection.kind === 'InlineFragment') {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      part = measureSelections(walk, on ?? parent, selection.selectionSet, seen);
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value) ?? parent;
      part = measureSelections(walk, on, fragment.selectionSet, new Set(seen).add(fragment.name.value));
    }
    total.depth = Math.max(total.depth, part.depth);
    total.cost += part.cost;
  }
  return total;
}

export interface AdmittedOperation {
  operation: OperationDefinitionNode;
  /** The variables as the schema's scalars read them. */
  variables: Record<string, unknown>;
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * The one gate every operation passes before it runs, over HTTP and over the socket alike: its
 * variables are coerced once here (a missing or ill-typed variable, or a value a scalar refuses,
 * is bad input), then its depth, aliases and cost are measured against the limits. Cost follows
 * real cost: each field has a price (costly ones more, see field-prices.ts) and a list multiplies
 * its children by the page size asked for.
 */
export function admitOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): AdmittedOperation {
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    throw new RequestRefused(
      operationName ? `There is no operation named "${operationName}".` : 'Name the operation to run.',
      'BAD_USER_INPUT',
    );
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 5 });
  if (coerced.errors) throw new RequestRefused(coerced.errors.map((error) => error.message).join(' '), 'BAD_USER_INPUT');

  const measured = measureOperation(schema, document, operation, coerced.coerced);
  if (measured.aliases > limits.maxAliases) {
    throw new RequestRefused(`This query uses ${measured.aliases} aliases; the limit is ${limits.maxAliases}.`, 'QUERY_TOO_COMPLEX');
  }
  if (measured.depth > limits.maxDepth) {
    throw new RequestRefused(`This query is nested ${measured.depth} levels deep; the limit is ${limits.maxDepth}.`, 'QUERY_TOO_COMPLEX');
  }
  if (measured.cost > limits.maxCost) {
    throw new RequestRefused(
      `This query is too large (cost ${measured.cost}, limit ${limits.maxCost}): ask for fewer items or fields.`,
      'QUERY_TOO_COMPLEX',
    );
  }
  return { operation, variables: coerced.coerced, ...measured };
}

/** Depth, aliases and cost of one operation of a document, given its coerced variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { depth: number; aliases: number; cost: number } {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
  }
  const walk: Walk = { schema, fragments, variables, aliases: 0 };
  const root = schema.getRootType(operation.operation) ?? undefined;
  const { depth, cost } = measureSelections(walk, root, operation.selectionSet, new Set());
  return { depth, aliases: walk.aliases, cost };
}
