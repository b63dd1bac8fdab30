import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** The public contract, as external clients read it. */
export function contractSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(ROOT, 'apps/api/src/contract/api-contract.graphql'), 'utf8'));
}

/** The schema the API serves, as codegen last printed it (the contract test keeps it current). */
export function servedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(ROOT, 'apps/api/schema.graphql'), 'utf8'));
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every Query and Mutation field of the contract, split by whether the API serves it yet. */
export function contractOperations(contract: GraphQLSchema, served: GraphQLSchema): { served: Operation[]; pending: Operation[] } {
  const result = { served: [] as Operation[], pending: [] as Operation[] };
  for (const [kind, root, servedRoot] of [
    ['query', contract.getQueryType(), served.getQueryType()],
    ['mutation', contract.getMutationType(), served.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const operation = { kind, name: field.name, field };
      (servedRoot?.getFields()[field.name] ? result.served : result.pending).push(operation);
    }
  }
  return result;
}

/** Ids the arguments draw from: real objects of the caller's instance and of another, and made-up ones. */
export interface IdPool {
  own: string[];
  foreign: string[];
}

const ODD_STRINGS = [
  '',
  ' ',
  'not-a-uuid',
  "'; DROP TABLE ideas; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.com")',
  '\u0000',
  'Ŵelsh ŵ ŷ — “quotes” 🚀👩🏽‍💻',
  'مرحبا بالعالم',
  '%00%27',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  'a'.repeat(5001),
];

function stringArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.emailAddress() },
    { weight: 1, arbitrary: fc.constantFrom('A sensible idea title', 'Print less paper', 'example.gov.uk') },
  );
}

function idArb(pool: IdPool): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pool.own) },
    { weight: 1, arbitrary: fc.constantFrom(...pool.own).map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.constantFrom(...pool.foreign) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom('not-a-uuid', '', '0', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g') },
  );
}

function scalarArb(name: string, pool: IdPool): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return idArb(pool);
    case 'Int':
      return fc.oneof(fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 100, 101), fc.integer({ min: -5, max: 60 }));
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'Amount':
      return fc.oneof(
        fc.constantFrom('0.00', '0.01', '1.00', '-5.00', '12.50', '99999999999.99', '1', '1.5', '1,000.00', '0.001', 'abc', '1e3'),
        fc
          .bigInt({ min: -100_000n, max: 1_000_000n })
          .map(
            (cents) =>
              `${cents < 0n ? '-' : ''}${(cents < 0n ? -cents : cents) / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`,
          ),
      );
    case 'DateTime':
      return fc.oneof(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
        fc.constantFrom('not a date', '2026-13-45T00:00:00Z', ''),
      );
    default:
      return stringArb();
  }
}

/** A value of the given input type: type-valid, often hostile, and null or absent where allowed. */
export function inputArb(type: GraphQLInputType, pool: IdPool, depth = 0): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    value = fc.array(inputArb(inner.ofType, pool, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  } else if (isEnumType(inner)) {
    value = fc.constantFrom(...inner.getValues().map((v) => v.name));
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) shape[field.name] = inputArb(field.type, pool, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    value = fc.record(shape, { requiredKeys: required });
  } else if (isScalarType(inner)) {
    value = scalarArb(inner.name, pool);
  } else {
    value = fc.constant(null);
  }
  return isNonNullType(type) ? value : fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** Arguments of an operation: required ones always, optional ones sometimes left out. */
export function argsArb(args: readonly GraphQLArgument[], pool: IdPool): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of args) shape[arg.name] = inputArb(arg.type, pool);
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  return fc.record(shape, { requiredKeys: required });
}

/** A valid, harmless value for a required argument of a nested field. */
function plainValue(type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (isListType(inner)) return '[]';
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isScalarType(inner)) {
    if (inner.name === 'Int' || inner.name === 'Float') return '1';
    if (inner.name === 'Boolean') return 'false';
    if (inner.name === 'Amount') return '"1.00"';
    return '"x"';
  }
  return '{}';
}

/** Wrapper types a client sees through: their fields do not count as a level of nesting. */
function isWrapper(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection') || type.name.endsWith('Edge');
}

/**
 * Every field of the returned type that the API serves, objects one level deep with their leaf
 * fields (through connection wrappers); required field arguments are filled with plain values.
 */
export function selectionOf(type: GraphQLNamedType, served: GraphQLSchema, level = 0): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || !(isObjectType(type) || isInterfaceType(type))) return '{ __typename }';
  const servedType = served.getType(type.name) as GraphQLObjectType | undefined;
  const servedFields = servedType && isObjectType(servedType) ? servedType.getFields() : {};
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!servedFields[field.name]) continue;
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const args = required.length > 0 ? `(${required.map((arg) => `${arg.name}: ${plainValue(arg.type)}`).join(', ')})` : '';
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (isWrapper(named) || level === 0) {
      const nested = selectionOf(named, served, isWrapper(named) ? level : level + 1);
      if (nested !== '{  }') parts.push(`${field.name}${args} ${nested}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** The document of an operation, with its arguments as variables of their contract types. */
export function documentOf(operation: Operation, served: GraphQLSchema): string {
  const { field } = operation;
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = selectionOf(getNamedType(field.type), served);
  const name = `${operation.name.charAt(0).toUpperCase()}${operation.name.slice(1)}Contract`;
  return `${operation.kind} ${name}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}
