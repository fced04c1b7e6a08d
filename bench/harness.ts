/** Timing: warm-up rounds, then measured rounds of at least a fixed time each; the median rate is the figure. */
import { performance } from 'node:perf_hooks';

export interface Benchmark {
  name: string;
  /** What one counted operation is ("events", "playbooks", ...). */
  unit: string;
  /** Does some work and returns how many operations it did. */
  run: () => number;
}

export interface Measurement {
  name: string;
  unit: string;
  /** Operations per second: the median round, and the slowest and fastest rounds. */
  median: number;
  min: number;
  max: number;
  rounds: number;
}

export interface HarnessOptions {
  warmupRounds: number;
  rounds: number;
  /** Each round repeats the benchmark until at least this long has passed. */
  roundMs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round(b: Benchmark, ms: number): number {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    ops += b.run();
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (ops * 1000) / elapsed;
}

export function measure(b: Benchmark, o: HarnessOptions): Measurement {
  for (let i = 0; i < o.warmupRounds; i++) round(b, o.roundMs);
  const rates: number[] = [];
  for (let i = 0; i < o.rounds; i++) rates.push(round(b, o.roundMs));
  return {
    name: b.name,
    unit: b.unit,
    median: median(rates),
    min: Math.min(...rates),
    max: Math.max(...rates),
    rounds: rates.length,
  };
}
