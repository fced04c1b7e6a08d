/** Insight over run records: pure, `now` is an argument. Durations in milliseconds, medians of what is finished. */
import type { Run } from '../../domain/engine';
import type { Insight } from '../../shared/admin-contracts';
import type { Aggregate, DueEntry } from '../../storage/insight-aggregate';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const ms = (from: string, to: string): number => Date.parse(to) - Date.parse(from);

/** Values grouped by a key, in key order. */
function grouped<T>(rows: readonly (readonly [string, T])[]): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const [key, value] of rows) map.set(key, [...(map.get(key) ?? []), value]);
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
}

const SEP = '\u0000';
const split = (key: string): [string, string] => {
  const [a = '', b = ''] = key.split(SEP);
  return [a, b];
};

export function insightOf(runs: readonly Run[], now: Date): Insight {
  const active = runs.filter((r) => r.state === 'active');
  const activeByStage = grouped(active.map((r) => [`${r.playbookId}${SEP}${r.stage}`, 1] as const)).map(
    ([key, ones]) => {
      const [playbookId, stage] = split(key);
      return { playbookId, stage, count: ones.length };
    },
  );
  const steps = runs.flatMap((r) => Object.entries(r.steps).map(([stepId, s]) => ({ run: r, stepId, s })));
  const stepDurations = grouped(
    steps.flatMap(({ run, stepId, s }) =>
      s.startedAt && s.doneAt && !s.skipped
        ? [[`${run.playbookId}${SEP}${stepId}`, ms(s.startedAt, s.doneAt)] as const]
        : [],
    ),
  ).map(([key, values]) => {
    const [playbookId, stepId] = split(key);
    return { playbookId, stepId, count: values.length, medianMs: median(values) };
  });
  const playbookDurations = grouped(
    runs.flatMap((r) => {
      if (r.state !== 'completed') return [];
      const ends = Object.values(r.steps).flatMap((s) => (s.doneAt ? [Date.parse(s.doneAt)] : []));
      const end = ends.length > 0 ? Math.max(...ends) : Date.parse(r.updatedAt);
      return [[r.playbookId, end - Date.parse(r.startedAt)] as const];
    }),
  ).map(([playbookId, values]) => ({ playbookId, count: values.length, medianMs: median(values) }));
  const approvals = grouped(
    steps.flatMap(({ run, stepId, s }) =>
      s.approval ? [[`${run.playbookId}${SEP}${stepId}`, { run, approval: s.approval }] as const] : [],
    ),
  );
  const approvalWaits = approvals.map(([key, rows]) => {
    const [playbookId, stepId] = split(key);
    const waits = rows.flatMap(({ approval }) => (approval.answer ? [ms(approval.askedAt, approval.answer.at)] : []));
    const waitingNow = rows.filter(({ run, approval }) => !approval.answer && run.state === 'active').length;
    return { playbookId, stepId, count: waits.length, medianMs: median(waits), waitingNow };
  });
  const overdue = active
    .flatMap((run) =>
      Object.entries(run.steps).flatMap(([stepId, s]) => {
        const dueAt = s.status === 'active' ? (s.dueAt ?? s.timeoutAt) : undefined;
        const late = dueAt === undefined ? 0 : now.getTime() - Date.parse(dueAt);
        return dueAt !== undefined && late > 0
          ? [{ issueKey: run.issueKey, playbookId: run.playbookId, stepId, dueAt, overdueMs: late }]
          : [];
      }),
    )
    .sort((a, b) => b.overdueMs - a.overdueMs);
  return { generatedAt: now.toISOString(), activeByStage, stepDurations, playbookDurations, approvalWaits, overdue };
}

const byKey = <T>(rows: readonly (readonly [string, T])[]): T[] =>
  [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);

/**
 * The same figures from the per-playbook aggregates and the due entries read so far (overdue ones, most overdue
 * first): rows in the full scan's order. Medians are over each window of latest samples.
 */
export function insightFromAggregates(aggregates: readonly Aggregate[], due: readonly DueEntry[], now: Date): Insight {
  const key = (a: string, b: string): string => `${a}${SEP}${b}`;
  const perStep = <T, R>(pick: (a: Aggregate) => Record<string, T>, row: (pb: string, id: string, v: T) => R) =>
    aggregates.flatMap((a) =>
      Object.entries(pick(a)).map(([id, v]) => [key(a.playbookId, id), row(a.playbookId, id, v)] as const),
    );
  return {
    generatedAt: now.toISOString(),
    activeByStage: byKey(
      perStep(
        (a) => a.activeByStage,
        (playbookId, stage, count) => ({ playbookId, stage, count }),
      ),
    ),
    stepDurations: byKey(
      perStep(
        (a) => a.steps,
        (playbookId, stepId, w) => ({ playbookId, stepId, count: w.count, medianMs: median(w.samples) }),
      ),
    ),
    playbookDurations: byKey(
      aggregates.flatMap((a) =>
        a.completed.count > 0
          ? [
              [
                a.playbookId,
                { playbookId: a.playbookId, count: a.completed.count, medianMs: median(a.completed.samples) },
              ] as const,
            ]
          : [],
      ),
    ),
    approvalWaits: byKey(
      perStep(
        (a) => a.approvals,
        (playbookId, stepId, w) => ({
          playbookId,
          stepId,
          count: w.count,
          medianMs: median(w.samples),
          waitingNow: w.waitingNow,
        }),
      ),
    ),
    overdue: due
      .map((e) => ({ ...e, overdueMs: now.getTime() - Date.parse(e.dueAt) }))
      .filter((e) => e.overdueMs > 0)
      .sort((a, b) => b.overdueMs - a.overdueMs),
  };
}

const cell = (v: string | number): string => {
  const s = String(v);
  // Quote what CSV needs quoted, and defuse cells a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const hours = (msValue: number): string => (msValue / 3_600_000).toFixed(2);

/** One table: `section` first, then the columns of that table; sections follow each other after a header row. */
export function insightCsv(insight: Insight): string {
  const rows: (string | number)[][] = [['section', 'playbook', 'step or stage', 'count', 'median hours', 'detail']];
  for (const r of insight.activeByStage) rows.push(['active by stage', r.playbookId, r.stage, r.count, '', '']);
  for (const r of insight.stepDurations)
    rows.push(['step duration', r.playbookId, r.stepId, r.count, hours(r.medianMs), '']);
  for (const r of insight.playbookDurations)
    rows.push(['playbook duration', r.playbookId, '', r.count, hours(r.medianMs), '']);
  for (const r of insight.approvalWaits)
    rows.push(['approval wait', r.playbookId, r.stepId, r.count, hours(r.medianMs), `waiting now: ${r.waitingNow}`]);
  for (const r of insight.overdue)
    rows.push(['overdue', r.playbookId, r.stepId, 1, hours(r.overdueMs), `${r.issueKey} due ${r.dueAt}`]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
