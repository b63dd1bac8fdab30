import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

interface FolderImports {
  twoWay: Record<string, string[]>;
  unusedExceptions: string[];
}

// The same reading of the source as `npm run graph:deps`, with its listed exceptions.
function readFolderImports(): FolderImports {
  const run = spawnSync(process.execPath, ['tools/api-folder-imports.mjs'], { cwd: root, encoding: 'utf8' });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as FolderImports;
}

describe('imports between the API’s folders', () => {
  it('never go both ways between two folders', () => {
    expect(readFolderImports().twoWay).toEqual({});
  });

  it('list no exception that no import needs any more', () => {
    expect(readFolderImports().unusedExceptions).toEqual([]);
  });

  it('are caught when a folder imports one that imports it', () => {
    // ideas imports tenants; a tenants file importing ideas closes the loop.
    const probe = join(root, 'apps/api/src/tenants', `two-way-probe-${process.pid}.ts`);
    writeFileSync(probe, "export { IdeasService } from '../ideas/ideas.service';\n");
    try {
      expect(readFolderImports().twoWay['ideas <-> tenants']).toContain(`tenants/two-way-probe-${process.pid}.ts -> ideas/ideas.service`);
    } finally {
      rmSync(probe, { force: true });
    }
  });
});

describe('docs/dependencies.md', () => {
  it('is the picture of the imports as they are now (npm run graph:deps)', () => {
    const check = spawnSync(process.execPath, ['tools/graph-deps.mjs', '--check'], { cwd: root, encoding: 'utf8' });

    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('the API’s resolvers', () => {
  it('never open a transaction: their service does', () => {
    const source = join(root, 'apps/api/src');
    const resolvers = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.resolver.ts'));
    expect(resolvers.length).toBeGreaterThan(20);

    const opening = resolvers.filter((path) =>
      /\bwithTenant\(|database\/database\.service'/.test(readFileSync(join(source, path), 'utf8')),
    );

    expect(opening).toEqual([]);
  });
});
