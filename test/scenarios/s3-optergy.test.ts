/** S3 Optergy SI onboarding through decide(): week 0, the Mon/Wed/Fri customer messages, touchpoints, Week A. */
import type { Run } from '../../src/domain/engine';
import { matchPlaybook, textOf, timeline } from '../../src/domain/engine';
import {
  ALAN,
  SAM,
  WEEK0,
  completeAll,
  context,
  ev,
  multisite,
  multisiteTicket,
  newSi,
  ofType,
  optergy,
  step,
  sydney9,
} from './s3-fixtures';

const pb = optergy();
const CREATED = '2026-02-25T00:00:00.000Z';

function started(size: 'Small' | 'Large' = 'Large'): Run {
  return step(pb, undefined, ev.created(newSi(size)), CREATED).run;
}

/** Week 0 done, then every touchpoint up to the week-6 training decided and done on its due day. */
export function toTraining(size: 'Small' | 'Large', viability: 'week-a' | 'week-b' = 'week-a'): Run {
  let r = completeAll(pb, started(size), WEEK0, '2026-03-05T00:00:00.000Z').run;
  r = completeAll(pb, r, ['pronto-customer'], '2026-03-05T00:00:00.000Z', ALAN).run;
  r = step(pb, r, ev.panel('call', 'decide', { stepId: 'week-2-call', value: viability }), sydney9('2026-03-16')).run;
  return completeAll(
    pb,
    r,
    ['week-3-call', 'week-4-planning', 'week-4-session', 'week-5-planning', 'week-5-session', 'week-6-planning'],
    sydney9('2026-04-06'),
  ).run;
}

describe('S3 matching', () => {
  it('a "New SI" request starts the onboarding; a multi-site licence request starts its own playbook', () => {
    expect(matchPlaybook([pb, multisite()], newSi(), context.directory)).toMatchObject({
      kind: 'match',
      playbook: { id: 'optergy-si-onboarding' },
    });
    expect(matchPlaybook([pb, multisite()], multisiteTicket(), context.directory)).toMatchObject({
      kind: 'match',
      playbook: { id: 'optergy-multisite-licence' },
    });
  });
});

describe('S3 week 0', () => {
  it('adds the contact as participant, sends the internal "New SI" email, opens the owners\' tasks', () => {
    const { run, commands } = step(pb, undefined, ev.created(newSi()), CREATED);
    expect(run.variables).toEqual({
      siCompany: 'Bright SI',
      contactEmail: 'ian@bright-si.example',
      size: 'Large',
      startDate: '2026-03-02',
    });
    expect(ofType(commands, 'addParticipants')).toEqual([
      expect.objectContaining({ issue: { key: 'OSI-1' }, emails: ['ian@bright-si.example'] }),
    ]);
    const [email] = ofType(commands, 'comment');
    expect(email?.visibility).toBe('internal');
    expect(email?.body.filter((b) => b.type === 'mention').map((b) => b.name)).toEqual([
      'Sally Sales',
      'Sam Support',
      'Alan Accounts',
      'Mia Marketing',
    ]);
    expect(textOf(email!.body)).toContain('New SI: Bright SI (Large)');
    // Due Friday of week 0 at 17:00 Sydney (UTC+11).
    for (const id of [...WEEK0, 'pronto-customer'])
      expect(run.steps[id]).toMatchObject({ status: 'active', dueAt: '2026-03-06T06:00:00.000Z' });
    expect(run.steps['week-2-call']?.status).toBe('pending');
  });

  it('reads the "New SI" form fields when the request has them (the description then says nothing)', () => {
    const fields = { 'SI company': 'Harbour Controls', 'SI contact email': 'ops@harbourcontrols.example' };
    const form = { ...newSi(), description: 'Small integrator in Newcastle.' };
    const { run } = step(
      pb,
      undefined,
      ev.created({ ...form, fields: { ...fields, 'SI size': 'Small', 'Start date': '2026-03-30' } }),
      CREATED,
    );
    expect(run.variables).toEqual({
      siCompany: 'Harbour Controls',
      contactEmail: 'ops@harbourcontrols.example',
      size: 'Small',
      startDate: '2026-03-30',
    });
    expect(run.steps['customer-messages']?.occurrences?.[0]).toBe(sydney9('2026-04-07'));
  });

  it('only Alan (accounts) may record the customer in Pronto', () => {
    const r = started();
    expect(step(pb, r, ev.panel('p', 'completeStep', { stepId: 'pronto-customer' }), CREATED).codes).toContain(
      'task.not-allowed',
    );
    const ok = step(pb, r, ev.panel('p', 'completeStep', { stepId: 'pronto-customer' }, ALAN), CREATED);
    expect(ok.run.steps['pronto-customer']).toMatchObject({
      status: 'done',
      completion: { byAccountId: ALAN.accountId },
    });
  });
});

