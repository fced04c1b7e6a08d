import { z } from 'zod';
import {
  businessCalendarSchema,
  offsetSchema,
  recurrenceSchema,
  slaSchema,
  dueFrom,
  dueRuleSchema,
  localDate,
  resolveDueDates,
  ScheduleError,
} from '../../../src/domain/schedule';

const oslo = businessCalendarSchema.parse({ timeZone: 'Europe/Oslo', holidays: ['2026-12-24', '2026-12-25'] });
const start = '2026-11-23T09:00:00+01:00'; // a Monday

describe('due rule schema', () => {
  it('accepts one offset and fills defaults', () => {
    expect(dueRuleSchema.parse({ businessDays: 2 })).toEqual({ from: 'start', businessDays: 2, roll: 'none' });
    expect(dueRuleSchema.parse({ from: 'week-6', before: 'P3D', at: '08:30', roll: 'backward' })).toEqual({
      from: 'week-6',
      before: 'P3D',
      at: '08:30',
      roll: 'backward',
    });
  });

  it.each([
    [{}, 'give one offset'],
    [{ weeks: 1, days: 2 }, 'give only one offset, not days and weeks'],
    [{ after: 'two days' }, 'ISO 8601 duration'],
    [{ after: 'P1M' }, 'ISO 8601 duration'],
    [{ businessDays: 1.5 }, 'expected int'],
    [{ days: 1, at: '9am' }, 'HH:mm'],
    [{ days: 1, every: 'day' }, 'Unrecognized key'],
  ])('rejects %j saying what to fix', (rule, message) => {
    const r = dueRuleSchema.safeParse(rule);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' / ')).toContain(message);
  });

  it('exports every schedule schema as JSON Schema for the playbook editor', () => {
    for (const schema of [businessCalendarSchema, dueRuleSchema, offsetSchema, recurrenceSchema, slaSchema])
      expect(z.toJSONSchema(schema)).toMatchObject({ type: 'object', additionalProperties: false });
  });
});

describe('dueFrom', () => {
  it('counts ISO durations, calendar days, weeks and business days from the anchor', () => {
    expect(dueFrom(oslo, start, { after: 'PT24H' })).toBe('2026-11-24T08:00:00.000Z');
    expect(dueFrom(oslo, start, { days: 5 })).toBe('2026-11-28T08:00:00.000Z');
    expect(dueFrom(oslo, start, { weeks: 2 })).toBe('2026-12-07T08:00:00.000Z');
    expect(dueFrom(oslo, '2026-12-23T09:00:00+01:00', { businessDays: 2 })).toBe('2026-12-29T08:00:00.000Z');
  });

  it('sets the time of day in the zone and rolls off non-working days', () => {
    expect(dueFrom(oslo, start, { days: 5, at: '17:00' })).toBe('2026-11-28T16:00:00.000Z');
    expect(localDate(oslo, dueFrom(oslo, start, { days: 5, roll: 'forward' }))).toBe('2026-11-30');
    expect(localDate(oslo, dueFrom(oslo, start, { days: 5, roll: 'backward' }))).toBe('2026-11-27');
  });

  it('keeps the wall-clock time when weeks cross a DST change', () => {
    expect(dueFrom(oslo, '2027-03-22T09:00:00+01:00', { weeks: 1 })).toBe('2027-03-29T07:00:00.000Z');
  });
});

describe('resolveDueDates', () => {
  it('follows chains of steps in any order and leaves steps without rules undated', () => {
    const dates = resolveDueDates(oslo, start, [
      { id: 'close', due: { from: 'review', businessDays: 1 } },
      { id: 'review', due: { from: 'configure', businessDays: 2 } },
      { id: 'configure', due: { businessDays: 2 } },
      { id: 'manual' },
      { id: 'after-manual', due: { from: 'manual', days: 1 } },
    ]);
    expect(dates).toEqual({
      configure: '2026-11-25T08:00:00.000Z',
      review: '2026-11-27T08:00:00.000Z',
      close: '2026-11-30T08:00:00.000Z',
      manual: undefined,
      'after-manual': undefined,
    });
  });

  it('counts from the moment a step was done when it is done', () => {
    const dates = resolveDueDates(oslo, start, [
      { id: 'approval', due: { businessDays: 1 }, doneAt: '2026-11-26T15:30:00+01:00' },
      { id: 'push-live', due: { from: 'approval', after: 'PT24H' } },
    ]);
    expect(dates['push-live']).toBe('2026-11-27T14:30:00.000Z');
  });

  it('throws coded errors for unknown steps and cycles', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof ScheduleError ? e.code : 'other';
      }
      return undefined;
    };
    expect(code(() => resolveDueDates(oslo, start, [{ id: 'a', due: { from: 'ghost', days: 1 } }]))).toBe(
      'unknown_step',
    );
    expect(
      code(() =>
        resolveDueDates(oslo, start, [
          { id: 'a', due: { from: 'b', days: 1 } },
          { id: 'b', due: { from: 'a', days: 1 } },
        ]),
      ),
    ).toBe('cycle');
    expect(code(() => resolveDueDates({ ...oslo, timeZone: 'Nowhere/Else' }, start, []))).toBe('invalid_zone');
  });
});
