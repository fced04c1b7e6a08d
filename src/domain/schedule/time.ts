/** Instants in and out of the schedule module: ISO strings (or Dates) in, UTC ISO strings out. */
import { DateTime, IANAZone } from 'luxon';

/** An ISO 8601 instant ("2026-11-25T09:00:00Z", with any offset), a date ("2026-11-25", start of that day in the
 * calendar's zone) or a Date. */
export type Instant = string | Date;

export type ScheduleErrorCode = 'invalid_date' | 'invalid_zone' | 'unknown_step' | 'cycle' | 'invalid_rule';

/** Expected problems carry a stable code; messages say what to fix. */
export class ScheduleError extends Error {
  constructor(
    readonly code: ScheduleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScheduleError';
  }
}

// IANAZone.isValidZone builds an Intl formatter on every call: remember the zones seen valid.
const validZones = new Set<string>();

export function checkZone(zone: string): string {
  if (validZones.has(zone)) return zone;
  if (IANAZone.isValidZone(zone)) validZones.add(zone);
  else throw new ScheduleError('invalid_zone', `'${zone}' is not an IANA time zone: use one such as 'Europe/Oslo'`);
  return zone;
}

/** The instant as a DateTime in `zone`. */
export function zoned(at: Instant, zone: string): DateTime {
  const dt =
    at instanceof Date
      ? DateTime.fromJSDate(at, { zone })
      : DateTime.fromISO(at, { zone, setZone: false }).setZone(zone);
  if (!dt.isValid)
    throw new ScheduleError('invalid_date', `'${String(at)}' is not an ISO date or time: use e.g. '2026-11-25T09:00Z'`);
  return dt;
}

export function iso(dt: DateTime): string {
  const out = dt.toUTC().toISO();
  if (out === null)
    throw new ScheduleError('invalid_date', `a computed date is out of range (${dt.invalidExplanation ?? ''})`);
  return out;
}

/** "09:30" -> { hour: 9, minute: 30 }. */
export function timeOfDay(hhmm: string): { hour: number; minute: number } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new ScheduleError('invalid_rule', `'${hhmm}' is not a time of day: use HH:mm such as '09:00'`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}
