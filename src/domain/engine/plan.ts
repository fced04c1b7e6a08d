/**
 * The run's plan: every step's date as things stand (recorded, overridden, or computed from its rule), so deferral
 * previews and the week timeline read the same dates the engine later records.
 */
import { DateTime } from 'luxon';
import type { Playbook, RecurringStep, Step } from '../playbook';
import { conditionVariables, durationMs, evaluateCondition } from '../playbook';
import { DEFAULT_CALENDAR, ScheduleError, dueFrom, occurrences, type BusinessCalendar } from '../schedule';
import type { Run } from './model';

/** At most this many occurrences are planned for one recurring step (a run is weeks or months, not years). */
export const OCCURRENCE_LIMIT = 200;

export const calendarOf = (pb: Playbook): BusinessCalendar => pb.calendar ?? DEFAULT_CALENDAR;

/**
 * Where `from: start` counts from: the playbook's `timeline.startsOn` intake date at `timeline.at` in the calendar's
 * zone when the run has it, else the instant the run started.
 */
export function timelineStart(pb: Playbook, run: Run): string {
  const t = pb.timeline;
  const value = t === undefined ? undefined : run.variables[t.startsOn];
  if (t === undefined || typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return run.startedAt;
  return dueFrom(calendarOf(pb), value, { days: 0, at: t.at });
}

/** A step's due date from the instant its rule counts from (the same arithmetic the engine records at activation). */
export function dueAtFrom(pb: Playbook, from: string, due: NonNullable<Step['due']>): string {
  if (due.after !== undefined && due.at === undefined)
    return new Date(Date.parse(from) + durationMs(due.after)).toISOString();
  const { from: _anchor, ...rule } = due;
  return dueFrom(calendarOf(pb), from, rule);
}

/** The RRULE a recurring step runs on: the agent's change when there is one. */
export function ruleOf(step: RecurringStep, run: Run): string {
  return run.steps[step.id]?.rruleOverride ?? step.recurrence.rule;
}

/** The steps a step's date or start hangs on: its dependencies and the steps its rules count from. */
export function parentsOf(step: Step): string[] {
  const from: string[] = [];
  if (step.due && step.due.from !== 'start') from.push(step.due.from);
  if (step.kind === 'recurring') {
    for (const r of [step.recurrence.from, step.recurrence.until]) {
      const f = r?.from ?? 'start';
      if (f !== 'start') from.push(f);
    }
  }
  return [...new Set([...step.dependsOn, ...from])];
}

/** Pending steps whose condition already reads false from variables all set: they will be skipped. */
export function willBeSkipped(step: Step, run: Run): boolean {
  const st = run.steps[step.id];
  if (st?.skipped) return true;
  if (!step.when || st?.status !== 'pending') return false;
  if (!conditionVariables(step.when).every((v) => run.variables[v] !== undefined)) return false;
  return !evaluateCondition(step.when, run.variables);
}

/** Every occurrence of a recurring step as planned now: the recorded series once it started, else computed. */
export function plannedOccurrences(pb: Playbook, run: Run, step: RecurringStep, dates: PlanDates): string[] {
  const st = run.steps[step.id];
  if (st?.occurrences) return st.occurrences;
  const anchors: Record<string, string> = {};
  for (const [id, at] of Object.entries(dates)) if (at !== undefined) anchors[id] = at;
  for (const [id, s] of Object.entries(run.steps)) if (s.doneAt !== undefined) anchors[id] = s.doneAt;
  try {
    return occurrences(
      calendarOf(pb),
      timelineStart(pb, run),
      { ...step.recurrence, rule: ruleOf(step, run) },
      { anchors, limit: OCCURRENCE_LIMIT },
    );
  } catch (e) {
    if (e instanceof ScheduleError) return [];
    throw e;
  }
}

export type PlanDates = Record<string, string | undefined>;

/** Steps in an order where every step comes after the steps it hangs on (cycles are refused by validation). */
export function stepOrder(pb: Playbook): Step[] {
  const byId = new Map(pb.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: Step[] = [];
  const visit = (s: Step): void => {
    if (seen.has(s.id)) return;
    seen.add(s.id);
    for (const p of parentsOf(s)) {
      const parent = byId.get(p);
      if (parent) visit(parent);
    }
    out.push(s);
  };
  pb.steps.forEach(visit);
  return out;
}

/**
 * Each step's date: an override, else the date recorded when it started, else its rule from the date it counts
 * from (a done step's doneAt, else that step's planned date). Recurring steps: the next occurrence not yet behind us
 * (the last once all are). Steps without any rule are undated.
 */
export function plannedDates(pb: Playbook, run: Run): PlanDates {
  const dates: PlanDates = {};
  const start = timelineStart(pb, run);
  for (const step of stepOrder(pb)) {
    const st = run.steps[step.id];
    if (st?.dueOverride !== undefined) dates[step.id] = st.dueOverride;
    else if (step.kind === 'recurring') {
      const list = plannedOccurrences(pb, run, step, dates);
      dates[step.id] = list[Math.min(st?.occurrencesDone ?? 0, list.length - 1)];
    } else if (st?.dueAt !== undefined) dates[step.id] = st.dueAt;
    else if (step.due) {
      const from = step.due.from === 'start' ? start : (run.steps[step.due.from]?.doneAt ?? dates[step.due.from]);
      dates[step.id] = from === undefined ? undefined : dueAtFrom(pb, from, step.due);
    } else dates[step.id] = undefined;
  }
  return dates;
}

/** The local date ('yyyy-mm-dd') and time ('HH:mm') of an instant in the playbook calendar's zone. */
export function localParts(pb: Playbook, at: string): { date: string; time: string } {
  const dt = DateTime.fromISO(at, { zone: calendarOf(pb).timeZone });
  return { date: dt.toISODate() ?? at.slice(0, 10), time: dt.toFormat('HH:mm') };
}
