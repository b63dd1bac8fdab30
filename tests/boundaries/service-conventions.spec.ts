import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const source = resolve(__dirname, '..', '..', 'apps/api/src');

interface Method {
  name: string;
  firstParameterType: string;
  opensTransaction: boolean;
}

/** The methods of a file's classes: what their first parameter is, and whether they open a transaction. */
function methodsOf(file: string, text: string): Method[] {
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const methods: Method[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isMethodDeclaration(node) && node.body) {
      const opens = (inner: ts.Node): boolean =>
        (ts.isCallExpression(inner) &&
          ts.isPropertyAccessExpression(inner.expression) &&
          ['withTenant', 'withPlatform'].includes(inner.expression.name.text)) ||
        ts.forEachChild(inner, opens) === true;
      methods.push({
        name: `${file}: ${node.name.getText(tree)}`,
        firstParameterType: node.parameters[0]?.type?.getText(tree) ?? '',
        opensTransaction: opens(node.body),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return methods;
}

function methodsIn(suffix: string): Method[] {
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith(suffix));
  return files.flatMap((file) => methodsOf(file, readFileSync(join(source, file), 'utf8')));
}

const joinsTheCallers = (method: Method) => method.firstParameterType === 'TenantTx' && method.opensTransaction;

describe('service methods (docs/architecture.md, "Service method conventions")', () => {
  it('that take the caller’s transaction join it rather than open their own', () => {
    const methods = methodsIn('.service.ts');
    expect(methods.filter((method) => method.firstParameterType === 'TenantTx').length).toBeGreaterThan(30);

    expect(methods.filter(joinsTheCallers).map((method) => method.name)).toEqual([]);
  });

  it('are caught opening a transaction inside the caller’s', () => {
    const bad = methodsOf(
      'probe.service.ts',
      'class Probe { async add(tx: TenantTx, id: string) { return this.db.withTenant(tx.tenantId, (inner) => inner.query(id)); } }',
    );

    expect(bad.filter(joinsTheCallers).map((method) => method.name)).toEqual(['probe.service.ts: add']);
  });
});
