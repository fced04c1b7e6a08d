/** Due rules: a date relative to the run's start or to another step, in ISO durations, business days or weeks. */
import { Duration, type DateTime } from 'luxon';
import { z } from 'zod';
import { addBusinessDaysDt, rollToBusinessDay, type BusinessCalendar } from './calendar';
import { ScheduleError, checkZone, iso, timeOfDay, zoned, type Instant } from './time';

const isoDuration = z.string().refine(
  (s) => {
    const d = Duration.fromISO(s);
    return d.isValid && d.as('milliseconds') > 0 && d.months === 0 && d.years === 0 && d.quarters === 0;
  },
  { message: "use a positive ISO 8601 duration in weeks, days, hours or minutes, e.g. 'PT24H', 'P2D', 'P1W'" },
);
const OFFSETS = ['after', 'before', 'businessDays', 'days', 'weeks'] as const;

/** An offset: exactly one of an ISO duration after/before, business days, calendar days or weeks (may be negative). */
export const offsetShape = {
  after: isoDuration.optional(),
  before: isoDuration.optional(),
  businessDays: z.number().int().optional(),
  days: z.number().int().optional(),
  weeks: z.number().int().optional(),
};

function exactlyOneOffset(rule: Partial<Record<(typeof OFFSETS)[number], unknown>>, ctx: z.RefinementCtx): void {
  const given = OFFSETS.filter((k) => rule[k] !== undefined);
  if (given.length !== 1)
    ctx.addIssue({
      code: 'custom',
      message:
        given.length === 0
          ? "give one offset: 'after' (ISO duration), 'before', 'businessDays', 'days' or 'weeks'"
          : `give only one offset, not ${given.join(' and ')}`,
      params: { code: 'bad_offset' },
    });
}

export const offsetSchema = z.strictObject(offsetShape).superRefine(exactlyOneOffset);
export type Offset = z.input<typeof offsetSchema>;

export const dueRuleSchema = z
  .strictObject({
    /** 'start' (the run's start) or the id of the step whose due date this one follows. */
    from: z.string().min(1).default('start'),
    ...offsetShape,
    /** Time of day in the calendar's zone once the offset is applied ('17:00'). */
    at: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "write the time as HH:mm, e.g. '09:00'" })
      .optional(),
    /** A date falling on a non-working day moves to the next ('forward') or previous business day. */
    roll: z.enum(['forward', 'backward', 'none']).default('none'),
  })
  .superRefine(exactlyOneOffset);
/** Accepts rules with or without the schema's defaults applied. */
export type DueRule = z.input<typeof dueRuleSchema>;

/** Applies an offset in the calendar's zone: days and weeks keep the wall-clock time across DST changes. */
export function applyOffset(calendar: BusinessCalendar, from: DateTime, offset: Offset): DateTime {
  const at = from.setZone(checkZone(calendar.timeZone));
  if (offset.businessDays !== undefined) return addBusinessDaysDt(calendar, at, offset.businessDays);
  if (offset.days !== undefined) return at.plus({ days: offset.days });
  if (offset.weeks !== undefined) return at.plus({ weeks: offset.weeks });
  if (offset.after !== undefined) return at.plus(Duration.fromISO(offset.after));
  if (offset.before !== undefined) return at.minus(Duration.fromISO(offset.before));
  throw new ScheduleError('invalid_rule', 'a due rule needs one offset');
}

/** The due instant of a rule, given the instant it counts from (the run's start or the other step's due date). */
export function dueFrom(calendar: BusinessCalendar, anchor: Instant, rule: DueRule): string {
  return iso(dueFromDt(calendar, zoned(anchor, checkZone(calendar.timeZone)), rule));
}

export function dueFromDt(calendar: BusinessCalendar, anchor: DateTime, rule: DueRule): DateTime {
  let due = applyOffset(calendar, anchor, rule);
  if (rule.at !== undefined) due = due.set({ ...timeOfDay(rule.at), second: 0, millisecond: 0 });
  const roll = rule.roll ?? 'none';
  if (roll !== 'none') due = rollToBusinessDay(calendar, due, roll === 'forward' ? 1 : -1);
  return due;
}

export interface DueStep {
  id: string;
  due?: DueRule | undefined;
  /** When the step was actually done: steps counting from it count from then instead of from its due date. */
  doneAt?: Instant | undefined;
}

/**
 * Due dates of every step with a rule, following chains of "from another step" in order: from its `doneAt` when it
 * is done, else from its due date. A step counting from a step without either has no due date. Unknown steps and cycles throw ScheduleError ('unknown_step', 'cycle').
 */
export function resolveDueDates(
  calendar: BusinessCalendar,
  start: Instant,
  steps: readonly DueStep[],
): Record<string, string | undefined> {
  const zone = checkZone(calendar.timeZone);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const done = new Map<string, DateTime | undefined>();
  const visiting = new Set<string>();
  const startDt = zoned(start, zone);
  const visit = (id: string): DateTime | undefined => {
    if (done.has(id)) return done.get(id);
    const step = byId.get(id);
    if (!step) throw new ScheduleError('unknown_step', `no step has id '${id}': use 'start' or a step id`);
    if (visiting.has(id))
      throw new ScheduleError('cycle', `due dates of '${[...visiting].join("' -> '")}' -> '${id}' form a cycle`);
    visiting.add(id);
    const rule = step.due;
    const from = rule?.from ?? 'start';
    const doneAt = from === 'start' ? undefined : byId.get(from)?.doneAt;
    const anchor =
      rule === undefined ? undefined : from === 'start' ? startDt : doneAt ? zoned(doneAt, zone) : visit(from);
    const due = rule && anchor ? dueFromDt(calendar, anchor, rule) : undefined;
    visiting.delete(id);
    done.set(id, due);
    return due;
  };
  const out: Record<string, string | undefined> = {};
  for (const s of steps) {
    const due = visit(s.id);
    out[s.id] = due ? iso(due) : undefined;
  }
  return out;
}
