import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * Compares the served schema with the public contract: everything the contract offers must be
 * served with the same type (more is fine, never less). Returns one line per gap.
 */
export function contractGaps(contractSdl: string, served: GraphQLSchema): string[] {
  const contract = buildSchema(contractSdl);
  const gaps: string[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const servedType = served.getType(type.name);
    if (!servedType) {
      gaps.push(`type ${type.name}`);
      continue;
    }
    gaps.push(...typeGaps(type, servedType));
  }
  for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
    const contractRoot =
      root === 'Query' ? contract.getQueryType() : root === 'Mutation' ? contract.getMutationType() : contract.getSubscriptionType();
    const servedRoot =
      root === 'Query' ? served.getQueryType() : root === 'Mutation' ? served.getMutationType() : served.getSubscriptionType();
    if (contractRoot && servedRoot?.name !== root) gaps.push(`schema ${root} root`);
  }
  return gaps;
}

function typeGaps(expected: GraphQLNamedType, actual: GraphQLNamedType): string[] {
  if (expected.constructor !== actual.constructor) return [`type ${expected.name} is a different kind`];
  if (isScalarType(expected)) return [];
  if (isEnumType(expected) && isEnumType(actual)) {
    const values = new Set(actual.getValues().map((v) => v.name));
    return expected
      .getValues()
      .filter((v) => !values.has(v.name))
      .map((v) => `enum value ${expected.name}.${v.name}`);
  }
  if (isObjectType(expected) && isObjectType(actual)) {
    const fields = actual.getFields();
    return Object.values(expected.getFields()).flatMap((field) => fieldGaps(expected.name, field, fields[field.name]));
  }
  if (isInputObjectType(expected) && isInputObjectType(actual)) {
    const fields = actual.getFields();
    return Object.values(expected.getFields()).flatMap((field) => inputGaps(`${expected.name}`, field, fields[field.name]));
  }
  return [];
}

function fieldGaps(owner: string, expected: GraphQLField<unknown, unknown>, actual: GraphQLField<unknown, unknown> | undefined): string[] {
  const name = `${owner}.${expected.name}`;
  if (!actual) return [`field ${name}`];
  const gaps: string[] = [];
  if (String(actual.type) !== String(expected.type)) gaps.push(`field ${name} is ${String(actual.type)}, not ${String(expected.type)}`);
  const args = new Map(actual.args.map((arg) => [arg.name, arg]));
  for (const arg of expected.args) gaps.push(...argGaps(name, arg, args.get(arg.name)));
  // An extra argument must not be required, or existing clients would break.
  for (const arg of actual.args) {
    if (!expected.args.some((a) => a.name === arg.name) && String(arg.type).endsWith('!') && arg.defaultValue === undefined) {
      gaps.push(`argument ${name}(${arg.name}) is required but not in the contract`);
    }
  }
  return gaps;
}

function argGaps(owner: string, expected: GraphQLArgument, actual: GraphQLArgument | undefined): string[] {
  const name = `${owner}(${expected.name})`;
  if (!actual) return [`argument ${name}`];
  const gaps: string[] = [];
  if (String(actual.type) !== String(expected.type)) gaps.push(`argument ${name} is ${String(actual.type)}, not ${String(expected.type)}`);
  if (expected.defaultValue !== undefined && JSON.stringify(actual.defaultValue) !== JSON.stringify(expected.defaultValue)) {
    gaps.push(`argument ${name} defaults to ${JSON.stringify(actual.defaultValue)}, not ${JSON.stringify(expected.defaultValue)}`);
  }
  return gaps;
}

function inputGaps(owner: string, expected: GraphQLInputField, actual: GraphQLInputField | undefined): string[] {
  const name = `${owner}.${expected.name}`;
  if (!actual) return [`input field ${name}`];
  return String(actual.type) !== String(expected.type)
    ? [`input field ${name} is ${String(actual.type)}, not ${String(expected.type)}`]
    : [];
}
