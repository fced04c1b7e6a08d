/**
 * The insight tab from the per-playbook aggregates kept as runs are saved (src/storage/insight.ts): its cost follows
 * the playbooks and the overdue steps, not the stored runs. The CSV export an admin asks for reads every run (exact
 * medians, every row), walking KVS page by page.
 */
import type { AdminOutput } from '../../shared/admin-contracts';
import { now } from '../../shared/runtime';
import { listHeads } from '../../storage/playbook-versions';
import { ensureInsightBuilt, everyRun, loadAggregates, overdueEntries } from '../../storage/insight';
import { insightCsv as toCsv, insightFromAggregates, insightOf } from './insight-figures';

/** The aggregates exist once every run was counted (the first call after an upgrade counts them). */
export async function readyAggregates(): Promise<Awaited<ReturnType<typeof loadAggregates>>> {
  await ensureInsightBuilt((await listHeads()).map((h) => h.id));
  return loadAggregates();
}

export async function getInsight(): Promise<AdminOutput<'getInsight'>> {
  const at = now();
  const aggregates = await readyAggregates();
  const due = await overdueEntries(at);
  return insightFromAggregates(aggregates, due, at);
}

export async function insightCsv(): Promise<AdminOutput<'insightCsv'>> {
  const insight = insightOf(await everyRun(), now());
  return { filename: `onboarding-insight-${insight.generatedAt.slice(0, 10)}.csv`, csv: toCsv(insight) };
}
