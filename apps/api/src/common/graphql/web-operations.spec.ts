import { buildSchema, parse, print, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, queryLimitsOf } from '../../config/app-config';
import { measureOperation } from './request-limits';

const ROOT = join(__dirname, '../../../../..');

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Variables at their most expensive: a page of 100 (the largest any list allows) for every Int. */
function dearestVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      print(definition.type).replace('!', '') === 'Int' ? 100 : 'x',
    ]),
  );
}

describe("the web app's own operations", () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.graphql'), 'utf8'));
  const document = parse(
    graphqlFiles(join(ROOT, 'apps/web/src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n'),
  );
  const limits = queryLimitsOf(
    loadConfig(
      { OPERATOR_TOKEN: 'an-operator-token-of-at-least-32-bytes', JWT_SECRET: 'a-jwt-secret-of-at-least-thirty-two-bytes' },
      { dataDir: '/nonexistent' },
    ),
  );
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');

  it('finds them', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? 'anonymous', operation] as const))(
    '%s fits within the default depth, alias and cost limits, even at its largest pages',
    (_name, operation) => {
      const measured = measureOperation(schema, document, operation, dearestVariables(operation));
      expect(measured.depth).toBeLessThanOrEqual(limits.maxDepth);
      expect(measured.aliases).toBeLessThanOrEqual(limits.maxAliases);
      expect(measured.cost).toBeLessThanOrEqual(limits.maxCost);
    },
  );
});
