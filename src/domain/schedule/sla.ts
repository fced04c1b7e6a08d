/** SLAs: ok, at risk or breached, from when the clock started, the target and `now` (never read from a clock). */
import { z } from 'zod';
import type { BusinessCalendar } from './calendar';
import { applyOffset, offsetSchema } from './due';
import { ScheduleError, checkZone, iso, zoned, type Instant } from './time';

export const slaSchema = z.strictObject({
  /** The target after the SLA starts, e.g. { businessDays: 2 } (S4 "within 1-2 business days"). */
  within: offsetSchema,
  /** When it becomes at risk, as an offset from the start (e.g. { businessDays: 1 })... */
  warnAfter: offsetSchema.optional(),
  /** ...or, without `warnAfter`, once this share of the time has passed. */
  warnAtShare: z.number().gt(0).lt(1).default(0.75),
});
export type Sla = z.input<typeof slaSchema>;

export type SlaStateName = 'ok' | 'at-risk' | 'breached';

export interface SlaStatus {
  state: SlaStateName;
  /** When the target is reached (the breach instant), UTC ISO. */
  dueAt: string;
  /** When it turns at risk, UTC ISO. */
  warnAt: string;
  /** Milliseconds left until the target (negative once breached), measured at `doneAt` when given. */
  remainingMs: number;
  /** True when the work is done: the state no longer changes. */
  final: boolean;
  /** The next instant at which the state changes by itself, for scheduling a check; none when final or breached. */
  nextChangeAt?: string;
}

export interface SlaTimes {
  start: Instant;
  target: Instant;
  now: Instant;
  /** Defaults to `warnAtShare` (0.75) of the way from start to target. */
  warnAt?: Instant;
  warnAtShare?: number;
  /** When the work was done; the SLA is judged at that instant. */
  doneAt?: Instant;
}

const ms = (at: Instant): number => {
  const t = at instanceof Date ? at.getTime() : zoned(at, 'UTC').toMillis();
  if (!Number.isFinite(t)) throw new ScheduleError('invalid_date', `'${String(at)}' is not a date`);
  return t;
};

/** The state of an SLA from explicit instants. */
export function slaStatus(times: SlaTimes): SlaStatus {
  const start = ms(times.start);
  const target = ms(times.target);
  const share = times.warnAtShare ?? 0.75;
  const warn = times.warnAt === undefined ? start + (target - start) * share : Math.min(ms(times.warnAt), target);
  const final = times.doneAt !== undefined;
  const at = final && times.doneAt !== undefined ? ms(times.doneAt) : ms(times.now);
  const state: SlaStateName = at > target ? 'breached' : at >= warn && !final ? 'at-risk' : 'ok';
  const next = final || state === 'breached' ? undefined : state === 'ok' ? warn : target + 1;
  const toIso = (t: number): string => new Date(t).toISOString();
  return {
    state,
    dueAt: toIso(target),
    warnAt: toIso(warn),
    remainingMs: target - at,
    final,
    ...(next === undefined ? {} : { nextChangeAt: toIso(next) }),
  };
}

/** The state of a playbook SLA that started at `start`, its target counted on the business calendar. */
export function slaState(
  calendar: BusinessCalendar,
  sla: Sla,
  start: Instant,
  now: Instant,
  doneAt?: Instant,
): SlaStatus {
  const from = zoned(start, checkZone(calendar.timeZone));
  const target = applyOffset(calendar, from, sla.within);
  if (target <= from) throw new ScheduleError('invalid_rule', 'an SLA target must lie after its start');
  const warnAt = sla.warnAfter === undefined ? undefined : iso(applyOffset(calendar, from, sla.warnAfter));
  return slaStatus({
    start: iso(from),
    target: iso(target),
    now,
    ...(warnAt === undefined ? {} : { warnAt }),
    warnAtShare: sla.warnAtShare ?? 0.75,
    ...(doneAt === undefined ? {} : { doneAt }),
  });
}
