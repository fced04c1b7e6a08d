/**
 * `npm run bench`: measures the pure core and prints a table; the figures also go to bench/results/latest.json
 * (git-ignored). BENCH_ROUNDS and BENCH_ROUND_MS shorten or lengthen a run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { engineBenchmarks, EVENTS_PER_ONBOARDING, eventMix } from './engine';
import type { Measurement } from './harness';
import { measure } from './harness';

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

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function table(results: readonly Measurement[]): string {
  const rows = results.map((r) => [r.name, `${fmt(r.median)} ${r.unit}/s`, fmt(r.min), fmt(r.max)]);
  const head = ['benchmark', 'median', 'slowest round', 'fastest round'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function main(): void {
  const started = new Date();
  console.log(
    `node ${machine.node} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), ${machine.platform}`,
  );
  console.log(
    `${options.warmupRounds} warm-up + ${options.rounds} measured rounds of >= ${options.roundMs} ms each; median of the rounds`,
  );
  console.log(`S1 onboarding = ${EVENTS_PER_ONBOARDING} events: ${JSON.stringify(eventMix())}\n`);
  const results: Measurement[] = [];
  for (const b of engineBenchmarks()) {
    if (b.run() <= 0) throw new Error(`${b.name}: its work did not succeed, nothing to measure`);
    results.push(measure(b, options));
  }
  console.log(table(results));
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const out = { date: started.toISOString(), machine, options, s1EventMix: eventMix(), results };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
}

main();
