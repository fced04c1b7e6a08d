/**
 * The run summary the issue property `onboarding-run` carries (indexed by manifest.yml's jira:entityProperty). It
 * holds what JQL needs and nothing that changes on every step (the stage, step detail: the pages read the stored
 * run), so it is written when the run starts or ends, its attention or next due time changes, or it is migrated.
 */
import type { Run, RunSummary } from '../domain/engine';

export const RUN_PROPERTY = 'onboarding-run';

export function summaryOf(run: Run): RunSummary {
  const summary: RunSummary = {
    runId: run.id,
    playbookId: run.playbookId,
    playbookVersion: run.playbookVersion,
    state: run.state,
    needsAttention: run.attention.length > 0,
    attention: [...new Set(run.attention.map((a) => a.code))],
  };
  if (run.nextDueAt !== undefined && run.state === 'active') summary.nextDueAt = run.nextDueAt;
  return summary;
}

/** The property value: the indexed paths (playbook, state, attention, nextDueAt) and what identifies the run. */
export function propertyValue(summary: RunSummary): Record<string, unknown> {
  return {
    playbook: summary.playbookId,
    version: summary.playbookVersion,
    runId: summary.runId,
    state: summary.state,
    attention: summary.needsAttention ? 'yes' : 'no',
    attentionCodes: summary.attention,
    ...(summary.nextDueAt === undefined ? {} : { nextDueAt: summary.nextDueAt }),
  };
}
