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

/** Scalars read as text: ids and strings, which end up in SQL parameters. */
const CHECKED = new Set(['ID', 'String']);

function carriesText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return carriesText(inner.ofType, seen);
  if (isScalarType(inner)) return CHECKED.has(inner.name);
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => carriesText(field.type, seen));
}

/** `path` names the value as the validation pipe names fields: an input's fields without the argument's name. */
function normalise(type: GraphQLInputType, value: unknown, path: string[]): unknown {
  if (value === null || value === undefined) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) return (value as unknown[]).map((item) => normalise(inner.ofType, item, path));
  if (isScalarType(inner)) {
    const field = path.join('.');
    if (inner.name === 'String' && typeof value === 'string' && value.includes('\u0000')) {
      // PostgreSQL text cannot hold NUL; refused here rather than failing inside a statement.
      throw BadUserInput.field(field, { key: 'TEXT_NOT_STORABLE', values: { field } });
    }
    if (inner.name !== 'ID') return value;
    if (!isUuid(value)) throw BadUserInput.field(field, { key: 'ID_NOT_VALID', values: { field } });
    return value.toLowerCase();
  }
  if (!isInputObjectType(inner)) return value;
  const result: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, field] of Object.entries(inner.getFields())) {
    if (name in result && carriesText(field.type)) result[name] = normalise(field.type, result[name], [...path, name]);
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
 * case a client used; no string may hold NUL. Anything else is BAD_USER_INPUT naming the argument.
 */
export function argumentCheck(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      const checked = field.args.filter((arg) => carriesText(arg.type));
      if (checked.length === 0) continue;
      field.resolve = guard(checked, field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = guard(checked, field.subscribe);
    }
  }
  return schema;
}
