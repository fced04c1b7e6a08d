/**
 * Per-playbook insight aggregates (`insight:<playbookId>`) and one key per active step with a due date
 * (`insight-due:<due UTC>:<issueKey>:<stepId>`), kept up to date as runs are saved, so the admin page reads what it
 * shows instead of every run. Many runs share an aggregate: a save whose contribution changed takes the playbook's
 * aggregate lock (`lock:insight:<playbookId>`, FAIL_IF_EXISTS with a TTL, as the run lock), reads the aggregate and
 * writes the run, the aggregate and the due keys in one KVS transaction that also frees the lock. So no increment is
 * lost when two runs save at once, and a run is never saved without its aggregate change or the other way round.
 * Aggregates start from one scan of every run (`rebuildInsight`), after which `insight-built` marks them complete.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { runSchema, type Run } from '../domain/engine';
import { now, sleep } from '../shared/runtime';
import {
  aggregateSchema,
  applyContribution,
  contributionOf,
  dueChanges,
  dueEntrySchema,
  dueKey,
  DUE_PREFIX,
  emptyAggregate,
  fitAggregate,
  sameContribution,
  type Aggregate,
  type Contribution,
  type DueEntry,
} from './insight-aggregate';
import { getValue, setValue, tryLock, unlock } from './kv';

export const INSIGHT_BUILT_KEY = 'insight-built';
/** Changed by a run save that found its aggregate lock busy and saved the run alone. */
export const INSIGHT_STALE_KEY = 'insight-stale';
const AGGREGATE_PREFIX = 'insight:';
const aggregateKey = (playbookId: string): string => `${AGGREGATE_PREFIX}${playbookId}`;
const lockKey = (playbookId: string): string => `lock:insight:${playbookId}`;
/** A save holds the lock for two KVS calls; a crashed holder frees it after this. */
const SAVE_LOCK_TTL_SECONDS = 10;
const REBUILD_LOCK_TTL_SECONDS = 300;
const WAITS_MS = [20, 40, 80, 160, 320, 640, 1280, 2000];
/** Forge KVS transactions take at most 25 operations. */
const MAX_TRANSACTION_OPS = 25;

export class InsightBusy extends Error {
  constructor(readonly playbookId: string) {
    super(`the insight aggregate of ${playbookId} is busy`);
    this.name = 'InsightBusy';
  }
}

/** Every playbook's lock, in id order (two savers never wait on each other crosswise). */
async function lockAll(playbookIds: readonly string[], owner: string, ttl: number): Promise<void> {
  const taken: string[] = [];
  for (const id of [...playbookIds].sort()) {
    for (let attempt = 0; !(await tryLock(lockKey(id), owner, ttl)); attempt += 1) {
      const wait = WAITS_MS[attempt];
      if (wait === undefined) {
        await unlockAll(taken, owner);
        throw new InsightBusy(id);
      }
      await sleep(wait);
    }
    taken.push(id);
  }
}

async function unlockAll(playbookIds: readonly string[], owner: string): Promise<void> {
  for (const id of playbookIds) await unlock(lockKey(id), owner);
}

async function loadAggregate(playbookId: string): Promise<Aggregate> {
  const raw = await getValue<unknown>(aggregateKey(playbookId));
  return raw === undefined ? emptyAggregate(playbookId) : aggregateSchema.parse(raw);
}

/**
 * Saves a run record (`value`, holding `run`) at `key`, with its insight: one plain write when what the run adds
 * to insight did not change, else one transaction under the playbook's aggregate lock.
 */
export async function saveRunWithInsight(key: string, value: unknown, run: Run): Promise<void> {
  const previous = runSchema.safeParse((await getValue<{ run?: unknown }>(key))?.run);
  const before = previous.success ? contributionOf(previous.data) : undefined;
  const after = contributionOf(run);
  if (sameContribution(before, after)) return setValue(key, value);
  const ids = [...new Set([after.playbookId, ...(before ? [before.playbookId] : [])])];
  const owner = globalThis.crypto.randomUUID();
  try {
    await lockAll(ids, owner, SAVE_LOCK_TTL_SECONDS);
  } catch (error) {
    if (!(error instanceof InsightBusy)) throw error;
    // The run's Jira writes are done: losing its save to a busy aggregate would make a retry decide again from the
    // old run. Save the run alone and let the next admin read recount insight from every run.
    await setValue(key, value);
    await setValue(INSIGHT_STALE_KEY, { token: owner });
    await kvs.delete(INSIGHT_BUILT_KEY);
    return;
  }
  try {
    const aggregates = new Map(await Promise.all(ids.map(async (id) => [id, await loadAggregate(id)] as const)));
    const apply = (c: Contribution, sign: 1 | -1): void => {
      const agg = aggregates.get(c.playbookId);
      if (agg) applyContribution(agg, c, sign);
    };
    if (before) apply(before, -1);
    apply(after, 1);
    const { remove, add } = dueChanges(before?.due ?? [], after.due);
    const dueOps: { k: string; e?: DueEntry }[] = [
      ...remove.map((k) => ({ k })),
      ...add.map((e) => ({ k: dueKey(e), e })),
    ];
    const fixed = 1 + 2 * ids.length;
    // Due keys beyond one transaction's room go first (idempotent, still under the lock).
    const early = dueOps.splice(0, Math.max(0, dueOps.length - (MAX_TRANSACTION_OPS - fixed)));
    for (const op of early) await (op.e ? kvs.set(op.k, op.e) : kvs.delete(op.k));
    let tx = kvs.transact().set(key, value);
    for (const [id, agg] of aggregates) {
      fitAggregate(agg);
      tx = tx.set(aggregateKey(id), agg);
    }
    for (const op of dueOps) tx = op.e ? tx.set(op.k, op.e) : tx.delete(op.k);
    for (const id of ids) tx = tx.delete(lockKey(id));
    await tx.execute();
  } catch (error) {
    await unlockAll(ids, owner);
    throw error;
  }
}

