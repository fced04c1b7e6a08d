/** Each Custom UI page's build (static/<page>/build, from `npm run build`): bytes raw and gzipped, per page. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBundle {
  page: string;
  files: number;
  bytes: number;
  gzipBytes: number;
  /** When the build was made: a build older than the page's sources measures old code. */
  builtAt: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Every file the browser loads for the page (html, js, css, icons), each gzipped on its own as a server sends it. */
export function pageBundles(staticDir = join(__dirname, '..', 'static')): PageBundle[] {
  return readdirSync(staticDir)
    .filter((page) => existsSync(join(staticDir, page, 'build', 'index.html')))
    .map((page) => {
      const files = filesUnder(join(staticDir, page, 'build'));
      const contents = files.map((f) => readFileSync(f));
      const newest = Math.max(...files.map((f) => statSync(f).mtimeMs));
      return {
        page,
        files: files.length,
        bytes: contents.reduce((n, c) => n + c.length, 0),
        gzipBytes: contents.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0),
        builtAt: new Date(newest).toISOString(),
      };
    });
}
