/**
 * Moving running runs to another version of their playbook, only as an explicit action after a preview. A step the
 * new version keeps keeps its state, one it drops loses it, one it adds starts pending; the engine carries on from
 * there at the run's next event. Runs are moved one by one, by key, and the issue property follows.
 */
import type { Run } from '../../domain/engine';
import type { Playbook } from '../../domain/playbook';
import { appJira, setIssueProperty } from '../../jira';
import type { AdminOutput, RunMigration } from '../../shared/admin-contracts';
import { loadPlaybookVersion, loadRunRecord, saveRunRecord } from '../../storage';
import { everyRun } from '../../storage/insight';
import { loadPlaybookHead } from '../../storage/playbook-versions';
import { jiraDeps } from '../context';
import { propertyValue, RUN_PROPERTY, summaryOf } from '../summary';
import { notFound } from './errors';

/** What moving `run` from its version (`from`) to `to` would do. Pure. */
export function planMigration(run: Run, from: Playbook | undefined, to: Playbook): RunMigration {
  const target = new Set(to.steps.map((s) => s.id));
  const before = new Set([...(from?.steps.map((s) => s.id) ?? []), ...Object.keys(run.steps)]);
  const state = (id: string) => {
    const status = Object.hasOwn(run.steps, id) ? run.steps[id]?.status : undefined;
    return status === undefined ? { stepId: id } : { stepId: id, status };
  };
  const kept = [...target].filter((id) => before.has(id)).map(state);
  const dropped = [...before].filter((id) => !target.has(id)).map(state);
  const added = [...target].filter((id) => !before.has(id)).map((stepId) => ({ stepId }));
  return {
    issueKey: run.issueKey,
    runId: run.id,
    fromVersion: run.playbookVersion,
    stage: run.stage,
    kept,
    dropped,
    added,
    safe: dropped.every((d) => d.status === undefined || d.status === 'pending'),
  };
}

async function targetVersion(id: string, version?: number): Promise<Playbook> {
  const head = await loadPlaybookHead(id);
  if (!head) throw notFound(`there is no playbook ${id}`);
  const to = await loadPlaybookVersion(id, version ?? head.version);
  if (!to) throw notFound(`playbook ${id} has no version ${version ?? head.version}`);
  return to;
}

export async function previewMigration(id: string, toVersion?: number): Promise<AdminOutput<'previewMigration'>> {
  const to = await targetVersion(id, toVersion);
  // Reads every run (an explicit admin action, not the page's first load), without the 10,000-record cap.
  const runs = (await everyRun())
    .filter((r) => r.state === 'active' && r.playbookId === id && r.playbookVersion !== to.version)
    .sort((a, b) => a.issueKey.localeCompare(b.issueKey));
  const plans = await Promise.all(
    runs.map(async (run) => planMigration(run, await loadPlaybookVersion(id, run.playbookVersion), to)),
  );
  return { id, toVersion: to.version, runs: plans };
}

export async function migrateRuns(
  id: string,
  toVersion: number,
  issueKeys: readonly string[],
): Promise<AdminOutput<'migrateRuns'>> {
  const to = await targetVersion(id, toVersion);
  const jira = appJira(jiraDeps());
  const out: AdminOutput<'migrateRuns'> = { migrated: [], skipped: [] };
  for (const issueKey of [...new Set(issueKeys)]) {
    const record = await loadRunRecord(issueKey);
    const run = record?.run;
    const why = !run
      ? 'no run on this ticket'
      : run.playbookId !== id
        ? `its run follows ${run.playbookId}`
        : run.state !== 'active'
          ? `its run is ${run.state}`
          : run.playbookVersion === to.version
            ? `its run is on version ${to.version} already`
            : undefined;
    if (!run || why !== undefined) {
      out.skipped.push({ issueKey, reason: why ?? 'no run' });
      continue;
    }
    const plan = planMigration(run, await loadPlaybookVersion(id, run.playbookVersion), to);
    const steps = Object.fromEntries([
      ...plan.kept.flatMap((k) => (Object.hasOwn(run.steps, k.stepId) ? [[k.stepId, run.steps[k.stepId]]] : [])),
      ...plan.added.map((a) => [a.stepId, { status: 'pending' as const }]),
    ]) as Run['steps'];
    const moved: Run = { ...run, playbookVersion: to.version, steps };
    const summary = summaryOf(moved);
    await setIssueProperty(jira, issueKey, RUN_PROPERTY, propertyValue(summary));
    await saveRunRecord({ run: moved, mirrored: summary });
    out.migrated.push({ issueKey, fromVersion: run.playbookVersion, toVersion: to.version });
  }
  return out;
}
