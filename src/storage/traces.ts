/**
 * The engine's trace per run, for the panel's "why did this happen?": one batch per event that changed the run
 * (`trace:<issueKey>`), bounded to the last TRACE_LIMIT lines so a long-lived run's record stays small in KVS.
 */
import { z } from 'zod';
import { getValue, setValue } from './kv';

/** Lines kept per run; the oldest batches drop off first. */
export const TRACE_LIMIT = 200;
/** A message longer than this is cut: the code says what happened, the message is the detail. */
const MESSAGE_LIMIT = 300;

const lineSchema = z.strictObject({ code: z.string(), message: z.string(), stepId: z.string().optional() });
export const traceBatchRecordSchema = z.strictObject({
  at: z.string(),
  event: z.string(),
  actor: z.string().optional(),
  lines: z.array(lineSchema),
});
export type TraceBatchRecord = z.infer<typeof traceBatchRecordSchema>;

const recordSchema = z.strictObject({ runId: z.string(), batches: z.array(traceBatchRecordSchema) });

const traceKey = (issueKey: string): string => `trace:${issueKey}`;

/** The stored batches of this run, oldest first (a trace left by an earlier run on the ticket is not this run's). */
export async function loadTrace(issueKey: string, runId: string): Promise<TraceBatchRecord[]> {
  const parsed = recordSchema.safeParse(await getValue<unknown>(traceKey(issueKey)));
  return parsed.success && parsed.data.runId === runId ? parsed.data.batches : [];
}

/** Keeps whole batches, newest first, while they fit in `limit` lines (the newest is kept even if longer). */
export function bounded(batches: readonly TraceBatchRecord[], limit: number): TraceBatchRecord[] {
  const kept: TraceBatchRecord[] = [];
  let lines = 0;
  for (const b of [...batches].reverse()) {
    if (kept.length > 0 && lines + b.lines.length > limit) break;
    kept.unshift(b.lines.length > limit ? { ...b, lines: b.lines.slice(-limit) } : b);
    lines += b.lines.length;
  }
  return kept;
}

export async function appendTrace(issueKey: string, runId: string, batch: TraceBatchRecord): Promise<void> {
  if (batch.lines.length === 0) return;
  const lines = batch.lines.map((l) =>
    l.message.length > MESSAGE_LIMIT ? { ...l, message: `${l.message.slice(0, MESSAGE_LIMIT - 1)}…` } : l,
  );
  const batches = [...(await loadTrace(issueKey, runId)), { ...batch, lines }];
  await setValue(traceKey(issueKey), { runId, batches: bounded(batches, TRACE_LIMIT) });
}
