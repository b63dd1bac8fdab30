import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';
import { contractGaps } from './contract-coverage';
import { PENDING_CONTRACT } from './pending-contract';

describe('the public contract', () => {
  let app: TestApp;
  let gaps: string[];
  const pending = Object.values(PENDING_CONTRACT).flat();

  beforeAll(async () => {
    app = await startTestApp();
    const contract = readFileSync(join(__dirname, 'api-contract.graphql'), 'utf8');
    gaps = contractGaps(contract, app.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(() => app.close());

  it('is served in full: every operation, argument, field and type, apart from parts still being built', () => {
    expect(gaps.filter((gap) => !pending.includes(gap))).toEqual([]);
  });

  it('lists as still being built only what is really missing', () => {
    expect(pending.filter((entry) => !gaps.includes(entry))).toEqual([]);
  });

  it('finds a gap when the served schema lacks a field (the check itself can fail)', () => {
    const contract = 'type Query { me: Member! } type Member { id: ID! nickname: String! }';
    expect(contractGaps(contract, app.app.get(GraphQLSchemaHost).schema)).toEqual(['field Member.nickname']);
  });

  it('matches the schema file the web app generates its types from (run `npm run codegen` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    expect(committed.trim()).toBe(printSchema(lexicographicSortSchema(app.app.get(GraphQLSchemaHost).schema)).trim());
  });
});
