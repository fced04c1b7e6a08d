/** The hourly scheduled trigger and the run-work queue consumer. */
import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';
import { openInvocation } from '../app/context';
import { fanOutDueRuns, runDueBatch } from '../app/due-runs';
import { retryAfterSeconds } from '../app/errors';
import { handleIssueEventUseCase } from '../app/issue-events';
import { asyncEventSchema, issueEventSchema, runWorkBodySchema } from '../shared/forge-payloads';
import { RUN_WORK_QUEUE } from './issue-event';

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
 * backoff would spend every retry inside the same rate-limit window and drop the work.
 */
export async function handleRunWork(event: unknown): Promise<{ runs: number } | InvocationError> {
  const body = runWorkBodySchema.parse(asyncEventSchema.parse(event).body);
  const inv = await openInvocation();
  try {
    if (body.kind === 'due') return { runs: (await runDueBatch(inv, body.issueKeys)).length };
    return { runs: (await handleIssueEventUseCase(issueEventSchema.parse(body.payload), inv)).length };
  } catch (error) {
    const retryAfter = retryAfterSeconds(error);
    if (retryAfter === undefined) throw error;
    return new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
  }
}
