import { businessCalendarSchema, occurrences, recurrenceSchema, ScheduleError } from '../../../src/domain/schedule';

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
