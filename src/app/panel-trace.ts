/** The engine's trace as the panel keeps it: one batch per event that changed a run, newest first when read. */
import type { EngineEvent, TraceEntry } from '../domain/engine';
import type { TraceBatch } from '../shared/contracts';
import { loadRunRecord, loadTrace, type TraceBatchRecord } from '../storage';

/** What happened, as a code the page words: the event type, or `panel.<action>` for a person's action. */
export function eventCode(event: EngineEvent): string {
  return event.type === 'panelAction' ? `panel.${event.action}` : event.type;
}

function actorOf(event: EngineEvent): string | undefined {
  if (event.type === 'panelAction') return event.actor.displayName ?? event.actor.accountId;
  if (event.type === 'commentAdded') return event.author.displayName ?? event.author.email ?? event.author.accountId;
  return undefined;
}

export function traceBatch(event: EngineEvent, at: Date, trace: readonly TraceEntry[]): TraceBatchRecord {
  const actor = actorOf(event);
  return {
    at: at.toISOString(),
    event: eventCode(event),
    ...(actor === undefined ? {} : { actor }),
    lines: trace.map((t) => ({ code: t.code, message: t.message, ...(t.stepId ? { stepId: t.stepId } : {}) })),
  };
}

/** The stored trace of the run on this issue, newest change first; empty without a run. */
export async function traceFor(issueKey: string): Promise<TraceBatch[]> {
  const record = await loadRunRecord(issueKey);
  if (!record) return [];
  return (await loadTrace(issueKey, record.run.id)).reverse();
}
