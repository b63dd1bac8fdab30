import { GraphQLScalarType, buildSchema, parse } from 'graphql';
import { admitOperation, RequestRefused } from './request-limits';

const schema = buildSchema(`
  scalar Amount
  type Query {
    me: Member
    ideas(first: Int = 20): IdeaConnection!
    members: [Member!]!
    quote(spend: Amount!): Int
  }
  type IdeaConnection { edges: [IdeaEdge!]! totalCount: Int! }
  type IdeaEdge { node: Idea! }
  type Idea { id: ID! title: String! floatReadiness: FloatReadiness! descriptionHtml: String! }
  type FloatReadiness { ready: Boolean! }
  type Member { id: ID! name: String! }
`);
// The real scalar refuses a third decimal place; this stand-in refuses anything but "1.00".
Object.assign(schema.getType('Amount') as GraphQLScalarType, {
  parseValue: (value: unknown) => {
    if (value !== '1.00') throw new TypeError('not an amount');
    return 100n;
  },
});

const limits = { maxDepth: 4, maxAliases: 3, maxCost: 500 };
const admit = (query: string, variables: Record<string, unknown> = {}, within = limits) =>
  admitOperation(schema, parse(query), undefined, variables, within);

describe('the request gate', () => {
  it('measures cost by the page size asked for, from literals and variables alike', () => {
    expect(admit('{ ideas(first: 5) { totalCount } }').cost).toBe(1 + 5 * 1);
    expect(admit('query ($n: Int) { ideas(first: $n) { totalCount } }', { n: 7 }).cost).toBe(1 + 7 * 1);
    // The default page size of the argument counts when none is given.
    expect(admit('{ ideas { totalCount } }').cost).toBe(1 + 20 * 1);
    // An unbounded list is priced as ten items.
    expect(admit('{ members { id name } }').cost).toBe(1 + 10 * 2);
  });

  it('prices the costly fields per parent, multiplied by the page', () => {
    const roomy = { ...limits, maxDepth: 10 };
    const plain = admit('{ ideas(first: 2) { edges { node { id } } } }', {}, roomy).cost;
    const costly = admit('{ ideas(first: 2) { edges { node { id floatReadiness { ready } descriptionHtml } } } }', {}, roomy).cost;
    expect(costly - plain).toBe(2 * (50 + 1 + 10));
  });

  it('refuses over the alias, depth and cost limits with QUERY_TOO_COMPLEX', () => {
    const refusal = (query: string): unknown[] | undefined => {
      try {
        admit(query);
        return undefined;
      } catch (error) {
        if (error instanceof RequestRefused) return [error.extensions.code, error.message];
        throw error;
      }
    };
    expect(refusal('{ a: me { id } b: me { id } c: me { id } d: me { id } }')).toEqual([
      'QUERY_TOO_COMPLEX',
      'This query uses 4 aliases; the limit is 3.',
    ]);
    expect(refusal('{ ideas(first: 1) { edges { node { floatReadiness { ready } } } } }')).toEqual([
      'QUERY_TOO_COMPLEX',
      'This query is nested 5 levels deep; the limit is 4.',
    ]);
    expect(refusal('{ ideas(first: 200) { totalCount edges { node { id } } } }')?.[0]).toBe('QUERY_TOO_COMPLEX');
    expect(refusal('{ ideas(first: 10) { totalCount } }')).toBeUndefined();
  });

  it('coerces the variables once, refusing a missing or refused one as BAD_USER_INPUT', () => {
    expect(admit('query ($s: Amount!) { quote(spend: $s) }', { s: '1.00' }).variables).toEqual({ s: 100n });
    for (const variables of [{}, { s: '1,000.00' }, { s: 5 }]) {
      expect(() => admit('query ($s: Amount!) { quote(spend: $s) }', variables)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});
