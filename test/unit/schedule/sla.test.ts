import fc from 'fast-check';
import { businessCalendarSchema, slaSchema, slaState, slaStatus } from '../../../src/domain/schedule';

const oslo = businessCalendarSchema.parse({ timeZone: 'Europe/Oslo' });
// S4: configuration expected within 1-2 business days; at risk after one.
const s4 = slaSchema.parse({ within: { businessDays: 2 }, warnAfter: { businessDays: 1 } });
const friday = '2026-11-27T10:00:00+01:00';

describe('S4 configuration SLA on business days', () => {
  it('is ok over the weekend, at risk on Monday, breached after Tuesday 10:00', () => {
    expect(slaState(oslo, s4, friday, '2026-11-29T12:00:00+01:00')).toEqual({
      state: 'ok',
      dueAt: '2026-12-01T09:00:00.000Z',
      warnAt: '2026-11-30T09:00:00.000Z',
      remainingMs: 46 * 3_600_000,
      final: false,
      nextChangeAt: '2026-11-30T09:00:00.000Z',
    });
    expect(slaState(oslo, s4, friday, '2026-11-30T10:00:00+01:00').state).toBe('at-risk');
    expect(slaState(oslo, s4, friday, '2026-12-01T10:00:00+01:00').state).toBe('at-risk');
    const late = slaState(oslo, s4, friday, '2026-12-01T10:00:01+01:00');
    expect(late).toMatchObject({ state: 'breached', remainingMs: -1000, final: false });
    expect(late.nextChangeAt).toBeUndefined();
  });

  it('is judged at the moment the work was done, whatever `now` is', () => {
    expect(slaState(oslo, s4, friday, '2027-01-01T00:00:00Z', '2026-11-30T15:00:00+01:00')).toMatchObject({
      state: 'ok',
      final: true,
    });
    expect(slaState(oslo, s4, friday, '2027-01-01T00:00:00Z', '2026-12-02T09:00:00+01:00')).toMatchObject({
      state: 'breached',
      final: true,
    });
  });
});

describe('slaStatus from explicit instants', () => {
  it('turns at risk at 75% of the time by default, or at a given share', () => {
    const times = { start: '2026-11-25T00:00:00Z', target: '2026-11-26T00:00:00Z' };
    expect(slaStatus({ ...times, now: '2026-11-25T17:59:00Z' }).state).toBe('ok');
    expect(slaStatus({ ...times, now: '2026-11-25T18:00:00Z' }).state).toBe('at-risk');
    expect(slaStatus({ ...times, now: '2026-11-25T12:00:00Z', warnAtShare: 0.5 }).state).toBe('at-risk');
    expect(slaStatus({ ...times, now: '2026-11-26T00:00:00.001Z' }).state).toBe('breached');
  });

  it('accepts Dates as well as ISO strings', () => {
    expect(
      slaStatus({
        start: new Date('2026-11-25T00:00:00Z'),
        target: new Date('2026-11-25T10:00:00Z'),
        now: new Date('2026-11-25T01:00:00Z'),
      }).remainingMs,
    ).toBe(9 * 3_600_000);
  });

  it('rejects an SLA with two targets', () => {
    expect(slaSchema.safeParse({ within: { businessDays: 2, after: 'PT4H' } }).success).toBe(false);
  });
});

describe('SLA properties', () => {
  const rank = { ok: 0, 'at-risk': 1, breached: 2 } as const;

  it('only ever goes from ok to at risk to breached as time passes, and is breached exactly after the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        fc.array(fc.integer({ min: 0, max: 20 * 86_400_000 }), { minLength: 2, maxLength: 8 }),
        (days, warnDays, offsets) => {
          const sla = {
            within: { businessDays: days },
            ...(warnDays === undefined ? {} : { warnAfter: { businessDays: Math.min(warnDays, days) } }),
          };
          const nows = offsets.sort((a, b) => a - b).map((ms) => new Date(Date.parse(friday) + ms).toISOString());
          const states = nows.map((now) => slaState(oslo, sla, friday, now));
          for (let i = 1; i < states.length; i += 1)
            expect(rank[states[i]?.state ?? 'ok']).toBeGreaterThanOrEqual(rank[states[i - 1]?.state ?? 'ok']);
          states.forEach((st, i) => expect(st.state === 'breached').toBe((nows[i] ?? '') > st.dueAt));
        },
      ),
    );
  });
});
