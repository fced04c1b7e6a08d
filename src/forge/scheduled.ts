/** The hourly scheduled trigger and the run-work queue consumer. */
import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';
import { openInvocation } from '../app/context';
import { fanOutDueRuns, runDueBatch } from '../app/due-runs';
import { retryAfterSeconds } from '../app/errors';
import { catchUpLinks } from '../app/intake-links';
import { handleIssueEventUseCase } from '../app/issue-events';
import { recordLeftBehind } from '../app/left-behind';
import {
  asyncEventSchema,
  issueEventSchema,
  runWorkBodySchema,
  type IssueEventPayload,
} from '../shared/forge-payloads';
import { RUN_WORK_QUEUE } from './issue-event';

/**
 * The attempt whose retryContext.retryCount is 4 is the last: 4 retries is what docs/FORGE_EVENTS.md records and the
 * local runtime does (MAX_RETRIES); the Atlassian page we could read does not state the number. Were Forge to retry
 * more, the note would come early and say so anyway (a later success leaves it standing).
 */
export const LAST_RETRY = 4;

export async function handleDueRuns(): Promise<{ due: number }> {
  const inv = await openInvocation();
  const queue = new Queue({ key: RUN_WORK_QUEUE });
  const due = await fanOutDueRuns(inv, async (batches) => {
    // At most 50 events per push (the @forge/events limit).
    for (let i = 0; i < batches.length; i += 50)
      await queue.push(batches.slice(i, i + 50).map((issueKeys) => ({ body: { kind: 'due', issueKeys } })));
  });
  return { due };
}

/**
 * Throws on transient failures so the queue retries with backoff; the ledger makes the retry resume, not repeat. When
 * Jira said how long to wait (429 Retry-After), the retry comes after that wait instead: the queue's own short
 * backoff would spend every retry inside the same rate-limit window and drop the work. When the last retry of a
 * product event fails, the ticket says so (src/app/left-behind.ts). A due batch needs no such note: the next
 * hourly tick finds its runs due again.
 */
export async function handleRunWork(event: unknown): Promise<{ runs: number } | InvocationError> {
  const asyncEvent = asyncEventSchema.parse(event);
  const body = runWorkBodySchema.parse(asyncEvent.body);
  const retryCount = asyncEvent.retryContext?.retryCount ?? 0;
  const inv = await openInvocation();
  let payload: IssueEventPayload | undefined;
  try {
    if (body.kind === 'due') return { runs: (await runDueBatch(inv, body.issueKeys)).length };
    payload = issueEventSchema.parse(body.payload);
    const applied = await handleIssueEventUseCase(payload, inv);
    // Queue work on a created event is a retried intake: links made while it waited reached no run.
    const caughtUp = payload.eventType === 'avi:jira:created:issue' ? await catchUpLinks(inv, payload.issue.key) : [];
    return { runs: applied.length + caughtUp.length };
  } catch (error) {
    // The product trigger's own attempt came first, then the queue's first delivery and its retries.
    if (payload && retryCount >= LAST_RETRY) await recordLeftBehind(inv, payload, retryCount + 2, error);
    const retryAfter = retryAfterSeconds(error);
    if (retryAfter === undefined) throw error;
    return new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
  }
}
