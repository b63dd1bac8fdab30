import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = `http://localhost:${process.env.API_PORT || 3000}`;

/**
 * GOV.UK Frontend's compiled CSS points at its fonts and images as /assets/...; pointing those
 * URLs at the package's own folder lets Vite serve them in development and fingerprint them into
 * the build, instead of copying the whole folder by hand.
 */
function govukAssets(): Plugin {
  return {
    name: 'idea-exchange:govuk-assets',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('govuk-frontend/dist/govuk/govuk-frontend.min.css')) return null;
      return { code: code.replaceAll('url(/assets/', 'url(./assets/'), map: null };
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), govukAssets()],
  resolve: {
    alias: { '@idea-exchange/money': `${repoRoot}libs/money/src/index.ts` },
  },
  // GOV.UK Frontend still carries old Internet Explorer hacks that Lightning CSS cannot parse; it drops them.
  css: { lightningcss: { errorRecovery: true } },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/health': apiTarget,
    },
  },
});
