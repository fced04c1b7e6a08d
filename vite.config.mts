import { defineConfig } from 'vite';

// One config for every Custom UI page: PAGE=issue-panel|admin-page picks the folder.
// base './' because Forge serves each resource from its own path.
const page = process.env.PAGE ?? 'issue-panel';

export default defineConfig({
  root: `static/${page}`,
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'build', emptyOutDir: true, sourcemap: false },
  logLevel: 'warn',
});
