// One Jest run over every project; tools/test.mjs (npm test) reads its JSON result.
const preset = require('./jest.preset.js');

const project = (displayName, rootDir, testMatch, extra = {}) => ({
  ...preset,
  displayName,
  rootDir,
  testMatch,
  moduleNameMapper: { '^@idea-exchange/(money|market-maker|stage-rules|wording)$': '<rootDir>/../../libs/$1/src/index.ts' },
  ...extra,
});

module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  transform: preset.transform,
  testTimeout: 60_000,
  projects: [
    project('libs', __dirname, ['<rootDir>/libs/*/src/**/*.spec.ts'], {
      moduleNameMapper: { '^@idea-exchange/(money|market-maker|stage-rules|wording)$': '<rootDir>/libs/$1/src/index.ts' },
    }),
    project('api', `${__dirname}/apps/api`, ['<rootDir>/src/**/*.spec.ts']),
    project('web', `${__dirname}/apps/web`, ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx']),
    project('acceptance', `${__dirname}/tests`, ['<rootDir>/**/*.spec.ts'], {
      moduleNameMapper: { '^@idea-exchange/(money|market-maker|stage-rules|wording)$': '<rootDir>/../libs/$1/src/index.ts' },
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/contract/'],
      // A browser test drives a whole journey; on a loaded two-core machine one took over a minute.
      testTimeout: 120_000,
    }),
    // The outside-in suite generated from the public contract (tests/contract), on its own.
    project('contract', `${__dirname}/tests/contract`, ['<rootDir>/**/*.spec.ts'], {
      moduleNameMapper: { '^@idea-exchange/(money|market-maker|stage-rules|wording)$': '<rootDir>/../../libs/$1/src/index.ts' },
      testTimeout: 300_000,
    }),
  ],
};
