/**
 * One scheduled tick (the hourly due-runs trigger) at a number of open runs, 1% due: the app's Jira calls and the
 * time from the trigger to the last run settled. Due runs are found by JQL on the indexed property, so the calls
 * must follow the due runs, not the open ones.
 */
import { performance } from 'node:perf_hooks';
import type { Driver } from './driver';
import { operationOf } from './operations';
import { seedOpenRuns } from './seed-runs';

export interface TickResult {
  open: number;
  due: number;
  /** Jira calls of the tick, and of an hourly tick just before it with nothing due. */
  calls: number;
  idleTickCalls: number;
  /** The idle tick's time: the search alone, at this many open runs. */
  idleTickMs: number;
  callsPerDueRun: number;
  searches: number;
  /** The tick's calls by operation. */
  byOperation: Record<string, number>;
  ms: number;
  seedMs: number;
}

export async function measureTick(d: Driver, open: number): Promise<TickResult> {
  const t0 = performance.now();
  const seeded = await seedOpenRuns(d, open);
  const seedMs = performance.now() - t0;
  // Up to two hours before the due time, then one idle tick: the ticks on the way find nothing due.
  const untilDue = Date.parse(seeded.dueAt) - d.stack.clock.now().getTime();
  await d.advance(`PT${Math.floor(untilDue / 1000) - 7200}S`);
  const idle = d.mark();
  const idleStart = performance.now();
  await d.advance('PT1H');
  const idleTickMs = performance.now() - idleStart;
  const idleTickCalls = d.appCalls(idle).length;
  const since = d.mark();
  const start = performance.now();
  await d.advance('PT1H');
  const ms = performance.now() - start;
  const calls = d.appCalls(since);
  return {
    open,
    due: seeded.due,
    calls: calls.length,
    idleTickCalls,
    idleTickMs,
    callsPerDueRun: calls.length / seeded.due,
    searches: calls.filter((c) => operationOf(c).name === 'searchJql').length,
    byOperation: calls.reduce<Record<string, number>>((acc, c) => {
      const name = operationOf(c).name;
      acc[name] = (acc[name] ?? 0) + 1;
      return acc;
    }, {}),
    ms,
    seedMs,
  };
}
