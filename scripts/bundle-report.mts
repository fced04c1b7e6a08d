// What each Custom UI page's chunks hold, by package, without touching static/*/build: the build's config (pages.vite.mts), built
// in memory (write: false). `npx tsx scripts/bundle-report.mts [page] [--modules]`.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rollup } from 'vite';

interface ChunkStats {
  file: string;
  entry: boolean;
  dynamic: boolean;
  imports: string[];
  bytes: number;
  gzipBytes: number;
  byPackage: Map<string, number>;
  modules: [string, number][];
  installs: string[];
}

/** node_modules/@scope/name/... -> @scope/name; node_modules/name/... -> name; our own sources -> their folder. */
function packageOf(id: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const at = clean.lastIndexOf('node_modules/');
  if (at < 0) return clean.includes('/static/') ? 'page sources' : clean.includes('/src/') ? 'app src' : clean;
  const parts = clean.slice(at + 'node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? clean);
}

/** node_modules/.../name: the folder a package was installed in; two folders for one name is a duplicate. */
function installOf(id: string): string | undefined {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id.replace(/^\0/, ''));
  return m?.[1];
}

/** The chain of importers from a package's first module back to our own code: why it is in the bundle. */
function why(ctx: Rollup.PluginContext, name: string): string[] {
  const first = [...ctx.getModuleIds()].find((id) => packageOf(id) === name);
  const chain: string[] = [];
  for (let id = first; id && chain.length < 12;) {
    chain.push(id.replace(/^.*node_modules\//, '').replace(/^.*\/work\/main\//, ''));
    if (!id.includes('node_modules/')) break;
    const info = ctx.getModuleInfo(id);
    id = [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])].find((i) => !chain.includes(i));
  }
  return chain;
}

function collect(into: ChunkStats[], explain: string[]): Plugin {
  return {
    name: 'bundle-report',
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      for (const name of explain)
        console.log(`why ${name}:\n  ${why(this, name).join('\n  <- ') || 'not in the build'}`);
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const byPackage = new Map<string, number>();
        const modules: [string, number][] = [];
        for (const [id, m] of Object.entries(out.modules)) {
          byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + m.renderedLength);
          modules.push([id.replace(/^.*node_modules\//, ''), m.renderedLength]);
        }
        into.push({
          file: out.fileName,
          entry: out.isEntry,
          dynamic: out.isDynamicEntry,
          imports: out.imports,
          bytes: Buffer.byteLength(out.code),
          gzipBytes: gzipSync(out.code, { level: 9 }).length,
          byPackage,
          modules: modules.sort((a, b) => b[1] - a[1]),
          installs: Object.keys(out.modules).flatMap((id) => installOf(id) ?? []),
        });
      }
    },
  };
}

/** The entry and its static imports: what the first paint loads (css aside). */
function firstPaint(chunks: ChunkStats[]): Set<string> {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const seen = new Set<string>();
  const queue = chunks.filter((c) => c.entry).map((c) => c.file);
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(byFile.get(file)?.imports ?? []));
  }
  return seen;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function report(page: string, showModules: boolean, explain: string[]): Promise<void> {
  const chunks: ChunkStats[] = [];
  process.env.PAGE = page;
  await build({
    configFile: join(import.meta.dirname, 'pages.vite.mts'),
    logLevel: 'error',
    build: { write: false },
    plugins: [collect(chunks, explain)],
  });
  const initial = firstPaint(chunks);
  console.log(`\n# ${page}`);
  const installs = new Map<string, Set<string>>();
  for (const dir of chunks.flatMap((c) => c.installs)) {
    const name = packageOf(`${dir}/`);
    installs.set(name, (installs.get(name) ?? new Set()).add(dir));
  }
  const duplicates = [...installs].filter(([, dirs]) => dirs.size > 1);
  console.log(`packages installed twice: ${duplicates.length === 0 ? 'none' : ''}`);
  for (const [name, dirs] of duplicates) console.log(`  ${name}: ${[...dirs].join(', ')}`);
  const ordered = [...chunks].sort(
    (a, b) => Number(initial.has(b.file)) - Number(initial.has(a.file)) || b.bytes - a.bytes,
  );
  for (const c of ordered) {
    if (c.bytes < 2048 && !showModules) continue;
    const when = initial.has(c.file) ? 'first paint' : c.dynamic ? 'import()' : 'shared, lazy';
    console.log(`\n${c.file} (${when}): ${kb(c.bytes)}, ${kb(c.gzipBytes)} gzipped`);
    const packages = [...c.byPackage].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= 1024);
    for (const [name, n] of packages) console.log(`  ${kb(n).padStart(10)}  ${name}`);
    if (showModules)
      for (const [id, n] of c.modules.slice(0, Number(process.env.TOP ?? 40)))
        console.log(`  - ${kb(n).padStart(10)}  ${id}`);
  }
}

const args = process.argv.slice(2);
const explain = args.filter((a) => a.startsWith('--why=')).map((a) => a.slice('--why='.length));
const pages = args.filter((a) => !a.startsWith('--'));
const all = readdirSync('static').filter((p) => existsSync(join('static', p, 'index.html')));
void (async () => {
  for (const page of pages.length > 0 ? pages : all) await report(page, args.includes('--modules'), explain);
})();
