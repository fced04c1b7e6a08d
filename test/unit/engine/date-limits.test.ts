/** Date steps (a date field with a limit) and date waits (a reminder the scheduler finds through nextDueAt). */
import type { EngineEventInput, Run } from '../../../src/domain/engine';
import { asDate } from '../../../src/domain/engine/date-limits';
import { created, playbook, run } from './kit';

// The kit's clock starts Monday 5 January 2026, 08:00 UTC.
const panel = (id: string, value: string): EngineEventInput => ({
  id,
  type: 'panelAction',
  action: 'setDate',
  actor: { accountId: 'acc-x' },
  stepId: 'review',
  value,
});
const changed = (id: string, from: string | null, to: string | null): EngineEventInput => ({
  id,
  type: 'ticketUpdated',
  issue: { key: 'SS-1', project: 'SS' },
  items: [{ field: 'Due review', from, to }],
});

function started(
  step: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): { pb: ReturnType<typeof playbook>; r: Run } {
  const pb = playbook(
    [
      { id: 'review', kind: 'date', field: 'Due review', ...step },
      { id: 'remind', kind: 'wait', dependsOn: ['review'], for: { kind: 'date', field: 'Due review', at: '08:30' } },
      { id: 'tell', kind: 'action', dependsOn: ['remind'], actions: [{ do: 'comment', text: 'Review due' }] },
    ],
    extra,
  );
  const r = run(pb, created(), undefined).run;
  if (!r) throw new Error('no run');
  return { pb, r };
}

describe('asDate', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026-03-01T00:00:00.000+0000', '2026-03-01'],
    ['1 March 2026', '2026-03-01'],
    ['', undefined],
    ['soon', undefined],
  ])('%s -> %s', (raw, date) => expect(asDate(raw)).toBe(date));
});

describe('date steps', () => {
  it.each([
    [{ months: 6 }, '2026-07-05', '2026-07-06'],
    [{ weeks: 2 }, '2026-01-19', '2026-01-20'],
    [{ days: 10 }, '2026-01-15', '2026-01-16'],
  ])('maxAhead %j: %s is accepted, %s refused in the panel', (maxAhead, last, tooFar) => {
    const { pb, r } = started({ maxAhead });
    const refused = run(pb, panel('p1', tooFar), r, 1);
    expect(refused.trace.map((t) => t.code)).toContain('date.refused');
    expect(refused.run).toBe(r);
    const ok = run(pb, panel('p2', last), r, 1);
    expect(ok.run?.steps.review).toMatchObject({ status: 'done', date: last, completion: { byAccountId: 'acc-x' } });
  });

  it('a past date and a date not written YYYY-MM-DD are refused too', () => {
    const { pb, r } = started({ maxAhead: { months: 6 } });
    expect(run(pb, panel('p', '2026-01-04'), r, 1).trace.map((t) => t.code)).toContain('date.refused');
    expect(run(pb, panel('p', '05/02/2026'), r, 1).trace.map((t) => t.code)).toContain('date.invalid');
  });

  it('a date too far set on the ticket goes back to the earlier date that was within the limit', () => {
    const { pb, r } = started({ maxAhead: { weeks: 4 } });
    const first = run(pb, changed('c1', null, '2026-01-20'), r, 1).run;
    expect(first?.steps.review).toMatchObject({ status: 'done', date: '2026-01-20' });
    const far = run(pb, changed('c2', '2026-01-20', '2026-06-01'), first, 2);
    expect(far.commands.filter((c) => c.type === 'setFields')).toMatchObject([
      { dates: [{ fieldName: 'Due review', value: '2026-01-20' }] },
    ]);
    expect(far.run?.issue.fields['Due review']).toBe('2026-01-20');
    expect(far.run?.steps.review?.date).toBe('2026-01-20');
  });

  it('a date already on the ticket when the step starts counts when it is within the limit', () => {
    const pb = playbook([{ id: 'review', kind: 'date', field: 'Due review', maxAhead: { days: 30 } }]);
    const e = created();
    if (e.type !== 'ticketCreated') throw new Error('unreachable');
    const r = run(pb, { ...e, issue: { ...e.issue, fields: { 'due REVIEW': '2026-01-30' } } }, undefined);
    expect(r.run?.state).toBe('completed');
    expect(r.run?.steps.review?.date).toBe('2026-01-30');
  });

  it('Norwegian playbooks explain a refused date in Norwegian', () => {
    const { pb, r } = started({ maxAhead: { days: 5 } }, { language: 'nb' });
    const far = run(pb, changed('c', null, '2026-02-20'), r, 1);
    const note = far.commands.find((c) => c.type === 'comment');
    expect(note?.type === 'comment' && note.body.map((s) => (s.type === 'text' ? s.text : '')).join('')).toContain(
      'ble ikke godtatt',
    );
  });
});

describe('date waits', () => {
  it('wait until the field’s date at the given time in the calendar’s zone: nextDueAt, then met', () => {
    const { pb, r } = started({}, { calendar: { timeZone: 'Europe/Oslo' } });
    const set = run(pb, panel('p', '2026-02-10'), r, 1).run;
    expect(set?.steps.remind).toMatchObject({ status: 'active', waitUntil: '2026-02-10T07:30:00.000Z' });
    expect(set?.nextDueAt).toBe('2026-02-10T07:30:00.000Z');
    const before = run(pb, { id: 't1', type: 'timePassed' }, set, 24 * 35 + 23);
    expect(before.run?.steps.remind?.status).toBe('active');
    const due = run(pb, { id: 't2', type: 'timePassed' }, set, 24 * 36);
    expect(due.run?.state).toBe('completed');
    expect(due.commands.some((c) => c.type === 'comment')).toBe(true);
  });

  it('a date moved later on the ticket moves the reminder', () => {
    const { pb, r } = started({ maxAhead: { months: 6 } });
    const set = run(pb, panel('p', '2026-02-10'), r, 1).run;
    const moved = run(pb, changed('c', '2026-02-10', '2026-03-10'), set, 2).run;
    expect(moved?.nextDueAt).toBe('2026-03-10T08:30:00.000Z');
  });
});
