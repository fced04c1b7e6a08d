/**
 * The run as a week-by-week timeline (S3): weeks counted from the timeline start, each with the steps, milestones,
 * touchpoints and recurring messages dated in it. Pure: the panel renders it as it is.
 */
import { DateTime } from 'luxon';
import type { Playbook, Step } from '../playbook';
import type { Run } from './model';
import { inPlaybookLanguage, stepName } from './texts';
import { calendarOf, plannedDates, plannedOccurrences, timelineStart, willBeSkipped } from './plan';

export type TimelineItemType = 'step' | 'milestone' | 'touchpoint' | 'message';
export type TimelineItemStatus =
  'pending' | 'active' | 'done' | 'declined' | 'blocked' | 'skipped' | 'sent' | 'planned';

export interface TimelineItem {
  stepId: string;
  name: string;
  kind: Step['kind'];
  lane: string;
  type: TimelineItemType;
  /** UTC ISO instant; `date` is its day in the playbook calendar's zone. */
  at: string;
  date: string;
  status: TimelineItemStatus;
  /** Not done and its date has passed. */
  overdue: boolean;
  /** The date was moved by a deferral. */
  deferred: boolean;
  /** Recurring steps: which occurrence this is (1-based) and the RRULE it follows. */
  occurrence?: number;
  rrule?: string;
}

export interface TimelineWeek {
  /** Week 0 is the week starting on the timeline start date. */
  week: number;
  /** First day of the week, 'yyyy-mm-dd' in the calendar's zone. */
  startsOn: string;
  items: TimelineItem[];
}

/**
 * Where `now` falls on the timeline, counted in calendar days of the playbook's zone as the rows are: before week 0,
 * in week `week` (week 0 is the start date's), or past `lastWeek`, the last week with something planned in it
 * (skipped steps do not count, so a small SI's plan ends at week 6 although its skipped week-8 session is dated).
 */
export type TimelineNow =
  | { state: 'notStarted'; startsOn: string; lastWeek: number }
  | { state: 'inWeek'; week: number; lastWeek: number }
  | { state: 'ended'; week: number; lastWeek: number };

export interface Timeline {
  start: string;
  startsOn: string;
  timeZone: string;
  weeks: TimelineWeek[];
  now: TimelineNow;
  /** Steps with no date (no due rule, or counting from a step that has none yet). */
  undated: Omit<TimelineItem, 'at' | 'date' | 'overdue'>[];
}

const customerFacing = (step: Step): boolean =>
  'actions' in step && step.actions.some((a) => a.do === 'comment' && a.visibility === 'public');

function typeOf(step: Step): TimelineItemType {
  if (step.kind === 'recurring' && customerFacing(step)) return 'message';
  return step.shownAs ?? (step.kind === 'recurring' ? 'touchpoint' : 'step');
}

function statusOf(step: Step, run: Run): Exclude<TimelineItemStatus, 'sent' | 'planned'> {
  const st = run.steps[step.id];
  if (st?.skipped || willBeSkipped(step, run)) return 'skipped';
  return st?.status ?? 'pending';
}

/** Week-by-week rows from week 0 (or the earliest dated week) to the last dated week, empty weeks included. */
export function timeline(playbook: Playbook, run: Run, now: Date): Timeline {
  const zone = calendarOf(playbook).timeZone;
  const start = timelineStart(playbook, run);
  const day0 = DateTime.fromISO(start, { zone }).startOf('day');
  const dates = plannedDates(playbook, run);
  const nowIso = now.toISOString();
  const items: TimelineItem[] = [];
  const undated: Timeline['undated'] = [];
  const dayOf = (at: string): string => DateTime.fromISO(at, { zone }).toISODate() ?? at.slice(0, 10);

  for (const step of playbook.steps) {
    const st = run.steps[step.id];
    // A run holds only its flow's steps: another flow's step is not part of this ticket's plan.
    if (st === undefined) continue;
    const base = {
      stepId: step.id,
      name: stepName(playbook, step),
      kind: step.kind,
      lane: inPlaybookLanguage(playbook, step.lane),
      type: typeOf(step),
      deferred: st?.dueOverride !== undefined,
    };
    const status = statusOf(step, run);
    if (step.kind === 'recurring') {
      if (status === 'skipped') {
        undated.push({ ...base, status });
        continue;
      }
      const rrule = st?.rruleOverride ?? step.recurrence.rule;
      plannedOccurrences(playbook, run, step, dates).forEach((at, i) => {
        const sent = i < (st?.occurrencesDone ?? 0);
        const overdue = !sent && at < nowIso && status === 'active';
        const item: TimelineItem = { ...base, at, date: dayOf(at), status: sent ? 'sent' : 'planned', overdue };
        items.push({ ...item, occurrence: i + 1, rrule });
      });
      continue;
    }
    // A step done without a date (an action at the start) shows when it was done.
    const at = dates[step.id] ?? (status === 'done' ? st?.doneAt : undefined);
    if (at === undefined) {
      undated.push({ ...base, status });
      continue;
    }
    const overdue = ['active', 'pending', 'blocked'].includes(status) && at < nowIso;
    items.push({ ...base, at, date: dayOf(at), status, overdue });
  }

  const weekOf = (date: string): number => Math.floor(DateTime.fromISO(date, { zone }).diff(day0, 'days').days / 7);
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const numbers = items.map((i) => weekOf(i.date));
  const first = Math.min(0, ...numbers);
  const last = Math.max(0, ...numbers);
  const weeks: TimelineWeek[] = [];
  for (let w = first; w <= last; w += 1)
    weeks.push({ week: w, startsOn: day0.plus({ weeks: w }).toISODate() ?? '', items: [] });
  items.forEach((item, i) => weeks[(numbers[i] ?? 0) - first]?.items.push(item));
  const startsOn = day0.toISODate() ?? '';
  const planned = numbers.filter((_, i) => items[i]?.status !== 'skipped');
  const today = DateTime.fromJSDate(now, { zone }).toISODate() ?? startsOn;
  return { start, startsOn, timeZone: zone, weeks, now: weekAt(startsOn, Math.max(0, ...planned), today), undated };
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD): plain date arithmetic, so a DST change cannot shift it. */
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function weekAt(startsOn: string, lastWeek: number, today: string): TimelineNow {
  const days = daysBetween(startsOn, today);
  if (days < 0) return { state: 'notStarted', startsOn, lastWeek };
  const week = Math.floor(days / 7);
  return { state: week > lastWeek ? 'ended' : 'inWeek', week, lastWeek };
}
