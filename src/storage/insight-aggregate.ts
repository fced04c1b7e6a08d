/**
 * What one run adds to its playbook's insight aggregate, and applying that (or taking it back) to the aggregate.
 * Pure. Counts are exact; medians come from bounded windows of the latest samples (SAMPLE_LIMIT per step), so they
 * equal the medians over every run as long as a step has at most SAMPLE_LIMIT samples.
 */
import { z } from 'zod';
import type { Run } from '../domain/engine';

/** Samples kept per step (and per playbook for run durations): 40 steps of 200 stay far below KVS's 240 KiB. */
export const SAMPLE_LIMIT = 200;

const windowSchema = z.object({ count: z.int(), samples: z.array(z.number()) });
export type Window = z.infer<typeof windowSchema>;

export const aggregateSchema = z.object({
  playbookId: z.string(),
  /** Active runs by stage, and by playbook version (the listing's "on older versions"). */
  activeByStage: z.record(z.string(), z.int()),
  activeByVersion: z.record(z.string(), z.int()),
  /** Done, not skipped steps: startedAt -> doneAt. */
  steps: z.record(z.string(), windowSchema),
  /** Completed runs: startedAt -> the last step done. */
  completed: windowSchema,
  /** Per approval step: runs that asked it, answered waits, unanswered on active runs. */
  approvals: z.record(z.string(), z.object({ runs: z.int(), waitingNow: z.int(), ...windowSchema.shape })),
});
export type Aggregate = z.infer<typeof aggregateSchema>;

/** An active step with a due date (an overdue candidate), kept under its own key. */
export const dueEntrySchema = z.object({
  issueKey: z.string(),
  playbookId: z.string(),
  stepId: z.string(),
  dueAt: z.string(),
});
export type DueEntry = z.infer<typeof dueEntrySchema>;

export interface Contribution {
  playbookId: string;
  active?: { stage: string; version: number };
  steps: [string, number][];
  completedMs?: number;
  approvals: { stepId: string; waitMs?: number; waiting: boolean }[];
  due: DueEntry[];
}

const ms = (from: string, to: string): number => Date.parse(to) - Date.parse(from);

/** The same reading of a run as the full scan (src/app/admin/insight-figures.ts insightOf). */
export function contributionOf(run: Run): Contribution {
  const entries = Object.entries(run.steps);
  const ends = entries.flatMap(([, s]) => (s.doneAt ? [Date.parse(s.doneAt)] : []));
  const end = ends.length > 0 ? Math.max(...ends) : Date.parse(run.updatedAt);
  return {
    playbookId: run.playbookId,
    ...(run.state === 'active' ? { active: { stage: run.stage, version: run.playbookVersion } } : {}),
    steps: entries.flatMap(([id, s]) =>
      s.startedAt && s.doneAt && !s.skipped ? [[id, ms(s.startedAt, s.doneAt)] as [string, number]] : [],
    ),
    ...(run.state === 'completed' ? { completedMs: end - Date.parse(run.startedAt) } : {}),
    approvals: entries.flatMap(([stepId, s]) =>
      s.approval
        ? [
            {
              stepId,
              ...(s.approval.answer ? { waitMs: ms(s.approval.askedAt, s.approval.answer.at) } : {}),
              waiting: !s.approval.answer && run.state === 'active',
            },
          ]
        : [],
    ),
    due:
      run.state !== 'active'
        ? []
        : entries.flatMap(([stepId, s]) => {
            const dueAt = s.status === 'active' ? (s.dueAt ?? s.timeoutAt) : undefined;
            return dueAt === undefined ? [] : [{ issueKey: run.issueKey, playbookId: run.playbookId, stepId, dueAt }];
          }),
  };
}

export const sameContribution = (a: Contribution | undefined, b: Contribution | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const emptyAggregate = (playbookId: string): Aggregate => ({
  playbookId,
  activeByStage: {},
  activeByVersion: {},
  steps: {},
  completed: { count: 0, samples: [] },
  approvals: {},
});

function sample(w: Window, value: number, sign: 1 | -1): void {
  w.count += sign;
  if (sign === 1) {
    w.samples.push(value);
    if (w.samples.length > SAMPLE_LIMIT) w.samples.splice(0, w.samples.length - SAMPLE_LIMIT);
    return;
  }
  // Taken back (a step reopened, a run changed): gone from the window if it is still there.
  const at = w.samples.lastIndexOf(value);
  if (at >= 0) w.samples.splice(at, 1);
}

function bump(counts: Record<string, number>, key: string, sign: 1 | -1): void {
  const next = (counts[key] ?? 0) + sign;
  if (next === 0) delete counts[key];
  else counts[key] = next;
}

/** Adds (sign 1) or takes back (sign -1) a run's contribution, in place. */
export function applyContribution(agg: Aggregate, c: Contribution, sign: 1 | -1): void {
  if (c.active) {
    bump(agg.activeByStage, c.active.stage, sign);
    bump(agg.activeByVersion, String(c.active.version), sign);
  }
  for (const [stepId, value] of c.steps) {
    const w = (agg.steps[stepId] ??= { count: 0, samples: [] });
    sample(w, value, sign);
    if (w.count === 0) delete agg.steps[stepId];
  }
  if (c.completedMs !== undefined) sample(agg.completed, c.completedMs, sign);
  for (const a of c.approvals) {
    const row = (agg.approvals[a.stepId] ??= { runs: 0, waitingNow: 0, count: 0, samples: [] });
    row.runs += sign;
    if (a.waiting) row.waitingNow += sign;
    if (a.waitMs !== undefined) sample(row, a.waitMs, sign);
    if (row.runs === 0) delete agg.approvals[a.stepId];
  }
}

/** Well below KVS's 240 KiB per value. */
export const MAX_AGGREGATE_BYTES = 200_000;

/**
 * A playbook with very many steps could outgrow a KVS value: the windows then keep only their newer half, as often
 * as needed (counts stay exact). In place; true when something was dropped.
 */
export function fitAggregate(agg: Aggregate, maxBytes = MAX_AGGREGATE_BYTES): boolean {
  let trimmed = false;
  const windows = (): Window[] => [...Object.values(agg.steps), agg.completed, ...Object.values(agg.approvals)];
  const bytes = (): number => new TextEncoder().encode(JSON.stringify(agg)).length;
  while (bytes() > maxBytes && windows().some((w) => w.samples.length > 1)) {
    for (const w of windows()) w.samples.splice(0, Math.floor(w.samples.length / 2));
    trimmed = true;
  }
  return trimmed;
}

/** Its key sorts by due time (UTC, fixed width), so the overdue ones come first in a key query. */
export const DUE_PREFIX = 'insight-due:';
export const dueKey = (e: DueEntry): string =>
  `${DUE_PREFIX}${new Date(e.dueAt).toISOString()}:${e.issueKey}:${e.stepId}`;

/** Due keys to delete and to write when a run's contribution changes from `before` to `after`. */
export function dueChanges(
  before: readonly DueEntry[],
  after: readonly DueEntry[],
): { remove: string[]; add: DueEntry[] } {
  const old = new Map(before.map((e) => [dueKey(e), e]));
  const next = new Map(after.map((e) => [dueKey(e), e]));
  return {
    remove: [...old.keys()].filter((k) => !next.has(k)),
    add: [...next].filter(([k, e]) => JSON.stringify(old.get(k)) !== JSON.stringify(e)).map(([, e]) => e),
  };
}
