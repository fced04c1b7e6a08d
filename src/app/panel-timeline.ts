/** The week timeline of a week-based playbook (S3) as the panel shows it, and which steps an agent may defer. */
import { DateTime } from 'luxon';
import { plannedDates, timeline, type Run } from '../domain/engine';
import type { Playbook } from '../domain/playbook';
import type { RunView, TimelineWeek } from '../shared/contracts';

/** Week-based: the playbook counts from a start date, or places steps on the timeline as milestones/touchpoints. */
export const isWeekBased = (pb: Playbook): boolean =>
  pb.timeline !== undefined || pb.steps.some((s) => s.shownAs !== undefined);

/**
 * The rows: a week is past, current or upcoming from today in the calendar's zone; one with an overdue item is
 * overdue. And where today falls (the glance's "Week 3 of 6"), for active runs only: a finished run has no today.
 */
export function timelineView(
  pb: Playbook,
  run: Run,
  now: Date,
): { weeks: TimelineWeek[]; week?: NonNullable<RunView['week']> } {
  const t = timeline(pb, run, now);
  const today = DateTime.fromJSDate(now, { zone: t.timeZone }).toISODate() ?? '';
  const weeks = t.weeks.map((w) => {
    const to = DateTime.fromISO(w.startsOn, { zone: t.timeZone }).plus({ days: 6 }).toISODate() ?? w.startsOn;
    const when = to < today ? 'past' : w.startsOn > today ? 'upcoming' : 'current';
    return {
      week: w.week,
      from: w.startsOn,
      to,
      state: w.items.some((i) => i.overdue) ? 'overdue' : when,
      items: w.items.map((i) => ({
        stepId: i.stepId,
        name: i.name,
        type: i.type,
        date: i.date,
        status: i.status,
        overdue: i.overdue,
        deferred: i.deferred,
        ...(i.occurrence === undefined ? {} : { occurrence: i.occurrence }),
      })),
    };
  });
  return run.state === 'active' ? { weeks, week: { ...t.now } } : { weeks };
}

/** Planned dates of steps not started yet (their due date is set only when they start). */
export function plannedOnly(pb: Playbook, run: Run): Map<string, string> {
  const dates = plannedDates(pb, run);
  const out = new Map<string, string>();
  for (const s of pb.steps) {
    const at = dates[s.id];
    if (at !== undefined && s.kind !== 'recurring' && run.steps[s.id]?.status === 'pending') out.set(s.id, at);
  }
  return out;
}

/**
 * Steps an agent may defer: those the timeline shows as milestones or touchpoints, with a planned date, still open;
 * not recurring ones (those change their rule instead). Other dated steps move with them (the preview lists them).
 */
export function deferrableSteps(pb: Playbook, run: Run): Set<string> {
  if (run.state !== 'active') return new Set();
  const dates = plannedDates(pb, run);
  return new Set(
    pb.steps
      .filter((s) => s.shownAs !== undefined && s.kind !== 'recurring' && dates[s.id] !== undefined)
      .filter((s) => {
        const st = run.steps[s.id];
        return st !== undefined && st.status !== 'done' && st.status !== 'declined' && !st.skipped;
      })
      .map((s) => s.id),
  );
}
