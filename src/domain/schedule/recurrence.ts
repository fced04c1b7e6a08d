/**
 * Recurring touchpoints by RRULE (RFC 5545), in a time zone: "every Monday, Wednesday and Friday at 09:00 in weeks
 * 1-5 from the start". rrule works in UTC, so the series is computed on "floating" wall-clock times and each one is
 * then placed in the zone: 09:00 stays 09:00 across daylight-saving changes.
 */
import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import { z } from 'zod';
import { isBusinessDay, rollToBusinessDay, type BusinessCalendar } from './calendar';
import { dueFromDt, dueRuleSchema, type DueRule } from './due';
import { ScheduleError, checkZone, iso, timeOfDay, zoned, type Instant } from './time';

function parseRule(rule: string): RRule {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|TZID/i.test(text))
    throw new ScheduleError('invalid_rule', 'leave DTSTART and TZID out of the rule: the series starts at `from`');
  try {
    return new RRule(RRule.parseString(text));
  } catch {
    throw new ScheduleError('invalid_rule', `'${rule}' is not an RRULE: write e.g. 'FREQ=WEEKLY;BYDAY=MO,WE,FR'`);
  }
}

const rruleSchema = z.string().refine(
  (s) => {
    try {
      parseRule(s);
      return /FREQ=/i.test(s);
    } catch {
      return false;
    }
  },
  { message: "write an RRULE such as 'FREQ=WEEKLY;BYDAY=MO,WE,FR' (no DTSTART)" },
);

export const recurrenceSchema = z.strictObject({
  /** The RRULE without DTSTART, e.g. 'FREQ=WEEKLY;BYDAY=MO,WE,FR'. COUNT and UNTIL are honoured. */
  rule: rruleSchema,
  /** When the series begins (inclusive), e.g. { from: 'start', weeks: 1 }. */
  from: dueRuleSchema,
  /** The day it ends (that day excluded), e.g. { weeks: 6 }. Without it, COUNT/UNTIL or the window ends it. */
  until: dueRuleSchema.optional(),
  /** Time of day of each occurrence in the calendar's zone; default: the time of `from`. */
  at: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "write the time as HH:mm, e.g. '09:00'" })
    .optional(),
  /** An occurrence on a non-working day: kept, skipped, or moved to the next business day (dropped if that is past
   * the end). */
  onNonWorkingDay: z.enum(['keep', 'skip', 'next']).default('next'),
});
export type Recurrence = z.input<typeof recurrenceSchema>;

const floating = (dt: DateTime): Date =>
  new Date(Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second));

const placed = (d: Date, zone: string): DateTime =>
  DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    { zone },
  );

export interface OccurrenceOptions {
  /** Instants the step ids in `from`/`until` count from; 'start' is the run start. */
  anchors?: Readonly<Record<string, Instant>>;
  /** Only occurrences at or after this instant... */
  windowStart?: Instant;
  /** ...and before this one. */
  windowEnd?: Instant;
  /** Safety bound on the number returned (default 1000). */
  limit?: number;
}

/** Occurrences of a recurrence for a run that started at `start`, as UTC ISO instants, in order, without repeats. */
export function occurrences(
  calendar: BusinessCalendar,
  start: Instant,
  recurrence: Recurrence,
  options: OccurrenceOptions = {},
): string[] {
  const zone = checkZone(calendar.timeZone);
  const anchorOf = (rule: DueRule): DateTime => {
    const from = rule.from ?? 'start';
    const anchor = from === 'start' ? start : options.anchors?.[from];
    if (anchor === undefined) throw new ScheduleError('unknown_step', `no date is known for step '${from}'`);
    return dueFromDt(calendar, zoned(anchor, zone), rule);
  };
  let first = anchorOf(recurrence.from);
  if (recurrence.at !== undefined) first = first.set({ ...timeOfDay(recurrence.at), second: 0, millisecond: 0 });
  // `until` excludes its whole day: weeks 1-5 end before the day week 6 starts, whatever the time of day.
  const end = recurrence.until ? anchorOf(recurrence.until).startOf('day') : undefined;
  const windowEnd = options.windowEnd === undefined ? undefined : zoned(options.windowEnd, zone);
  const stop = [end, windowEnd].filter((d): d is DateTime => d !== undefined).sort((a, b) => +a - +b)[0];
  const windowStart = options.windowStart === undefined ? undefined : zoned(options.windowStart, zone);
  const limit = options.limit ?? 1000;

  const base = parseRule(recurrence.rule);
  const rule = new RRule({ ...base.origOptions, dtstart: floating(first) });
  if (stop === undefined && base.origOptions.count == null && base.origOptions.until == null)
    throw new ScheduleError('invalid_rule', "an endless recurrence needs 'until', COUNT/UNTIL or a window end");
  const out = new Set<string>();
  rule.all((date, i) => {
    const at = placed(date, zone);
    if (stop !== undefined && at >= stop) return false;
    const policy = recurrence.onNonWorkingDay ?? 'next';
    const moved = policy === 'next' ? rollToBusinessDay(calendar, at) : at;
    const inWindow = (windowStart === undefined || moved >= windowStart) && (stop === undefined || moved < stop);
    if ((policy !== 'skip' || isBusinessDay(calendar, at)) && inWindow) out.add(iso(moved));
    return out.size < limit && i < limit * 10;
  });
  return [...out].sort();
}
