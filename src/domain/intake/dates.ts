/** Dates as people write them in forms, to yyyy-mm-dd. Day/month order that could go both ways is reported. */
import { DateTime } from 'luxon';

export type DateResult =
  | { ok: true; value: string }
  | { ok: false; code: 'invalid' }
  | { ok: false; code: 'ambiguous'; readings: [string, string] };

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['january', 'januar', 'jan']],
  [2, ['february', 'februar', 'feb']],
  [3, ['march', 'mars', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may', 'mai']],
  [6, ['june', 'juni', 'jun']],
  [7, ['july', 'juli', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['october', 'oktober', 'oct', 'okt']],
  [11, ['november', 'nov']],
  [12, ['december', 'desember', 'dec', 'des']],
];
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n;

function ymd(year: number, month: number, day: number): string | undefined {
  const d = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
  return d.isValid && year >= 1900 && year <= 2200 ? (d.toISODate() ?? undefined) : undefined;
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

function fromNumbers(a: string, b: string, y: string, sep: string): DateResult {
  const year = fullYear(y);
  const [first, second] = [Number(a), Number(b)];
  const dayFirst = ymd(year, second, first);
  // A dot is the European (and Norwegian) day.month.year; slashes and dashes are read both ways.
  if (sep === '.') return dayFirst ? { ok: true, value: dayFirst } : { ok: false, code: 'invalid' };
  const monthFirst = ymd(year, first, second);
  if (dayFirst && monthFirst && dayFirst !== monthFirst)
    return { ok: false, code: 'ambiguous', readings: [dayFirst, monthFirst] };
  const value = dayFirst ?? monthFirst;
  return value ? { ok: true, value } : { ok: false, code: 'invalid' };
}

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun|man|tir|ons|tor|fre|lør|lor|søn|son)[a-zæøå]*\.?,?\s+/i;

function parseWhole(raw: string): DateResult {
  const text = raw
    .trim()
    .replace(WEEKDAY, '')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/[.,]$/, '')
    .trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (m) return wrap(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return wrap(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m) return fromNumbers(m[1] ?? '', m[3] ?? '', m[4] ?? '', m[2] ?? '');
  // "25 Nov 2026", "25. november 2026", "25-Nov-2026"
  m = /^(\d{1,2})\.?[\s-]+([a-zæøå]+)\.?,?[\s-]+(\d{4})$/i.exec(text);
  if (m) return wrap(named(m[3] ?? '', m[2] ?? '', m[1] ?? ''));
  // "Nov 25 2026", "November 25, 2026"
  m = /^([a-zæøå]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text);
  if (m) return wrap(named(m[3] ?? '', m[1] ?? '', m[2] ?? ''));
  return { ok: false, code: 'invalid' };
}

const EMBEDDED =
  /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+[a-zæøå]+\.?,?\s+\d{4}|[a-zæøå]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/gi;

/** Reads one date from a form value, also from within text ("2026-11-25 (Wednesday)", "from 1 Dec 2026 on"). */
export function parseDate(raw: string): DateResult {
  const whole = parseWhole(raw);
  if (whole.ok || whole.code === 'ambiguous') return whole;
  const found = (raw.match(EMBEDDED) ?? []).map(parseWhole);
  const dates = new Set(found.flatMap((r) => (r.ok ? [r.value] : [])));
  const ambiguous = found.find((r) => !r.ok && r.code === 'ambiguous');
  if (dates.size === 1 && !ambiguous) return { ok: true, value: [...dates][0] ?? '' };
  return ambiguous ?? whole;
}

function named(year: string, month: string, day: string): string | undefined {
  const n = MONTHS[month.toLowerCase()];
  return n === undefined ? undefined : ymd(Number(year), n, Number(day));
}

const wrap = (value: string | undefined): DateResult => (value ? { ok: true, value } : { ok: false, code: 'invalid' });
