/**
 * Where today falls on S3's week timeline (the glance's "Week 3 of 6"): counted in Sydney calendar days from the
 * form's start date, as the panel's rows are. The oracle is Intl's Sydney day, not the engine's luxon.
 */
import fc from 'fast-check';
import type { Run } from '../../../src/domain/engine';
import { timeline } from '../../../src/domain/engine';
import { ev, newSi, optergy, START, step } from '../../scenarios/s3-fixtures';

const pb = optergy();
const DAY = 86_400_000;
const sydneyDay = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Sydney', dateStyle: 'short' }).format(d);
const days = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

function created(size: 'Small' | 'Large', start: string): Run {
  const issue = newSi(size);
  const before = new Date(Date.parse(start) - 3 * DAY).toISOString();
  return step(
    pb,
    undefined,
    ev.created({ ...issue, description: String(issue.description).replace(START, start) }),
    before,
  ).run;
}

describe('timeline(...).now', () => {
  const small = created('Small', START);

  it('says week 3 of 6 in the fourth week of a small SI (its skipped week-8 session is no part of the plan)', () => {
    expect(timeline(pb, small, new Date('2026-03-23T02:00:00.000Z')).now).toEqual({
      state: 'inWeek',
      week: 3,
      lastWeek: 6,
    });
    expect(timeline(pb, created('Large', START), new Date('2026-03-23T02:00:00.000Z')).now).toMatchObject({
      week: 3,
      lastWeek: 12,
    });
  });

  it('turns the week at midnight in Sydney, also across the end of daylight saving time', () => {
    // 9 March 00:00 AEDT is 8 March 13:00 UTC; 6 April 00:00 AEST (after 5 April) is 5 April 14:00 UTC.
    expect(timeline(pb, small, new Date('2026-03-08T12:59:00.000Z')).now).toMatchObject({ week: 0 });
    expect(timeline(pb, small, new Date('2026-03-08T13:00:00.000Z')).now).toMatchObject({ week: 1 });
    expect(timeline(pb, small, new Date('2026-04-05T13:59:00.000Z')).now).toMatchObject({ week: 4 });
    expect(timeline(pb, small, new Date('2026-04-05T14:00:00.000Z')).now).toMatchObject({ week: 5 });
  });

  it('says it has not started before the start date, and that the plan ended after its last week', () => {
    expect(timeline(pb, small, new Date('2026-03-01T12:59:00.000Z')).now).toEqual({
      state: 'notStarted',
      startsOn: START,
      lastWeek: 6,
    });
    expect(timeline(pb, small, new Date('2026-04-20T02:00:00.000Z')).now).toEqual({
      state: 'ended',
      week: 7,
      lastWeek: 6,
    });
  });

  it('property: within the plan the week is the row holding today, from week 1 on after the first seven days', () => {
    const runs = new Map<string, Run>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.constantFrom<'Small' | 'Large'>('Small', 'Large'),
        fc.integer({ min: -20 * 24 * 60, max: 100 * 24 * 60 }),
        (startOffset, size, minutes) => {
          const start = new Date(Date.parse('2026-01-01') + startOffset * DAY).toISOString().slice(0, 10);
          const key = `${size}-${start}`;
          const run = runs.get(key) ?? created(size, start);
          runs.set(key, run);
          // Minutes from midnight UTC of the start date: Sydney's day is then the start date or the day after.
          const at = new Date(Date.parse(start) + minutes * 60_000);
          const t = timeline(pb, run, at);
          const elapsed = days(start, sydneyDay(at));
          const last = t.now.lastWeek;
          expect(last).toBe(size === 'Small' ? 6 : 12);
          if (elapsed < 0) return expect(t.now).toEqual({ state: 'notStarted', startsOn: start, lastWeek: last });
          if (elapsed >= 7 * (last + 1)) return expect(t.now).toMatchObject({ state: 'ended' });
          if (t.now.state !== 'inWeek') throw new Error(`expected a week, got ${JSON.stringify(t.now)}`);
          const week = t.now.week;
          expect(week).toBeGreaterThanOrEqual(elapsed < 7 ? 0 : 1);
          expect(week).toBeLessThanOrEqual(last);
          const row = t.weeks.find((w) => w.week === week);
          expect(row && days(row.startsOn, sydneyDay(at))).toBeGreaterThanOrEqual(0);
          expect(row && days(row.startsOn, sydneyDay(at))).toBeLessThan(7);
        },
      ),
      { numRuns: 80 },
    );
  });
});
