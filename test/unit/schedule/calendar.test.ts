import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addBusinessDays,
  businessCalendarSchema,
  businessDaysBetween,
  isBusinessDay,
  localDate,
  ScheduleError,
} from '../../../src/domain/schedule';

const oslo = businessCalendarSchema.parse({
  timeZone: 'Europe/Oslo',
  holidays: ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'],
});

describe('business calendar schema', () => {
  it('defaults to Monday-Friday in UTC without holidays', () => {
    expect(businessCalendarSchema.parse({})).toEqual({
      timeZone: 'UTC',
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      holidays: [],
    });
  });

  it('rejects unknown zones, weekdays and badly written holidays with a message', () => {
    const r = businessCalendarSchema.safeParse({
      timeZone: 'Mars/Olympus',
      workingDays: ['monday'],
      holidays: ['24.12'],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['timeZone', 'workingDays.0', 'holidays.0']);
    expect(r.error?.issues[0]?.message).toContain('IANA time zone');
  });
});

describe('addBusinessDays', () => {
  it('skips weekends and holidays and keeps the local time of day', () => {
    expect(addBusinessDays(oslo, '2026-12-23T10:00:00+01:00', 1)).toBe('2026-12-28T09:00:00.000Z');
    expect(addBusinessDays(oslo, '2026-11-27T16:00:00+01:00', 2)).toBe('2026-12-01T15:00:00.000Z');
    expect(addBusinessDays(oslo, '2027-01-04T09:00:00+01:00', -2)).toBe('2026-12-29T08:00:00.000Z');
  });

  it('counts from a weekend as spreadsheets do, and rolls forward for zero days', () => {
    expect(addBusinessDays(oslo, '2026-11-28T12:00:00+01:00', 1)).toBe('2026-11-30T11:00:00.000Z');
    expect(addBusinessDays(oslo, '2026-11-28T12:00:00+01:00', 0)).toBe('2026-11-30T11:00:00.000Z');
    expect(addBusinessDays(oslo, '2026-11-30T12:00:00+01:00', 0)).toBe('2026-11-30T11:00:00.000Z');
  });

  it('keeps 09:00 local across the change to summer time', () => {
    expect(addBusinessDays(oslo, '2027-03-26T09:00:00+01:00', 1)).toBe('2027-03-29T07:00:00.000Z');
  });

  it('works on a Sunday-Thursday week', () => {
    const gulf = businessCalendarSchema.parse({
      timeZone: 'Asia/Dubai',
      workingDays: ['sun', 'mon', 'tue', 'wed', 'thu'],
    });
    expect(localDate(gulf, addBusinessDays(gulf, '2026-11-26T10:00:00+04:00', 1))).toBe('2026-11-29');
  });

  it('reads a date without time as the start of that day in the zone', () => {
    expect(addBusinessDays(oslo, '2026-11-25', 1)).toBe('2026-11-25T23:00:00.000Z');
  });

  it('throws a coded error for a date it cannot read', () => {
    expect(() => addBusinessDays(oslo, 'soon', 1)).toThrow(ScheduleError);
    try {
      addBusinessDays(oslo, 'soon', 1);
    } catch (e) {
      expect((e as ScheduleError).code).toBe('invalid_date');
    }
  });
});

describe('businessDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(businessDaysBetween(oslo, '2026-12-23T10:00+01:00', '2026-12-28T10:00+01:00')).toBe(1);
    expect(businessDaysBetween(oslo, '2026-11-23', '2026-11-30')).toBe(5);
    expect(businessDaysBetween(oslo, '2026-11-30', '2026-11-23')).toBe(-5);
    expect(businessDaysBetween(oslo, '2026-11-25T08:00+01:00', '2026-11-25T17:00+01:00')).toBe(0);
  });
});

const calendarArb = fc.record({
  timeZone: fc.constantFrom('UTC', 'Europe/Oslo', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'),
  workingDays: fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, { minLength: 1 }),
  holidays: fc.array(
    fc
      .date({ min: new Date('2026-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { maxLength: 40 },
  ),
});
const instantArb = fc
  .date({ min: new Date('2026-01-01'), max: new Date('2028-06-30'), noInvalidDate: true })
  .map((d) => d.toISOString());

describe('business-day properties', () => {
  it('adding business days lands on a working day that is not a holiday', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: -40, max: 40 }), (input, from, n) => {
        const cal = businessCalendarSchema.parse(input);
        const due = addBusinessDays(cal, from, n);
        expect(isBusinessDay(cal, DateTime.fromISO(due))).toBe(true);
      }),
    );
  });

  it('businessDaysBetween(a, addBusinessDays(a, n)) is n for n >= 0', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 40 }), (input, from, n) => {
        const cal = businessCalendarSchema.parse(input);
        const start = addBusinessDays(cal, from, 0);
        expect(businessDaysBetween(cal, start, addBusinessDays(cal, start, n))).toBe(n);
      }),
    );
  });

  it('going n business days forward then n back returns to the same business day', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 30 }), (input, from, n) => {
        const cal = businessCalendarSchema.parse(input);
        const start = addBusinessDays(cal, from, 0);
        expect(localDate(cal, addBusinessDays(cal, addBusinessDays(cal, start, n), -n))).toBe(localDate(cal, start));
      }),
    );
  });
});
