// Builds every Custom UI page into static/<page>/build, the folders manifest.yml points at, with the production
// additions of scripts/pages.vite.mts. `npx tsx scripts/bundle-report.mts` shows what each chunk holds.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const pages = readdirSync('static').filter((p) => existsSync(join('static', p, 'index.html')));
for (const page of pages) {
  execFileSync(
    process.execPath,
    [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join('scripts', 'pages.vite.mts')],
    {
      stdio: 'inherit',
      env: { ...process.env, PAGE: page },
    },
  );
  console.log(`built static/${page}/build`);
}
