import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are from the repository root: `npm run codegen` and `npx graphql-codegen --config apps/web/codegen.ts` run there.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: 'apps/web/src/**/*.graphql',
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Amount: 'string', DateTime: 'string' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
