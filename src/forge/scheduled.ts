/** The hourly scheduled trigger and the run-work queue consumer. */
import { Queue } from '@forge/events';
import { openInvocation } from '../app/context';
import { fanOutDueRuns, runDueBatch } from '../app/due-runs';
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

/** Throws on transient failures so the queue retries with backoff; the ledger makes the retry resume, not repeat. */
export async function handleRunWork(event: unknown): Promise<{ runs: number }> {
  const body = runWorkBodySchema.parse(asyncEventSchema.parse(event).body);
  const inv = await openInvocation();
  if (body.kind === 'due') return { runs: (await runDueBatch(inv, body.issueKeys)).length };
  return { runs: (await handleIssueEventUseCase(issueEventSchema.parse(body.payload), inv)).length };
}
