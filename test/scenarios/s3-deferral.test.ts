/** S3 Week B: the week-6 training deferred with everything depending on it (previewed first), catch-up frequency. */
import type { Run } from '../../src/domain/engine';
import { plannedDates, previewDeferral, timeline } from '../../src/domain/engine';
import { ALAN, SAM, WEEK0, completeAll, ev, newSi, ofType, optergy, step, sydney9 } from './s3-fixtures';

const pb = optergy();
const CALL = sydney9('2026-03-16');
/** Week B: Monday 1 June 2026 (Sydney is on UTC+10 by then). */
const WEEK_B = '2026-06-01';

function afterCall(size: 'Small' | 'Large', viability: 'week-a' | 'week-b' = 'week-b'): Run {
  let r = step(pb, undefined, ev.created(newSi(size)), '2026-02-25T00:00:00.000Z').run;
  r = completeAll(pb, r, WEEK0, '2026-03-05T00:00:00.000Z').run;
  r = completeAll(pb, r, ['pronto-customer'], '2026-03-05T00:00:00.000Z', ALAN).run;
  return step(pb, r, ev.panel('call', 'decide', { stepId: 'week-2-call', value: viability }), CALL).run;
}

const sessions = ['week-3-call', 'week-4-planning', 'week-4-session', 'week-5-planning', 'week-5-session'];

describe('S3 Week B: deferring the week-6 training', () => {
  it('"not yet" at the week-2 call opens the task to agree the Week-B date', () => {
    const r = afterCall('Large');
    expect(r.variables.viability).toBe('week-b');
    expect(r.steps['schedule-week-b']?.status).toBe('active');
  });

  it('previews the training and everything depending on it moving; nothing before it moves', () => {
    const preview = previewDeferral(pb, afterCall('Large'), 'week-6-training', WEEK_B, new Date(CALL));
    expect(preview).toEqual({
      ok: true,
      moves: [
        {
          stepId: 'week-6-training',
          name: 'Week 6 (Week A): in-person deployment training',
          from: sydney9('2026-04-13'),
          to: sydney9('2026-06-01'),
        },
        {
          stepId: 'week-8-session',
          name: 'Week 8: virtual session 3 (large deployments)',
          from: sydney9('2026-04-27'),
          to: sydney9('2026-06-15'),
        },
        {
          stepId: 'catch-up-calls',
          name: 'Catch-up calls (every two weeks; an agent may change how often)',
          from: '2026-04-27T00:00:00.000Z',
          to: '2026-06-15T00:00:00.000Z',
        },
      ],
    });
  });

  it('applies exactly the preview, records who deferred it, and the timeline shows Week B', () => {
    const r = afterCall('Large');
    const now = sydney9('2026-03-17');
    const preview = previewDeferral(pb, r, 'week-6-training', WEEK_B, new Date(now));
    const d = step(pb, r, ev.panel('d', 'defer', { stepId: 'week-6-training', date: WEEK_B }), now);
    if (!preview.ok) throw new Error(preview.message);
    const dates = plannedDates(pb, d.run);
    expect(preview.moves.map((m) => [m.stepId, m.to])).toEqual(preview.moves.map((m) => [m.stepId, dates[m.stepId]]));
    expect(d.run.steps['week-6-training']).toMatchObject({
      status: 'pending',
      dueOverride: sydney9('2026-06-01'),
      reschedules: [{ kind: 'defer', because: 'chosen', byAccountId: SAM.accountId, from: sydney9('2026-04-13') }],
    });
    expect(d.run.steps['week-8-session']?.reschedules?.[0]?.because).toBe('week-6-training');
    expect(d.run.steps['week-5-session']?.dueOverride).toBeUndefined();
    expect(d.commands.filter((c) => c.type !== 'setRunSummary')).toEqual([]);
    const t = timeline(pb, d.run, new Date(now));
    const training = t.weeks.find((w) => w.items.some((i) => i.stepId === 'week-6-training'));
    expect(training?.week).toBe(13);
    expect(training?.items.find((i) => i.stepId === 'week-6-training')).toMatchObject({
      type: 'milestone',
      deferred: true,
      date: '2026-06-01',
    });
  });

  it('refuses a date before what the training depends on, or in the past; the run is unchanged', () => {
    const r = afterCall('Large');
    const early = step(pb, r, ev.panel('d', 'defer', { stepId: 'week-6-training', date: '2026-03-30' }), CALL);
    expect(early.codes).toContain('defer.before_dependency');
    expect(early.run).toBe(r);
    const past = step(pb, r, ev.panel('d', 'defer', { stepId: 'week-6-training', date: '2026-03-01' }), CALL);
    expect(past.codes).toContain('defer.in_past');
    const done = step(pb, r, ev.panel('d', 'defer', { stepId: 'signup-docs', date: WEEK_B }), CALL);
    expect(done.codes).toContain('defer.done');
  });

  it('large SI on Week B: the training starts with its new date, then session 3 and the calls follow it', () => {
    let r = afterCall('Large');
    r = step(pb, r, ev.panel('d', 'defer', { stepId: 'week-6-training', date: WEEK_B }), CALL).run;
    r = completeAll(pb, r, [...sessions, 'week-6-planning', 'schedule-week-b'], sydney9('2026-04-07')).run;
    expect(r.steps['week-6-training']).toMatchObject({ status: 'active', dueAt: sydney9('2026-06-01') });
    r = completeAll(pb, r, ['week-6-training'], sydney9('2026-06-01')).run;
    expect(r.steps['week-8-session']).toMatchObject({ status: 'active', dueAt: sydney9('2026-06-15') });
    expect(r.steps['catch-up-calls']?.occurrences).toEqual([
      '2026-06-15T00:00:00.000Z',
      '2026-06-29T00:00:00.000Z',
      '2026-07-13T00:00:00.000Z',
    ]);
  });

  it('small SI on Week B: finishes with the deferred training', () => {
    let r = afterCall('Small');
    r = step(pb, r, ev.panel('d', 'defer', { stepId: 'week-6-training', date: WEEK_B }), CALL).run;
    r = completeAll(pb, r, [...sessions, 'week-6-planning', 'schedule-week-b'], sydney9('2026-04-07')).run;
    for (const at of r.steps['customer-messages']?.occurrences ?? []) r = step(pb, r, ev.tick(at), at).run;
    const done = completeAll(pb, r, ['week-6-training'], sydney9('2026-06-01'));
    expect(done.run.state).toBe('completed');
    expect(ofType(done.commands, 'transition')[0]).toMatchObject({ toStatus: 'Resolved' });
  });
});

