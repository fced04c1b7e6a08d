import { issue, keys, schema } from './fixtures';

// now = 2026-11-25T12:00Z = 13:00 in Oslo (UTC+1).
const early = issue({ key: 'SS-1', created: '2026-11-24T22:30:00Z' }); // 23:30 on the 24th in Oslo
const late = issue({ key: 'SS-2', created: '2026-11-24T23:30:00Z' }); // 00:30 on the 25th in Oslo
const week = issue({ key: 'SS-3', created: '2026-11-18T11:00:00Z' });
const fresh = issue({ key: 'SS-4', created: '2026-11-25T11:30:00Z' });
const all = [early, late, week, fresh];

describe('JQL dates', () => {
  it('reads date literals in the user time zone', () => {
    expect(keys('created >= "2026-11-25"', all)).toEqual(['SS-2', 'SS-4']);
    expect(keys('created >= "2026-11-25"', all, schema({ timeZone: 'UTC' }))).toEqual(['SS-4']);
    expect(keys('created < "2026/11/25 00:45"', all)).toEqual(['SS-1', 'SS-2', 'SS-3']);
    expect(keys('created = "2026-11-25 00:30"', all)).toEqual(['SS-2']);
  });

  it('a date without a time is midnight, so <= a day excludes that day (as in Jira)', () => {
    expect(keys('created <= "2026-11-24"', all)).toEqual(['SS-3']);
  });

  it('reads relative periods against now', () => {
    expect(keys('created >= -1h', all)).toEqual(['SS-4']);
    expect(keys('created > -1d', all)).toEqual(['SS-1', 'SS-2', 'SS-4']);
    expect(keys('created > "-1w"', all)).toEqual(['SS-1', 'SS-2', 'SS-4']);
    expect(keys('created > "-1w 2h"', all)).toEqual(['SS-1', 'SS-2', 'SS-3', 'SS-4']);
    expect(keys('created < "-1w 2h"', all)).toEqual([]);
    expect(keys('created > -90m', all)).toEqual(['SS-4']);
    expect(keys('created < 4w', all)).toHaveLength(4);
  });

  it('now(), startOfDay() and endOfDay() with offsets, in the user time zone', () => {
    expect(keys('created >= startOfDay()', all)).toEqual(['SS-2', 'SS-4']);
    expect(keys('created >= startOfDay(-1) AND created < startOfDay()', all)).toEqual(['SS-1']);
    expect(keys('created <= endOfDay(-1)', all)).toEqual(['SS-1', 'SS-3']);
    expect(keys('created <= now()', all)).toHaveLength(4);
    expect(keys('created > startOfMonth()', all)).toHaveLength(4);
    expect(keys('created > startOfYear(1)', all)).toEqual([]);
    expect(keys('created >= startOfDay("-7d")', all)).toEqual(['SS-1', 'SS-2', 'SS-3', 'SS-4']);
  });

  it('updated, resolutiondate/resolved and duedate/due', () => {
    const i = [
      issue({
        key: 'SS-5',
        updated: '2026-11-25T11:00:00Z',
        resolutiondate: '2026-11-25T11:00:00Z',
        duedate: '2026-11-25',
      }),
      issue({ key: 'SS-6', updated: '2026-11-01T11:00:00Z', duedate: '2026-11-30' }),
    ];
    expect(keys('updated > -1d', i)).toEqual(['SS-5']);
    expect(keys('resolved is not empty', i)).toEqual(['SS-5']);
    expect(keys('resolutiondate is empty', i)).toEqual(['SS-6']);
    expect(keys('duedate <= now()', i)).toEqual(['SS-5']);
    expect(keys('due = "2026-11-30"', i)).toEqual(['SS-6']);
    expect(keys('duedate < endOfDay()', i)).toEqual(['SS-5']);
  });

  it('an unquoted number on a date field is epoch milliseconds', () => {
    expect(keys(`created >= ${Date.parse('2026-11-25T11:00:00Z')}`, all)).toEqual(['SS-4']);
  });
});