/** Every value under a key prefix, page by page (20, KVS's query limit), with no cap on the pages. */
async function walk<T>(prefix: string, each: (key: string, value: T) => void): Promise<void> {
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(20);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<T>();
    for (const r of page.results) each(r.key, r.value);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Every playbook's aggregate (one query page per 20 playbooks). */
export async function loadAggregates(): Promise<Aggregate[]> {
  const out: Aggregate[] = [];
  await walk<unknown>(AGGREGATE_PREFIX, (_key, value) => {
    out.push(aggregateSchema.parse(value));
  });
  return out;
}

/**
 * Active steps due before `now`, most overdue first (equal times by issue key, then step). Every due key is read:
 * the keys sort by due time, but Forge does not document that a query returns keys in order, so the walk does not
 * stop at `now`. The cost follows the active steps with a due date, not the stored runs.
 */
export async function overdueEntries(now: Date): Promise<DueEntry[]> {
  const until = `${DUE_PREFIX}${now.toISOString()}`;
  const out: { key: string; entry: DueEntry }[] = [];
  await walk<unknown>(DUE_PREFIX, (key, value) => {
    if (key < until) out.push({ key, entry: dueEntrySchema.parse(value) });
  });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => e.entry);
}

/** Every run, paged (the CSV export and the one rebuild; no cap on how many). */
export async function everyRun(): Promise<Run[]> {
  const runs: Run[] = [];
  await walk<{ run?: unknown }>('run:', (_key, value) => {
    runs.push(runSchema.parse(value.run));
  });
  return runs;
}

/**
 * Builds the aggregates from every run once (runs saved before this release, or a store without the marker). Holds
 * every known playbook's aggregate lock meanwhile, so no save slips between the scan and the write.
 */
export async function ensureInsightBuilt(playbookIds: readonly string[]): Promise<void> {
  if ((await getValue<unknown>(INSIGHT_BUILT_KEY)) !== undefined) return;
  const owner = globalThis.crypto.randomUUID();
  const ids = [...new Set(playbookIds)];
  await lockAll(ids, owner, REBUILD_LOCK_TTL_SECONDS);
  try {
    if ((await getValue<unknown>(INSIGHT_BUILT_KEY)) !== undefined) return;
    const staleBefore = JSON.stringify(await getValue<unknown>(INSIGHT_STALE_KEY));
    const aggregates = new Map(ids.map((id) => [id, emptyAggregate(id)]));
    const due: DueEntry[] = [];
    for (const run of await everyRun()) {
      const c = contributionOf(run);
      const agg = aggregates.get(c.playbookId) ?? emptyAggregate(c.playbookId);
      aggregates.set(c.playbookId, agg);
      applyContribution(agg, c, 1);
      due.push(...c.due);
    }
    const stale: string[] = [];
    await walk<unknown>(DUE_PREFIX, (key) => {
      stale.push(key);
    });
    await inChunks(stale, (key) => kvs.delete(key));
    await inChunks(due, (e) => kvs.set(dueKey(e), e));
    await inChunks([...aggregates], ([id, agg]) => (fitAggregate(agg), setValue(aggregateKey(id), agg)));
    await setValue(INSIGHT_BUILT_KEY, { at: now().toISOString() });
    // A save that could not wait for its lock while this count ran may have been missed: count again next time.
    if (JSON.stringify(await getValue<unknown>(INSIGHT_STALE_KEY)) !== staleBefore) await kvs.delete(INSIGHT_BUILT_KEY);
  } finally {
    await unlockAll(ids, owner);
  }
}

async function inChunks<T>(items: readonly T[], each: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 20) await Promise.all(items.slice(i, i + 20).map(each));
}
