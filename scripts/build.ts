// Builds every Custom UI page into static/<page>/build, the folders manifest.yml points at.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const pages = readdirSync('static').filter((p) => existsSync(join('static', p, 'index.html')));
for (const page of pages) {
  execFileSync(process.execPath, [join('node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, PAGE: page },
  });
  console.log(`built static/${page}/build`);
}
