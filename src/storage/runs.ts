/**
 * Runs by issue key, each with the summary last mirrored to the issue property. The idempotency ledger (command keys
 * already applied) is a separate record, saved after every write, while the run is saved once its commands are done:
 * a repeated event then decides the same commands again and the ledger skips those already applied. Two small
 * indexes find a run from an issue id (link events carry ids) and from a linked ticket (its changes reach the run).
 * A per-run lock (`lock:<issueKey>`) keeps two invocations from deciding on the same run at once.
 */
import { z } from 'zod';
import type { Run, RunSummary } from '../domain/engine';
import { runSchema } from '../domain/engine';
import { saveRunWithInsight } from './insight';
import { deleteValue, getValue, listByPrefix, setValue, tryLock, unlock } from './kv';

const summarySchema = z.strictObject({
  runId: z.string(),
  playbookId: z.string(),
  playbookVersion: z.int(),
  state: z.string(),
  // Mirrored before the property dropped the stage (2026-11-26): differs from any new summary, so the next event
  // on such a run rewrites its property without the stage.
  stage: z.string().optional(),
  needsAttention: z.boolean(),
  attention: z.array(z.string()),
  nextDueAt: z.string().optional(),
});

export const runRecordSchema = z.strictObject({
  run: runSchema,
  mirrored: summarySchema.optional(),
});
export type RunRecord = z.infer<typeof runRecordSchema>;

/** Enough for months of chasers; the oldest keys belong to events Forge no longer redelivers. */
export const LEDGER_LIMIT = 2000;

const runKey = (issueKey: string): string => `run:${issueKey}`;
const idKey = (issueId: string): string => `issue-id:${issueId}`;
const ledgerKey = (issueKey: string): string => `ledger:${issueKey}`;
const linkKey = (issueKey: string): string => `linked:${issueKey}`;
const lockKey = (issueKey: string): string => `lock:${issueKey}`;

/** Longer than any invocation may run (Forge's default function timeout is 25 s): a crashed holder frees it. */
export const RUN_LOCK_TTL_SECONDS = 60;

/** Takes the run's lock for `owner` (one invocation); false when another invocation holds it. */
export const tryLockRun = (issueKey: string, owner: string): Promise<boolean> =>
  tryLock(lockKey(issueKey), owner, RUN_LOCK_TTL_SECONDS);

/** Frees the run's lock if `owner` still holds it. */
export const unlockRun = (issueKey: string, owner: string): Promise<void> => unlock(lockKey(issueKey), owner);

export async function loadRunRecord(issueKey: string): Promise<RunRecord | undefined> {
  const raw = await getValue<unknown>(runKey(issueKey));
  return raw === undefined ? undefined : runRecordSchema.parse(raw);
}

/** With the admin insight's aggregates when what the run adds to them changed (src/storage/insight.ts). */
export async function saveRunRecord(record: RunRecord): Promise<void> {
  await saveRunWithInsight(runKey(record.run.issueKey), record, record.run);
  if (record.run.issueId !== undefined) await setValue(idKey(record.run.issueId), record.run.issueKey);
}

export async function loadLedger(issueKey: string): Promise<string[]> {
  return z.array(z.string()).parse((await getValue<unknown>(ledgerKey(issueKey))) ?? []);
}

/** Oldest keys drop off past LEDGER_LIMIT. */
export async function saveLedger(issueKey: string, keys: readonly string[]): Promise<void> {
  await setValue(ledgerKey(issueKey), keys.slice(-LEDGER_LIMIT));
}

export async function deleteRunRecord(issueKey: string): Promise<void> {
  await deleteValue(runKey(issueKey));
}

export async function issueKeyForId(issueId: string): Promise<string | undefined> {
  return getValue<string>(idKey(issueId));
}

/** Remembers that `linkedKey` belongs to the run on `ownerKey` (a ticket serves one run: the first wins). */
export async function rememberLinkedIssue(linkedKey: string, ownerKey: string): Promise<void> {
  if ((await getValue<string>(linkKey(linkedKey))) === undefined) await setValue(linkKey(linkedKey), ownerKey);
}

export async function ownerOfLinkedIssue(linkedKey: string): Promise<string | undefined> {
  return getValue<string>(linkKey(linkedKey));
}

/** Every run record (admin views, tests); the engine's paths never scan. */
export async function listRunRecords(): Promise<RunRecord[]> {
  const rows = await listByPrefix<unknown>('run:');
  return rows.map((r) => runRecordSchema.parse(r.value));
}

export function sameSummary(a: RunSummary | undefined, b: RunSummary | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export type { Run, RunSummary };
