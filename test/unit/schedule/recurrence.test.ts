import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  businessCalendarSchema,
  dueFrom,
  isBusinessDay,
  occurrences,
  recurrenceSchema,
  ScheduleError,
} from '../../../src/domain/schedule';

const oslo = businessCalendarSchema.parse({ timeZone: 'Europe/Oslo', holidays: ['2027-03-25', '2027-03-26'] });
const start = '2027-03-01T10:15:00+01:00'; // Monday, week 0 of an Optergy SI onboarding
const weeks1to5 = { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', from: { weeks: 1 }, until: { weeks: 6 }, at: '09:00' };

describe('S3 customer messages every Monday, Wednesday and Friday in weeks 1-5', () => {
  it('yields three a week at 09:00 Oslo time, across the DST change, holidays moved to the next business day', () => {
    const all = occurrences(oslo, start, weeks1to5);
    expect(all).toEqual([
      '2027-03-08T08:00:00.000Z',
      '2027-03-10T08:00:00.000Z',
      '2027-03-12T08:00:00.000Z',
      '2027-03-15T08:00:00.000Z',
      '2027-03-17T08:00:00.000Z',
      '2027-03-19T08:00:00.000Z',
      '2027-03-22T08:00:00.000Z',
      '2027-03-24T08:00:00.000Z',
      // Friday 26 March is a holiday (and so is Thursday): Monday 29 March, already in the series.
      '2027-03-29T07:00:00.000Z',
      '2027-03-31T07:00:00.000Z',
      '2027-04-02T07:00:00.000Z',
      '2027-04-05T07:00:00.000Z',
      '2027-04-07T07:00:00.000Z',
      '2027-04-09T07:00:00.000Z',
    ]);
  });

  it('skips holidays when asked, and keeps them when asked', () => {
    expect(occurrences(oslo, start, { ...weeks1to5, onNonWorkingDay: 'skip' })).toHaveLength(14);
    expect(occurrences(oslo, start, { ...weeks1to5, onNonWorkingDay: 'keep' })).toContain('2027-03-26T08:00:00.000Z');
    expect(occurrences(oslo, start, { ...weeks1to5, onNonWorkingDay: 'keep' })).toHaveLength(15);
  });

  it('returns only the occurrences inside a window', () => {
    expect(
      occurrences(oslo, start, weeks1to5, { windowStart: '2027-03-15T00:00:00Z', windowEnd: '2027-03-20T00:00:00Z' }),
    ).toEqual(['2027-03-15T08:00:00.000Z', '2027-03-17T08:00:00.000Z', '2027-03-19T08:00:00.000Z']);
  });
});

describe('recurrences', () => {
  it('counts from another step, honours COUNT and changes frequency by changing the rule', () => {
    const catchUp = { rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3', from: { from: 'week-6', weeks: 1 }, at: '14:00' };
    const anchors = { 'week-6': '2027-04-12T09:00:00+02:00' };
    expect(occurrences(oslo, start, catchUp, { anchors })).toEqual([
      '2027-04-19T12:00:00.000Z',
      '2027-05-03T12:00:00.000Z',
      '2027-05-17T12:00:00.000Z',
    ]);
    expect(occurrences(oslo, start, { ...catchUp, rule: 'FREQ=MONTHLY;COUNT=2' }, { anchors })).toEqual([
      '2027-04-19T12:00:00.000Z',
      '2027-05-19T12:00:00.000Z',
    ]);
  });

  it('refuses an endless series without a window, DTSTART inside the rule, and unknown anchors', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof ScheduleError ? e.code : String(e);
      }
      return undefined;
    };
    expect(code(() => occurrences(oslo, start, { rule: 'FREQ=DAILY', from: { days: 0 } }))).toBe('invalid_rule');
    expect(
      code(() => occurrences(oslo, start, { rule: 'DTSTART:20270101T000000Z\nFREQ=DAILY', from: { days: 0 } })),
    ).toBe('invalid_rule');
    expect(code(() => occurrences(oslo, start, { rule: 'FREQ=DAILY;COUNT=2', from: { from: 'x', days: 0 } }))).toBe(
      'unknown_step',
    );
  });

  it('validates the rule text in the schema', () => {
    expect(
      recurrenceSchema.safeParse({ rule: 'every monday', from: { weeks: 1 } }).error?.issues[0]?.message,
    ).toContain('FREQ=WEEKLY');
    expect(recurrenceSchema.parse(weeks1to5).onNonWorkingDay).toBe('next');
  });
});

describe('recurrence properties', () => {
  const calendarArb = fc.record({
    timeZone: fc.constantFrom('UTC', 'Europe/Oslo', 'America/Los_Angeles', 'Pacific/Auckland'),
    workingDays: fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, { minLength: 1 }),
    holidays: fc.array(
      fc
        .date({ min: new Date('2026-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { maxLength: 30 },
    ),
  });
  const byDay = fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1 });

  it('every occurrence lies between `from` and the day `until` starts, in order, on a business day unless kept', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        byDay,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<'keep' | 'skip' | 'next'>('keep', 'skip', 'next'),
        (input, startDate, days, fromWeek, span, onNonWorkingDay) => {
          const cal = businessCalendarSchema.parse(input);
          const start = startDate.toISOString();
          const recurrence = {
            rule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`,
            from: { weeks: fromWeek },
            until: { weeks: fromWeek + span },
            at: '09:00',
            onNonWorkingDay,
          };
          const all = occurrences(cal, start, recurrence);
          const first = dueFrom(cal, start, { weeks: fromWeek, at: '00:00' });
          const end = dueFrom(cal, start, { weeks: fromWeek + span, at: '00:00' });
          expect([...all].sort()).toEqual(all);
          expect(new Set(all).size).toBe(all.length);
          for (const at of all) {
            expect(at >= first && at < end).toBe(true);
            if (onNonWorkingDay !== 'keep') expect(isBusinessDay(cal, DateTime.fromISO(at))).toBe(true);
          }
          if (onNonWorkingDay === 'keep') expect(all).toHaveLength(days.length * span);
        },
      ),
      { numRuns: 40 }, // each run places up to 42 occurrences in a zone through Intl, which is slow
    );
  });
});
