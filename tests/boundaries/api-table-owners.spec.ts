import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

interface TableOwners {
  unowned: string[];
  staleOwners: string[];
  foreign: string[];
  unusedAllowances: string[];
}

function readTableOwners(source?: string): TableOwners {
  const run = spawnSync(process.execPath, ['tools/api-table-owners.mjs', ...(source ? ['--source', source] : [])], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as TableOwners;
}

describe('the API’s tables', () => {
  it('each have one owning capability', () => {
    const owners = readTableOwners();

    expect(owners.unowned).toEqual([]);
    expect(owners.staleOwners).toEqual([]);
  });

  it('are queried only by their owner: others ask its service', () => {
    expect(readTableOwners().foreign).toEqual([]);
  });

  it('list no allowance that no query needs any more', () => {
    expect(readTableOwners().unusedAllowances).toEqual([]);
  });

  it('are caught when a capability reads another’s table with SQL', () => {
    const probe = join(root, 'apps/api/src/operator', `table-probe-${process.pid}.ts`);
    writeFileSync(probe, 'export const probe = `SELECT count(*) FROM members WHERE NOT suspended`;\n');
    try {
      expect(readTableOwners().foreign).toEqual([`operator/table-probe-${process.pid}.ts uses members (members's) by SQL`]);
    } finally {
      rmSync(probe, { force: true });
    }
  });

  describe('in a tree with a capability reaching into another’s table', () => {
    let source: string;
    let owners: TableOwners;
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(source, path)), { recursive: true });
      writeFileSync(join(source, path), text);
    };

    beforeAll(() => {
      source = mkdtempSync(join(tmpdir(), 'table-owners-'));
      write('database/migrations/1-start.ts', "export const up = 'CREATE TABLE ideas (id uuid); CREATE TABLE votes (id uuid)';\n");
      write('database/entities.ts', "import { IdeaEntity } from '../ideas/idea.entity';\nexport const ENTITIES = [IdeaEntity];\n");
      write('ideas/idea.entity.ts', "@Entity('ideas')\nexport class IdeaEntity {}\n");
      write('ideas/ideas-store.ts', "export const count = 'SELECT count(*) FROM ideas';\n");
      write('board/board-store.ts', "// reads FROM ideas only in this comment\nexport const open = `UPDATE ideas SET stage = 'BUZZ'`;\n");
      write('board/board.service.ts', 'export const ideas = (tx) => tx.manager.getRepository(IdeaEntity).find();\n');
      write('board/board.spec.ts', "export const inATest = 'SELECT * FROM ideas';\n");
      owners = readTableOwners(source);
    });

    afterAll(() => rmSync(source, { recursive: true, force: true }));

    it('finds its SQL and its use of the other’s entity, not comments, specs or the registry', () => {
      expect(owners.foreign).toEqual([
        "board/board-store.ts uses ideas (ideas's) by SQL",
        "board/board.service.ts uses ideas (ideas's) by entity IdeaEntity",
      ]);
    });

    it('finds a table no capability owns', () => {
      expect(owners.unowned).toEqual(['votes']);
    });
  });
});
