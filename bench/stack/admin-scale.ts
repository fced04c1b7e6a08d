/**
 * The admin page's first load as stored runs grow (issue #9): the listing and the Insight tab called through the
 * local runtime at 100 / 1,000 / 10,000 stored runs (10% active, the rest completed), and the CSV export beside
 * them. KVS operations are counted on the local store (every get, query page, set and delete, transactions by their
 * operations), so the counts do not depend on the machine's load; wall times do (the load is printed beside them).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { KvsStore } from '../../local/runtime';
import type { Run } from '../../src/domain/engine';
import { fmt, table } from '../table';
import type { Driver } from './driver';
import { startDriver } from './driver';
import { seedOpenRuns } from './seed-runs';

const ADMIN = '712020:site-admin';
const HOUR = 3_600_000;

export interface AdminCall {
  resolver: string;
  reads: number;
  queries: number;
  writes: number;
  ms: number;
  answerBytes: number;
}

export interface AdminScaleResult {
  runs: number;
  active: number;
  seedMs: number;
  load: number;
  calls: AdminCall[];
}

const counts = { gets: 0, queries: 0, writes: 0 };
let counting = false;

/** Counts the local store's operations (the prototype: the runtime builds its own instance). */
function countKvs(): void {
  if (counting) return;
  counting = true;
  const proto = KvsStore.prototype;
  const wrap = <K extends 'get' | 'query' | 'set' | 'delete'>(name: K, field: keyof typeof counts): void => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    (proto as unknown as Record<string, unknown>)[name] = function (this: KvsStore, ...args: unknown[]) {
      counts[field] += 1;
      return original.apply(this, args);
    };
  };
  wrap('get', 'gets');
  wrap('query', 'queries');
  wrap('set', 'writes');
  wrap('delete', 'writes');
}

/** A completed copy of the template: every step done, durations spread so the medians mean something. */
function completedCopy(template: Run, i: number, issueKey: string): Run {
  const start = Date.parse(template.startedAt);
  const steps = Object.fromEntries(
    Object.entries(template.steps).map(([id, s], n) => {
      const startedAt = new Date(start + n * HOUR).toISOString();
      const doneAt = new Date(start + n * HOUR + ((i * 7 + n * 13) % 48) * HOUR).toISOString();
      const { dueAt: _due, timeoutAt: _timeout, ...rest } = s;
      return [id, { ...rest, status: 'done' as const, startedAt, doneAt }];
    }),
  ) as Run['steps'];
  return { ...template, id: `${template.id}-c${i}`, issueKey, state: 'completed', stage: 'done', steps };
}

async function seedStoredRuns(d: Driver, runs: number): Promise<number> {
  await seedOpenRuns(d, 1);
  await call(d, 'getInsight'); // the page was opened once before these runs were saved
  const storage = await import('../../src/storage');
  const template = await storage.loadRunRecord('SS-1');
  if (!template) throw new Error('no template run');
  const { issueId: _ticketId, ...base } = template.run;
  let active = 1;
  for (let i = 1; i < runs; i += 1) {
    const issueKey = `SS-${i + 1}`;
    const run: Run = i % 10 === 0 ? { ...base, id: `${base.id}-a${i}`, issueKey } : completedCopy(base, i, issueKey);
    if (run.state === 'active') active += 1;
    await storage.saveRunRecord(template.mirrored ? { run, mirrored: template.mirrored } : { run });
  }
  return active;
}

async function call(d: Driver, resolver: string): Promise<AdminCall> {
  const before = { ...counts };
  const t0 = performance.now();
  const answer = (await d.stack.runtime.invoke('admin-resolver', {
    call: { functionKey: resolver, payload: {} },
    context: { accountId: ADMIN },
  })) as { ok: boolean; error?: unknown };
  const ms = performance.now() - t0;
  if (!answer.ok) throw new Error(`${resolver}: ${JSON.stringify(answer.error)}`);
  return {
    resolver,
    reads: counts.gets - before.gets,
    queries: counts.queries - before.queries,
    writes: counts.writes - before.writes,
    ms,
    answerBytes: Buffer.byteLength(JSON.stringify(answer)),
  };
}

export async function measureAdminScale(sizes: readonly number[]): Promise<AdminScaleResult[]> {
  countKvs();
  const d = await startDriver();
  const info = console.info;
  console.info = () => undefined;
  try {
    const out: AdminScaleResult[] = [];
    for (const runs of sizes) {
      const t0 = performance.now();
      const active = await seedStoredRuns(d, runs);
      const seedMs = performance.now() - t0;
      const load = Math.round((loadavg()[0] ?? 0) * 100) / 100;
      // The page's first load asks for both at once; measured one after the other to count each.
      const calls = [await call(d, 'listPlaybooks'), await call(d, 'getInsight'), await call(d, 'insightCsv')];
      // Once after an upgrade (no `insight-built` marker): every run is counted into the aggregates.
      const { kvs } = await import('@forge/kvs');
      await kvs.delete('insight-built');
      calls.push({ ...(await call(d, 'getInsight')), resolver: 'getInsight, first after upgrade' });
      out.push({ runs, active, seedMs, load, calls });
    }
    return out;
  } finally {
    console.info = info;
    d.stop();
  }
}

export function printAdminScale(results: readonly AdminScaleResult[]): void {
  console.log('\nThe admin page as runs grow: resolvers of the first load (and the CSV export), local runtime');
  console.log(
    table(
      ['stored runs', 'active', 'resolver', 'KVS gets', 'KVS query pages', 'KVS writes', 'ms', 'answer bytes', 'load'],
      results.flatMap((r) =>
        r.calls.map((c) => [
          fmt(r.runs),
          fmt(r.active),
          c.resolver,
          fmt(c.reads),
          fmt(c.queries),
          fmt(c.writes),
          fmt(c.ms),
          fmt(c.answerBytes),
          r.load.toFixed(2),
        ]),
      ),
    ),
  );
}
