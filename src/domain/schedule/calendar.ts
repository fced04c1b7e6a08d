/** Business calendars: a time zone, the working weekdays and holidays; business-day arithmetic in that zone. */
import { IANAZone, type DateTime } from 'luxon';
import { z } from 'zod';
import { checkZone, iso, zoned, type Instant } from './time';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "write holidays as 'yyyy-mm-dd'" });

export const businessCalendarSchema = z.strictObject({
  /** IANA zone in which days start and end, e.g. 'Europe/Oslo'. */
  timeZone: z
    .string()
    .refine((z) => IANAZone.isValidZone(z), { message: "use an IANA time zone such as 'Europe/Oslo' or 'UTC'" })
    .default('UTC'),
  workingDays: z
    .array(z.enum(WEEKDAYS))
    .min(1, { message: 'name at least one working day' })
    .default(['mon', 'tue', 'wed', 'thu', 'fri']),
  /** Days off in the calendar's zone. */
  holidays: z.array(isoDateSchema).default([]),
});
export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;

/** Monday to Friday in UTC, no holidays. */
export const DEFAULT_CALENDAR: BusinessCalendar = businessCalendarSchema.parse({});

export function isBusinessDay(calendar: BusinessCalendar, day: DateTime): boolean {
  const local = day.setZone(calendar.timeZone);
  const weekday = WEEKDAYS[local.weekday - 1];
  return (
    weekday !== undefined &&
    calendar.workingDays.includes(weekday) &&
    !calendar.holidays.includes(local.toISODate() ?? '')
  );
}

/** The same wall-clock time `direction` days away; a working day exists within every week, so this ends. */
function stepToBusinessDay(calendar: BusinessCalendar, from: DateTime, direction: 1 | -1): DateTime {
  let day = from.plus({ days: direction });
  // Holidays may fill whole weeks; the list is finite, so one business day exists within holidays.length + 7 days.
  for (let i = 0; !isBusinessDay(calendar, day) && i <= calendar.holidays.length + 7; i += 1)
    day = day.plus({ days: direction });
  return day;
}

/** The instant itself when on a business day, else the same time on the next (or previous) business day. */
export function rollToBusinessDay(calendar: BusinessCalendar, at: DateTime, direction: 1 | -1 = 1): DateTime {
  const local = at.setZone(checkZone(calendar.timeZone));
  return isBusinessDay(calendar, local) ? local : stepToBusinessDay(calendar, local, direction);
}

/**
 * `days` business days after `from` (before, when negative), keeping the wall-clock time in the calendar's zone.
 * From a non-working day, the first step lands on the next working day (as spreadsheets' WORKDAY does); 0 days rolls
 * forward to a business day.
 */
export function addBusinessDaysDt(calendar: BusinessCalendar, from: DateTime, days: number): DateTime {
  if (!Number.isInteger(days)) throw new RangeError(`business days must be a whole number, got ${days}`);
  let at: DateTime = from.setZone(checkZone(calendar.timeZone));
  if (days === 0) return rollToBusinessDay(calendar, at);
  const direction = days > 0 ? 1 : -1;
  for (let i = 0; i < Math.abs(days); i += 1) at = stepToBusinessDay(calendar, at, direction);
  return at;
}

export function addBusinessDays(calendar: BusinessCalendar, from: Instant, days: number): string {
  return iso(addBusinessDaysDt(calendar, zoned(from, checkZone(calendar.timeZone)), days));
}

/**
 * Business days after the date of `from` up to and including the date of `to` (negative when `to` is earlier), so
 * that businessDaysBetween(a, addBusinessDays(a, n)) === n.
 */
export function businessDaysBetween(calendar: BusinessCalendar, from: Instant, to: Instant): number {
  const zone = checkZone(calendar.timeZone);
  const a = zoned(from, zone).startOf('day');
  const b = zoned(to, zone).startOf('day');
  if (b < a) return -businessDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = a.plus({ days: 1 }); day <= b; day = day.plus({ days: 1 }))
    if (isBusinessDay(calendar, day)) count += 1;
  return count;
}

/** The calendar date (yyyy-mm-dd) of an instant in the calendar's zone, as Jira date fields hold it. */
export function localDate(calendar: BusinessCalendar, at: Instant): string {
  return zoned(at, checkZone(calendar.timeZone)).toISODate() ?? '';
}
