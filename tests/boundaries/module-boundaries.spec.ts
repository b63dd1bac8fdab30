import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const rule = '@nx/enforce-module-boundaries';

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

const probes = {
  libraryImportsApi: [
    'libs/money/src',
    "import { Database } from '../../../apps/api/src/database/database.service';\nexport const probe = Database;\n",
  ],
  apiImportsWeb: ['apps/api/src', "import { formatCount } from '../../web/src/i18n/format';\nexport const probe = formatCount;\n"],
  webImportsApi: ['apps/web/src', "import { encodeCursor } from '../../api/src/ideas/idea-cursor';\nexport const probe = encodeCursor;\n"],
  apiImportsLibrary: ['apps/api/src', "import { formatAmount } from '@idea-exchange/money';\nexport const probe = formatAmount;\n"],
} as const;

type Probe = keyof typeof probes;

describe('module boundaries', () => {
  const boundaryErrors = new Map<Probe, string[]>();

  beforeAll(() => {
    // What `npm test` does before lint: without Nx's cached project graph the rule skips itself.
    const graph = spawnSync('npx', ['nx', 'show', 'projects'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' } });
    expect(graph.status).toBe(0);

    // Probe files inside each project, so the rule judges them as that project's code; one ESLint
    // run (the repository's own config, as `npm test` lints) for all of them.
    const files = new Map<string, Probe>();
    for (const [probe, [folder, source]] of Object.entries(probes) as [Probe, (typeof probes)[Probe]][]) {
      const path = join(root, folder, `boundary-probe-${probe}-${process.pid}.ts`);
      writeFileSync(path, source);
      files.set(path, probe);
    }
    try {
      const lint = spawnSync('npx', ['eslint', '--format', 'json', ...files.keys()], { cwd: root, encoding: 'utf8' });
      const results = JSON.parse(lint.stdout) as LintResult[];
      for (const result of results) {
        const probe = files.get(result.filePath);
        if (probe)
          boundaryErrors.set(
            probe,
            result.messages.filter((message) => message.ruleId === rule).map((message) => message.message),
          );
      }
    } finally {
      for (const path of files.keys()) rmSync(path, { force: true });
    }
  }, 120_000);

  it('refuses a library importing the API', () => {
    expect(boundaryErrors.get('libraryImportsApi')).toHaveLength(1);
  });

  it('refuses the API importing the web app', () => {
    expect(boundaryErrors.get('apiImportsWeb')).toHaveLength(1);
  });

  it('refuses the web app importing the API', () => {
    expect(boundaryErrors.get('webImportsApi')).toHaveLength(1);
  });

  it('lets an app import a library through its alias', () => {
    expect(boundaryErrors.get('apiImportsLibrary')).toEqual([]);
  });
});
