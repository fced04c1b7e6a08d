/** Each Custom UI page's build (static/<page>/build, from `npm run build`): bytes raw and gzipped, per page. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBundle {
  page: string;
  files: number;
  bytes: number;
  gzipBytes: number;
  /**
   * What the first paint loads: index.html, the files it names (script, modulepreload, stylesheet) and their static
   * imports, gzipped. The rest (theme chunks, code behind import()) loads only when asked for.
   */
  initialGzipBytes: number;
  initialFiles: number;
  /** When the build was made: a build older than the page's sources measures old code. */
  builtAt: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const NAMED_BY_HTML = /(?:src|href)="\.\/([^"]+)"/g;
const STATIC_IMPORT = /(?:^|[;}\n])\s*import\s*[^;()"]*?from\s*"\.\/([^"]+)"/g;

/** index.html and what it pulls in before the page runs, as paths relative to the build folder. */
function initialFiles(build: string): string[] {
  const seen = new Set<string>(['index.html']);
  const queue = [...readFileSync(join(build, 'index.html'), 'utf8').matchAll(NAMED_BY_HTML)].map((m) => m[1] ?? '');
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file) || !existsSync(join(build, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of readFileSync(join(build, file), 'utf8').matchAll(STATIC_IMPORT)) queue.push(dir + (m[1] ?? ''));
  }
  return [...seen];
}

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every file the browser loads for the page (html, js, css, icons), each gzipped on its own as a server sends it. */
export function pageBundles(staticDir = join(__dirname, '..', 'static')): PageBundle[] {
  return readdirSync(staticDir)
    .filter((page) => existsSync(join(staticDir, page, 'build', 'index.html')))
    .map((page) => {
      const build = join(staticDir, page, 'build');
      const files = filesUnder(build);
      const initial = initialFiles(build);
      const contents = files.map((f) => readFileSync(f));
      const newest = Math.max(...files.map((f) => statSync(f).mtimeMs));
      return {
        page,
        files: files.length,
        bytes: contents.reduce((n, c) => n + c.length, 0),
        gzipBytes: contents.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0),
        initialGzipBytes: initial.reduce((n, f) => n + gzipped(join(build, f)), 0),
        initialFiles: initial.length,
        builtAt: new Date(newest).toISOString(),
      };
    });
}
