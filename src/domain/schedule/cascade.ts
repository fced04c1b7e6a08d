/**
 * The reschedule cascade: move one milestone to a chosen date and preview every date that moves with it (S3: Week A
 * deferred to Week B). Steps whose due rule counts from a moved step are recomputed by their rule; steps that only
 * depend on a moved step keep their distance to it. Done and pinned steps never move, and no step outside the
 * milestone's dependents moves.
 */
import type { DateTime } from 'luxon';
import type { BusinessCalendar } from './calendar';
import { dueFromDt, type DueRule } from './due';
import { checkZone, iso, zoned, type Instant } from './time';

export interface CascadeStep {
  id: string;
  /** The step's current due date (after any earlier moves); undated steps have none. */
  dueAt?: Instant | undefined;
  due?: DueRule | undefined;
  dependsOn?: readonly string[] | undefined;
  /** Done steps keep their dates. */
  done?: boolean | undefined;
  /** Dates fixed by hand: never moved, reported when a dependency now lands after them. */
  pinned?: boolean | undefined;
}

export interface CascadeMove {
  step: string;
  before: string | undefined;
  after: string;
  /** 'chosen' for the milestone itself; else the step it follows. */
  because: 'chosen' | { follows: string; by: 'rule' | 'dependency' };
}

export interface CascadeProblem {
  code: 'unknown_step' | 'cycle' | 'done' | 'pinned_conflict';
  step: string;
  message: string;
}

export interface CascadePreview {
  moves: CascadeMove[];
  problems: CascadeProblem[];
}

const parentsOf = (s: CascadeStep): string[] => [
  ...new Set([...(s.dependsOn ?? []), ...(s.due && (s.due.from ?? 'start') !== 'start' ? [s.due.from ?? ''] : [])]),
];

/** Steps in dependency order, or undefined when they form a cycle. */
function topological(steps: readonly CascadeStep[]): CascadeStep[] | undefined {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const indegree = new Map(steps.map((s) => [s.id, parentsOf(s).filter((p) => byId.has(p)).length]));
  const children = new Map<string, string[]>();
  for (const s of steps) for (const p of parentsOf(s)) children.set(p, [...(children.get(p) ?? []), s.id]);
  const ready = steps.filter((s) => indegree.get(s.id) === 0).map((s) => s.id);
  const order: CascadeStep[] = [];
  for (let id = ready.shift(); id !== undefined; id = ready.shift()) {
    const step = byId.get(id);
    if (step) order.push(step);
    for (const c of children.get(id) ?? []) {
      const left = (indegree.get(c) ?? 0) - 1;
      indegree.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
  return order.length === byId.size ? order : undefined;
}

/** Preview of moving `move.step` to `move.to`: every date that changes, before and after, in dependency order. */
export function previewReschedule(
  calendar: BusinessCalendar,
  steps: readonly CascadeStep[],
  move: { step: string; to: Instant },
): CascadePreview {
  const zone = checkZone(calendar.timeZone);
  const fail = (code: CascadeProblem['code'], step: string, message: string): CascadePreview => ({
    moves: [],
    problems: [{ code, step, message }],
  });
  const milestone = steps.find((s) => s.id === move.step);
  if (!milestone) return fail('unknown_step', move.step, `no step has id '${move.step}'`);
  if (milestone.done) return fail('done', move.step, `'${move.step}' is done already: its date cannot move`);
  const order = topological(steps);
  if (!order) return fail('cycle', move.step, 'the steps depend on each other in a cycle: fix the playbook first');

  const current = (s: CascadeStep): DateTime | undefined => (s.dueAt === undefined ? undefined : zoned(s.dueAt, zone));
  const moved = new Map<string, { before: DateTime | undefined; after: DateTime }>();
  const moves: CascadeMove[] = [];
  const problems: CascadeProblem[] = [];
  const record = (s: CascadeStep, after: DateTime, because: CascadeMove['because']): void => {
    const before = current(s);
    if (before !== undefined && before.toMillis() === after.toMillis()) return;
    moved.set(s.id, { before, after });
    moves.push({ step: s.id, before: before && iso(before), after: iso(after), because });
  };
  record(milestone, zoned(move.to, zone), 'chosen');

  for (const s of order) {
    const movedParents = parentsOf(s).filter((p) => moved.has(p));
    if (s.id === milestone.id || movedParents.length === 0 || s.done) continue;
    const before = current(s);
    if (s.pinned) {
      for (const p of movedParents) {
        const after = moved.get(p)?.after;
        if (before && after && after > before)
          problems.push({
            code: 'pinned_conflict',
            step: s.id,
            message: `'${s.id}' is pinned to ${iso(before)} but '${p}' would now be due ${iso(after)}: move or unpin '${s.id}'`,
          });
      }
      continue;
    }
    const ruleFrom = s.due?.from ?? 'start';
    const anchor = s.due && moved.get(ruleFrom);
    if (s.due && anchor) {
      record(s, dueFromDt(calendar, anchor.after, s.due), { follows: ruleFrom, by: 'rule' });
      continue;
    }
    if (!before) continue;
    // Keep the distance to the dependency that moved the most (in calendar days and time, in the calendar's zone).
    const shifts = movedParents.flatMap((p) => {
      const m = moved.get(p);
      return m?.before ? [{ p, shift: m.after.diff(m.before, ['days', 'milliseconds']) }] : [];
    });
    const biggest = shifts.sort((a, b) => b.shift.toMillis() - a.shift.toMillis())[0];
    if (biggest) record(s, before.plus(biggest.shift), { follows: biggest.p, by: 'dependency' });
  }
  return { moves, problems };
}