describe('S3 customer messages (Mon/Wed/Fri, weeks 1-5)', () => {
  it('are planned at 09:00 Sydney across the DST change, Easter moving to the next business day', () => {
    const occ = started().steps['customer-messages']?.occurrences ?? [];
    expect(occ[0]).toBe(sydney9('2026-03-09'));
    // Good Friday 3 April and Easter Monday 6 April fall on Tuesday 7 April (one message, not two).
    expect(occ.slice(9)).toEqual([
      sydney9('2026-03-30'),
      sydney9('2026-04-01'),
      sydney9('2026-04-07'),
      sydney9('2026-04-08'),
      sydney9('2026-04-10'),
    ]);
    expect(occ).toHaveLength(14);
  });

  it('each one is a public comment declared customer-facing; nothing else the run sends is public', () => {
    let r = started();
    const publics: string[] = [];
    for (const at of r.steps['customer-messages']?.occurrences ?? []) {
      const s = step(pb, r, ev.tick(`t-${at}`), at);
      r = s.run;
      const comments = ofType(s.commands, 'comment');
      expect(comments).toHaveLength(1);
      publics.push(...comments.filter((c) => c.visibility === 'public').map((c) => textOf(c.body)));
    }
    expect(publics).toHaveLength(14);
    expect(publics[0]).toContain('Hi Bright SI team');
    expect(r.steps['customer-messages']).toMatchObject({ status: 'done', occurrencesDone: 14 });
  });
});

describe('S3 touchpoints and the week timeline', () => {
  it('the timeline shows each touchpoint in its week, dated from the start date', () => {
    const t = timeline(pb, started(), new Date(CREATED));
    expect(t.startsOn).toBe('2026-03-02');
    const where = (id: string) =>
      t.weeks.find((w) => w.items.some((i) => i.stepId === id && i.occurrence === undefined))?.week;
    expect(where('handover-meeting')).toBe(0);
    expect(where('week-2-call')).toBe(2);
    expect(where('week-3-call')).toBe(3);
    expect(where('week-4-session')).toBe(4);
    expect(where('week-5-session')).toBe(5);
    expect(where('week-6-training')).toBe(6);
    expect(where('week-8-session')).toBe(8);
    const week = (n: number) => t.weeks.find((w) => w.week === n)?.items ?? [];
    expect(week(1).map((i) => [i.type, i.date])).toEqual([
      ['message', '2026-03-09'],
      ['message', '2026-03-11'],
      ['message', '2026-03-13'],
    ]);
    expect(week(6)[0]).toMatchObject({ type: 'milestone', status: 'pending' });
    // The week-0 actions done before the start date show where they happened (the week before).
    expect(t.weeks[0]?.week).toBe(-1);
  });

  it('the week-2 call records the viability decision with who decided it', () => {
    const r = completeAll(pb, started(), ['handover-meeting'], '2026-03-05T00:00:00.000Z').run;
    expect(r.steps['week-2-call']).toMatchObject({ status: 'active', dueAt: sydney9('2026-03-16') });
    const d = step(
      pb,
      r,
      ev.panel('c', 'decide', { stepId: 'week-2-call', value: 'week-a', note: 'Two projects' }),
      sydney9('2026-03-16'),
    );
    expect(d.run.variables.viability).toBe('week-a');
    expect(d.run.steps['week-2-call']?.completion).toMatchObject({
      byAccountId: SAM.accountId,
      value: 'week-a',
      note: 'Two projects',
    });
    expect(d.run.steps['schedule-week-b']).toMatchObject({ status: 'done', skipped: true });
    expect(d.run.steps['week-3-call']).toMatchObject({ status: 'active', dueAt: sydney9('2026-03-23') });
  });
});

