/**
 * `npm run bench`: measures the pure core, then the app on the local stack (Jira calls per S1 onboarding, intake
 * round trips, the hourly tick at 100 / 1,000 / 10,000 open runs) and the pages' bundles; prints tables and writes
 * bench/results/latest.json (git-ignored). BENCH_ROUNDS and BENCH_ROUND_MS shorten or lengthen the core's rounds;
 * BENCH_OPEN_RUNS (e.g. "100,1000") changes the tick sizes; BENCH_PARTS (core,stack,bundles,calls,year,tti,savings)
 * picks parts; BENCH_YEAR_RUNS (1000) and BENCH_TTI_LOADS (6) size the simulated year and the page loads. The admin
 * part (not in the default set) times the admin page at BENCH_ADMIN_RUNS stored runs (default 100,1000,10000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { engineBenchmarks, EVENTS_PER_ONBOARDING, eventMix } from './engine';
import { extraFigures, printExtra } from './extra';
import { measureAdminScale, printAdminScale } from './stack/admin-scale';
import { pageBundles, type PageBundle } from './bundles';
import type { Measurement } from './harness';
import { measure } from './harness';
import { printStack, stackFigures, type StackFigures } from './stack';
import { fmt, table } from './table';

const options = {
  warmupRounds: 2,
  rounds: Number(process.env.BENCH_ROUNDS ?? 7),
  roundMs: Number(process.env.BENCH_ROUND_MS ?? 400),
};

const machine = {
  node: process.version,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  platform: `${process.platform} ${process.arch}`,
  /** Other work on the machine lowers every figure: the 1-minute load average when the run started. */
  loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
};

const parts = new Set((process.env.BENCH_PARTS ?? 'core,stack,bundles,calls,year,tti,savings').split(','));
const openRuns = (process.env.BENCH_OPEN_RUNS ?? '100,1000,10000').split(',').map(Number);

function coreTable(results: readonly Measurement[]): string {
  return table(
    ['benchmark', 'median', 'slowest round', 'fastest round'],
    results.map((r) => [r.name, `${fmt(r.median)} ${r.unit}/s`, fmt(r.min), fmt(r.max)]),
  );
}

function bundleTable(pages: readonly PageBundle[]): string {
  return table(
    ['page', 'files', 'bytes', 'gzipped, all', 'first paint files', 'gzipped, first paint', 'built at'],
    pages.map((p) => [
      p.page,
      fmt(p.files),
      fmt(p.bytes),
      fmt(p.gzipBytes),
      fmt(p.initialFiles),
      fmt(p.initialGzipBytes),
      p.builtAt,
    ]),
  );
}

async function main(): Promise<void> {
  const started = new Date();
  console.log(
    `node ${machine.node} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), ${machine.platform}`,
  );
  console.log(
    `${options.warmupRounds} warm-up + ${options.rounds} measured rounds of >= ${options.roundMs} ms each; median of the rounds`,
  );
  console.log(`S1 onboarding = ${EVENTS_PER_ONBOARDING} events: ${JSON.stringify(eventMix())}\n`);
  const results: Measurement[] = [];
  if (parts.has('core')) {
    for (const b of engineBenchmarks()) {
      if (b.run() <= 0) throw new Error(`${b.name}: its work did not succeed, nothing to measure`);
      results.push(measure(b, options));
    }
    console.log(coreTable(results));
  }
  let stack: StackFigures | undefined;
  if (parts.has('stack')) {
    console.log('');
    stack = await stackFigures(openRuns);
    printStack(stack);
  }
  const bundles = parts.has('bundles') ? pageBundles() : [];
  if (parts.has('bundles'))
    console.log(`\nCustom UI pages (static/*/build from npm run build)\n${bundleTable(bundles)}`);
  const extra = await extraFigures(parts);
  printExtra(extra);
  const adminScale = parts.has('admin')
    ? await measureAdminScale((process.env.BENCH_ADMIN_RUNS ?? '100,1000,10000').split(',').map(Number))
    : undefined;
  if (adminScale) printAdminScale(adminScale);
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const out = {
    date: started.toISOString(),
    machine,
    options,
    s1EventMix: eventMix(),
    results,
    stack,
    bundles,
    ...extra,
    ...(adminScale ? { adminScale } : {}),
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
