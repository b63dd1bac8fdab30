import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInput } from '../errors/domain-error';
import { isUuid } from './uuid';

function carriesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return carriesId(inner.ofType, seen);
  if (isScalarType(inner)) return inner.name === 'ID';
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => carriesId(field.type, seen));
}

/** `path` names the value as the validation pipe names fields: an input's fields without the argument's name. */
function normalise(type: GraphQLInputType, value: unknown, path: string[]): unknown {
  if (value === null || value === undefined) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) return (value as unknown[]).map((item) => normalise(inner.ofType, item, path));
  if (isScalarType(inner)) {
    if (inner.name !== 'ID') return value;
    if (!isUuid(value)) throw BadUserInput.field(path.join('.'), `${path.join('.')} is not a valid id.`);
    return value.toLowerCase();
  }
  if (!isInputObjectType(inner)) return value;
  const result: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, field] of Object.entries(inner.getFields())) {
    if (name in result && carriesId(field.type)) result[name] = normalise(field.type, result[name], [...path, name]);
  }
  return result;
}

function normaliseArgs(defs: readonly GraphQLArgument[], args: Record<string, unknown>): Record<string, unknown> {
  const result = { ...args };
  for (const def of defs) {
    const path = isInputObjectType(getNullableType(def.type)) ? [] : [def.name];
    if (def.name in result) result[def.name] = normalise(def.type, result[def.name], path);
  }
  return result;
}

function guard(defs: readonly GraphQLArgument[], resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => resolve(source, normaliseArgs(defs, args), context, info);
}

/**
 * The one id check: every argument of type ID, at any depth of an input, must be a UUID before any
 * resolver (and so any SQL) sees it, and is passed on in lower case so ids compare alike whatever
 * case a client used. Anything else is BAD_USER_INPUT naming the argument.
 */
export function identifierCheck(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      const withIds = field.args.filter((arg) => carriesId(arg.type));
      if (withIds.length === 0) continue;
      field.resolve = guard(withIds, field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = guard(withIds, field.subscribe);
    }
  }
  return schema;
}
