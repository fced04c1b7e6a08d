/** The product-event trigger: parse the Forge payload, hand it to the use case; transient failures go to the queue. */
import { Queue } from '@forge/events';
import { handleIssueEventUseCase } from '../app/issue-events';
import { classify } from '../app/errors';
import { issueEventSchema } from '../shared/forge-payloads';

export const RUN_WORK_QUEUE = 'run-work';

export async function handleIssueEvent(payload: unknown): Promise<{ handled: boolean; runs: number }> {
  const parsed = issueEventSchema.safeParse(payload);
  if (!parsed.success) {
    console.warn('[onboarding] issue event not understood', parsed.error.issues.slice(0, 3));
    return { handled: false, runs: 0 };
  }
  try {
    const applied = await handleIssueEventUseCase(parsed.data);
    return { handled: true, runs: applied.length };
  } catch (error) {
    // Product events are not retried by Forge: a transient failure is retried through our queue instead.
    if (classify(error).kind !== 'transient') throw error;
    await new Queue({ key: RUN_WORK_QUEUE }).push({
      body: { kind: 'issueEvent', payload: parsed.data },
      delayInSeconds: 60,
    });
    return { handled: false, runs: 0 };
  }
}
