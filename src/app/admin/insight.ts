/** The insight tab and its CSV export, over every stored run (an admin view: it may scan). */
import type { AdminOutput } from '../../shared/admin-contracts';
import { now } from '../../shared/runtime';
import { listRunRecords } from '../../storage';
import { insightCsv as toCsv, insightOf } from './insight-figures';

export async function getInsight(): Promise<AdminOutput<'getInsight'>> {
  return insightOf(
    (await listRunRecords()).map((r) => r.run),
    now(),
  );
}

export async function insightCsv(): Promise<AdminOutput<'insightCsv'>> {
  const insight = await getInsight();
  return { filename: `onboarding-insight-${insight.generatedAt.slice(0, 10)}.csv`, csv: toCsv(insight) };
}
