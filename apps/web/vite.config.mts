import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = `http://localhost:${process.env.API_PORT || 3000}`;

const GOVUK_CSS = 'govuk-frontend/dist/govuk/govuk-frontend.min.css';

/**
 * GDS Transport and the crown belong to services on gov.uk; instances of Idea Exchange live on
 * other domains. This drops GOV.UK Frontend's font faces and crest images from its compiled CSS
 * and leaves "arial, sans-serif" wherever it named GDS Transport, so the build holds no font or
 * crest files and browsers ask for none. (GOV.UK's Sass settings would do the same, at the cost of
 * compiling Sass.) Any other asset GOV.UK Frontend adds later stops the build, to be looked at.
 */
function govukWithoutCrownAssets(): Plugin {
  return {
    name: 'idea-exchange:govuk-without-crown-assets',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith(GOVUK_CSS)) return null;
      const css = code
        // The font's copyright notice goes with the font.
        .replace(/\/\*![^*]*exclusive use on gov\.uk[^*]*\*\//g, '')
        .replace(/@font-face\s*\{[^{}]*GDS Transport[^{}]*\}/g, '')
        .replace(/(font-family:\s*)"?GDS Transport"?\s*,\s*/g, '$1')
        .replace(/[^{}]*\{[^{}]*govuk-crest[^{}]*\}/g, '');
      const left = /GDS Transport|url\(/.exec(css);
      if (left) this.error(`${GOVUK_CSS} still refers to "${left[0]}": decide whether the build should carry that asset`);
      return { code: css, map: null };
    },
  };
}

/**
 * Each feature's catalogue file holds its English and its Welsh; i18n/cy-first-screen.ts and
 * i18n/cy.ts gather the Welsh and are loaded only when Welsh is shown. Their imports are pointed at
 * copies of those files marked `?lang=cy`, so the bundler keeps in each copy only the Welsh export
 * and the Welsh strings leave the first load with them, while the English copies keep only the English.
 */
function welshOnDemand(): Plugin {
  return {
    name: 'idea-exchange:welsh-on-demand',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/i18n\/cy(-first-screen)?\.ts$/.test(id)) return null;
      return { code: code.replace(/(from\s+'[^']+\.i18n)'/g, "$1.ts?lang=cy'"), map: null };
    },
  };
}

/**
 * Codegen writes every operation document into one module, generated/graphql.ts, so whichever
 * chunk holds that module carries all of them, the first load included. In a build each document
 * is served from a module of its own that the file re-exports, so a chunk carries only the
 * documents of its own pages. Anything else codegen starts writing there stops the build.
 */
function documentPerModule(): Plugin {
  const PREFIX = '\0idea-exchange:document:';
  const documents = new Map<string, string>();
  return {
    name: 'idea-exchange:document-per-module',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      return `export const ${name} = ${documents.get(name)};`;
    },
    transform(code, id) {
      if (!id.endsWith('/src/generated/graphql.ts')) return null;
      const split = code.replace(
        /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<[^\n]*>;$/gm,
        (_, name: string, ast: string) => {
          documents.set(name, ast);
          return `export { ${name} } from '${PREFIX}${name}';`;
        },
      );
      const left = /^export const (\w+)/m.exec(split);
      if (left) this.error(`generated/graphql.ts exports ${left[1]}, which is not an operation document: decide where it belongs`);
      return { code: split, map: null };
    },
  };
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text asset, at the best (slowest)
 * settings, once per build: the server sends them as they are instead of compressing per request.
 */
function precompressedAssets(): Plugin {
  let outDir = '';
  return {
    name: 'idea-exchange:precompressed-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => COMPRESSIBLE.test(file));
      for (const file of files) {
        const path = join(outDir, file);
        const body = readFileSync(path);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), govukWithoutCrownAssets(), welshOnDemand(), documentPerModule(), precompressedAssets()],
  resolve: {
    // rxjs (under Apollo Client) otherwise resolves to its ES5 build, larger and with tslib helpers.
    conditions: ['es2015', ...defaultClientConditions],
    alias: {
      '@idea-exchange/money': `${repoRoot}libs/money/src/index.ts`,
      '@idea-exchange/stage-rules': `${repoRoot}libs/stage-rules/src/index.ts`,
      '@idea-exchange/wording': `${repoRoot}libs/wording/src/index.ts`,
    },
  },
  // GOV.UK Frontend still carries old Internet Explorer hacks that Lightning CSS cannot parse; it drops them.
  css: { lightningcss: { errorRecovery: true } },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    // Every browser the service supports preloads modules itself; the polyfill would only weigh on the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app, so browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler|cookie|set-cookie-parser)[\\/]/,
            },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|@wry|optimism|rxjs|tslib|@graphql-typed-document-node)[\\/]/ },
            // What the first screens use of those without Apollo Client: its error classes, graphql's names of AST nodes.
            {
              name: 'graphql-request',
              priority: 1,
              test: /node_modules[\\/](@apollo[\\/]client[\\/]errors[\\/]|graphql[\\/]language[\\/]kinds)/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/health': apiTarget,
    },
  },
});