describe('S3 catch-up call frequency', () => {
  function calling(): Run {
    let r = afterCall('Large', 'week-a');
    r = completeAll(pb, r, [...sessions, 'week-6-planning', 'week-6-training'], sydney9('2026-04-13')).run;
    return step(pb, r, ev.tick('first-call'), '2026-04-27T00:00:00.000Z').run;
  }

  it('an agent changes the calls to weekly: the call made stays, the rest follow the new rule', () => {
    const r = calling();
    expect(r.steps['catch-up-calls']?.occurrencesDone).toBe(1);
    const c = step(
      pb,
      r,
      ev.panel('f', 'changeRecurrence', { stepId: 'catch-up-calls', rrule: 'FREQ=WEEKLY' }),
      '2026-04-28T00:00:00.000Z',
    );
    expect(c.run.steps['catch-up-calls']).toMatchObject({
      rruleOverride: 'FREQ=WEEKLY',
      occurrences: [
        '2026-04-27T00:00:00.000Z',
        '2026-05-04T00:00:00.000Z',
        '2026-05-11T00:00:00.000Z',
        '2026-05-18T00:00:00.000Z',
        '2026-05-25T00:00:00.000Z',
      ],
      reschedules: [{ kind: 'recurrence', from: 'FREQ=WEEKLY;INTERVAL=2', to: 'FREQ=WEEKLY' }],
    });
    expect(c.run.nextDueAt).toBe('2026-05-04T00:00:00.000Z');
    expect(timeline(pb, c.run, new Date('2026-04-28T00:00:00.000Z')).weeks.flatMap((w) => w.items)).toContainEqual(
      expect.objectContaining({ stepId: 'catch-up-calls', occurrence: 2, rrule: 'FREQ=WEEKLY', status: 'planned' }),
    );
  });

  it('a rule that is not an RRULE changes nothing', () => {
    const r = calling();
    const c = step(
      pb,
      r,
      ev.panel('f', 'changeRecurrence', { stepId: 'catch-up-calls', rrule: 'weekly' }),
      '2026-04-28T00:00:00.000Z',
    );
    expect(c.codes).toContain('recurrence.invalid_rule');
    expect(c.run).toBe(r);
  });

  it('a small SI has no catch-up calls to change', () => {
    const r = afterCall('Small', 'week-a');
    const c = step(pb, r, ev.panel('f', 'changeRecurrence', { stepId: 'catch-up-calls', rrule: 'FREQ=WEEKLY' }), CALL);
    expect(c.codes).toContain('recurrence.done');
    expect(c.run).toBe(r);
  });

  it('cancelling stops the calls too', () => {
    const c = step(pb, calling(), ev.panel('x', 'cancel', { note: 'Project cancelled' }), '2026-04-28T00:00:00.000Z');
    expect(c.run.nextDueAt).toBeUndefined();
    expect(step(pb, c.run, ev.tick('late'), '2026-05-11T00:00:00.000Z').commands).toEqual([]);
  });
});
