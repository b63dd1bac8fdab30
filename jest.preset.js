// Shared Jest settings: swc with decorator metadata (TypeORM and Nest need it) and the libs' path aliases.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^@idea-exchange/(money|market-maker|stage-rules|wording|contract)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  testEnvironment: 'node',
};
