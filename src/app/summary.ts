/** The run summary the issue property `onboarding-run` carries (indexed by manifest.yml's jira:entityProperty). */
import type { Run, RunSummary } from '../domain/engine';

export const RUN_PROPERTY = 'onboarding-run';

export function summaryOf(run: Run): RunSummary {
  const summary: RunSummary = {
    runId: run.id,
    playbookId: run.playbookId,
    playbookVersion: run.playbookVersion,
    state: run.state,
    stage: run.stage,
    needsAttention: run.attention.length > 0,
    attention: [...new Set(run.attention.map((a) => a.code))],
  };
  if (run.nextDueAt !== undefined && run.state === 'active') summary.nextDueAt = run.nextDueAt;
  return summary;
}

/** The property value: the indexed paths (playbook, stage, nextDueAt, attention, state) plus detail for the panel. */
export function propertyValue(summary: RunSummary): Record<string, unknown> {
  return {
    playbook: summary.playbookId,
    version: summary.playbookVersion,
    runId: summary.runId,
    stage: summary.stage,
    state: summary.state,
    attention: summary.needsAttention ? 'yes' : 'no',
    attentionCodes: summary.attention,
    ...(summary.nextDueAt === undefined ? {} : { nextDueAt: summary.nextDueAt }),
  };
}