describe('S3 Week A (the SI has a viable project)', () => {
  it('small SI: finishes with the week-6 training; session 3 and catch-up calls are skipped', () => {
    let r = toTraining('Small');
    expect(r.steps['week-6-training']).toMatchObject({ status: 'active', dueAt: sydney9('2026-04-13') });
    for (const at of r.steps['customer-messages']?.occurrences ?? []) r = step(pb, r, ev.tick(at), at).run;
    const done = step(pb, r, ev.panel('t', 'completeStep', { stepId: 'week-6-training' }), sydney9('2026-04-13'));
    expect(done.run.steps['week-8-session']).toMatchObject({ status: 'done', skipped: true });
    expect(done.run.steps['catch-up-calls']).toMatchObject({ status: 'done', skipped: true });
    expect(done.run.state).toBe('completed');
    expect(ofType(done.commands, 'transition')).toEqual([
      expect.objectContaining({ issue: { key: 'OSI-1' }, toStatus: 'Resolved', resolution: 'Done' }),
    ]);
    expect(ofType(done.commands, 'comment').map((c) => c.visibility)).toEqual(['internal']);
  });

  it('large SI: session 3 two weeks after the training, then catch-up calls every two weeks', () => {
    let r = toTraining('Large');
    for (const at of r.steps['customer-messages']?.occurrences ?? []) r = step(pb, r, ev.tick(at), at).run;
    r = step(pb, r, ev.panel('t', 'completeStep', { stepId: 'week-6-training' }), sydney9('2026-04-13')).run;
    expect(r.steps['week-8-session']).toMatchObject({ status: 'active', dueAt: sydney9('2026-04-27') });
    const calls = r.steps['catch-up-calls']?.occurrences ?? [];
    expect(calls).toEqual(['2026-04-27T00:00:00.000Z', '2026-05-11T00:00:00.000Z', '2026-05-25T00:00:00.000Z']);
    const first = step(pb, r, ev.tick('c1'), calls[0]!);
    const [note] = ofType(first.commands, 'comment');
    expect(note?.visibility).toBe('internal');
    expect(note?.body[0]).toMatchObject({ type: 'mention', accountId: SAM.accountId });
    r = completeAll(pb, first.run, ['week-8-session'], calls[0]!).run;
    for (const at of calls.slice(1)) r = step(pb, r, ev.tick(at), at).run;
    expect(r.state).toBe('completed');
  });
});

describe('S3 cancellation', () => {
  it('stops the messages, touchpoints and calls: no timer left, later ticks do nothing', () => {
    const r = started();
    expect(r.nextDueAt).toBeDefined();
    const c = step(pb, r, ev.panel('x', 'cancel', { note: 'SI pulled out' }), '2026-03-10T00:00:00.000Z');
    expect(c.run.state).toBe('cancelled');
    expect(c.run.nextDueAt).toBeUndefined();
    const [summary] = ofType(c.commands, 'comment');
    expect(summary?.visibility).toBe('internal');
    expect(textOf(summary!.body)).toContain('SI pulled out');
    const later = step(pb, c.run, ev.tick('late'), sydney9('2026-03-18'));
    expect(later.commands).toEqual([]);
    expect(later.codes).toContain('run.inactive');
  });
});
