// The pages' production build (scripts/build.ts): vite.config.mts plus what only the shipped bundle needs.
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import base from '../vite.config.mjs';

export default mergeConfig(base, {
  resolve: {
    alias: [
      {
        find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/,
        replacement: fileURLToPath(new URL('./feature-gates-off.ts', import.meta.url)),
      },
    ],
  },
});
