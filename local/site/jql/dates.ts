// Date operands as Jira reads them: 'yyyy-MM-dd', 'yyyy/MM/dd' (with optional ' HH:mm') in the searching user's
// time zone, periods relative to now ('-1d', '4w 2d', '-5h'), or epoch milliseconds when an unquoted number.
import { DateTime } from 'luxon';

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = { w: 7 * 24 * 60 * MINUTE, d: 24 * 60 * MINUTE, h: 60 * MINUTE, m: MINUTE };

export interface DateContext {
  now: Date;
  timeZone: string;
}

/** Milliseconds since the epoch, or null when the text is no date Jira would accept. */
export function parseDateOperand(text: string, unquotedNumber: boolean, ctx: DateContext): number | null {
  const trimmed = text.trim();
  if (unquotedNumber && /^-?\d+$/.test(trimmed)) return Number(trimmed);
  const period = parsePeriod(trimmed);
  if (period !== null) return ctx.now.getTime() + period;
  return parseLocalDate(trimmed, ctx.timeZone);
}

/**
 * '-5d', '4w 2d', '1h30m': a signed sum of weeks, days, hours and minutes (fixed lengths, as Jira). Units are
 * lower-case only: '-1M' (a month, elsewhere in JQL) is refused rather than read as minutes.
 */
export function parsePeriod(text: string): number | null {
  const m = /^([-+]?)\s*((?:\d+\s*[wdhm]\s*)+)$/.exec(text);
  if (!m) return null;
  let total = 0;
  for (const part of (m[2] ?? '').matchAll(/(\d+)\s*([wdhm])/g)) {
    total += Number(part[1]) * (UNIT_MS[part[2] ?? 'm'] ?? 0);
  }
  return m[1] === '-' ? -total : total;
}

export function parseLocalDate(text: string, zone: string): number | null {
  const m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[3], m[4], m[5] ?? '0', m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const dt = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!dt.isValid || dt.day !== day || hour > 23 || minute > 59) return null;
  return dt.toMillis();
}

/**
 * A stored value of a date or date-time field: ISO-8601 with or without offset, or 'yyyy-MM-dd'. Date-only
 * values stand for midnight in the user's zone (how Jira compares a due date with a date-time).
 */
export function storedDateMillis(value: unknown, zone: string): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string' || value.trim() === '') return null;
  // Fast path for the common case (an instant with its offset): no zone needed, no luxon parse.
  if (/^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)$/.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  const local = parseLocalDate(value.trim(), zone);
  if (local !== null) return local;
  const dt = DateTime.fromISO(value.trim(), { zone });
  return dt.isValid ? dt.toMillis() : null;
}

export const sameMinute = (a: number, b: number): boolean => Math.floor(a / MINUTE) === Math.floor(b / MINUTE);
