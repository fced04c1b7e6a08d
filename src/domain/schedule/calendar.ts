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
interface Lookup {
  weekdays: Set<number>;
  holidays: Set<string>;
}
// Calendars are immutable data read many times per run: index each once.
const lookups = new WeakMap<BusinessCalendar, Lookup>();
function lookup(calendar: BusinessCalendar): Lookup {
  let found = lookups.get(calendar);
  if (!found) {
    const weekdays = new Set(calendar.workingDays.map((d) => WEEKDAYS.indexOf(d) + 1));
    found = { weekdays, holidays: new Set(calendar.holidays) };
    lookups.set(calendar, found);
  }
  return found;
}

// Day arithmetic runs on whole day numbers (days since 1970-01-01 on the local calendar): luxon's zone-aware
// plus() costs a time-zone lookup per day, far too slow for long runs and property tests.
const DAY_MS = 86_400_000;
const dayNumber = (local: DateTime): number => Math.floor(Date.UTC(local.year, local.month - 1, local.day) / DAY_MS);
const isoWeekday = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;
const dayKey = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

function isBusinessDayNumber(calendar: BusinessCalendar, n: number): boolean {
  const { weekdays, holidays } = lookup(calendar);
  return weekdays.has(isoWeekday(n)) && !holidays.has(dayKey(n));
}

/** Day `n` at the wall-clock time of `local`, in the calendar's zone. */
function atDay(local: DateTime, n: number): DateTime {
  const d = new Date(n * DAY_MS);
  return local.set({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function localIn(calendar: BusinessCalendar, at: DateTime): DateTime {
  const zone = checkZone(calendar.timeZone);
  return at.zoneName === zone ? at : at.setZone(zone);
}

export function isBusinessDay(calendar: BusinessCalendar, day: DateTime): boolean {
  return isBusinessDayNumber(calendar, dayNumber(localIn(calendar, day)));
}

/** The next (or previous) business day number: each holiday can remove at most one working day per week. */
function stepToBusinessDay(calendar: BusinessCalendar, from: number, direction: 1 | -1): number {
  let n = from + direction;
  for (let i = 0; !isBusinessDayNumber(calendar, n) && i <= (calendar.holidays.length + 1) * 7; i += 1) n += direction;
  return n;
}

/** The instant itself when on a business day, else the same time on the next (or previous) business day. */
export function rollToBusinessDay(calendar: BusinessCalendar, at: DateTime, direction: 1 | -1 = 1): DateTime {
  const local = localIn(calendar, at);
  const n = dayNumber(local);
  return isBusinessDayNumber(calendar, n) ? local : atDay(local, stepToBusinessDay(calendar, n, direction));
}

/**
 * `days` business days after `from` (before, when negative), keeping the wall-clock time in the calendar's zone.
 * From a non-working day, the first step lands on the next working day (as spreadsheets' WORKDAY does); 0 days rolls
 * forward to a business day.
 */
export function addBusinessDaysDt(calendar: BusinessCalendar, from: DateTime, days: number): DateTime {
  if (!Number.isInteger(days)) throw new RangeError(`business days must be a whole number, got ${days}`);
  if (days === 0) return rollToBusinessDay(calendar, from);
  const local = localIn(calendar, from);
  const direction = days > 0 ? 1 : -1;
  let n = dayNumber(local);
  for (let i = 0; i < Math.abs(days); i += 1) n = stepToBusinessDay(calendar, n, direction);
  return atDay(local, n);
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
  const a = dayNumber(zoned(from, zone));
  const b = dayNumber(zoned(to, zone));
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  let count = 0;
  for (let n = lo + 1; n <= hi; n += 1) if (isBusinessDayNumber(calendar, n)) count += 1;
  return a <= b ? count : -count;
}

/** The calendar date (yyyy-mm-dd) of an instant in the calendar's zone, as Jira date fields hold it. */
export function localDate(calendar: BusinessCalendar, at: Instant): string {
  return zoned(at, checkZone(calendar.timeZone)).toISODate() ?? '';
}
