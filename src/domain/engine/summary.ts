/**
 * The run's next due time and the summary the shell mirrors to an indexed issue property: only what JQL needs (the
 * due-runs and answer searches, admins' filters), so a step that moves only the stage writes nothing to Jira; the
 * pages read the stage from the stored run.
 */
import type { CommandBody, RunSummary } from './commands';
import type { Run } from './model';
import { nextOccurrence } from './recurring';
import { nextSlaChange } from './sla';

/** Sets run.nextDueAt to the earliest pending timer: a chase, a wait's timeout, the end of a time wait. */
export function withNextDue(run: Run): Run {
  const times: string[] = [];
  if (run.state === 'active') {
    for (const st of Object.values(run.steps)) {
      if (st.status !== 'active') continue;
      if (st.approval?.nextChaseAt !== undefined && !st.approval.answer) times.push(st.approval.nextChaseAt);
      if (st.timeoutAt !== undefined && !st.timedOut) times.push(st.timeoutAt);
      if (st.waitUntil !== undefined) times.push(st.waitUntil);
      const occurrence = nextOccurrence(st);
      if (occurrence !== undefined) times.push(occurrence);
      const sla = nextSlaChange(st);
      if (sla !== undefined) times.push(sla);
    }
  }
  times.sort();
  if (times[0] === undefined) delete run.nextDueAt;
  else run.nextDueAt = times[0];
  return run;
}

export function runSummary(run: Run): RunSummary {
  const next = withNextDue({ ...run }).nextDueAt;
  const summary: RunSummary = {
    runId: run.id,
    playbookId: run.playbookId,
    playbookVersion: run.playbookVersion,
    state: run.state,
    needsAttention: run.attention.length > 0,
    attention: [...new Set(run.attention.map((a) => a.code))],
  };
  if (next !== undefined) summary.nextDueAt = next;
  return summary;
}

export function summaryCommand(run: Run, summary: RunSummary): CommandBody {
  return { type: 'setRunSummary', issue: { key: run.issueKey }, summary };
}
