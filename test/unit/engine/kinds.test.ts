/** decide() on task, decision and signoff steps, `when` skipping and step SLAs on the default calendar. */
import type { EngineEventInput, Run } from '../../../src/domain/engine';
import { T0, at, created, playbook, run } from './kit';

const owner = { accountId: 'acc-owner', displayName: 'Olive Owner' };
const agent = { accountId: 'acc-x', displayName: 'Xena' };
const panel = (id: string, action: string, extra: Record<string, unknown>, actor = agent): EngineEventInput =>
  ({ id, type: 'panelAction', action, actor, ...extra }) as EngineEventInput;

function started(steps: unknown[]): { pb: ReturnType<typeof playbook>; r: Run } {
  const pb = playbook(steps);
  const r = run(pb, created(), undefined).run;
  if (!r) throw new Error('no run');
  return { pb, r };
}

describe('when', () => {
  it('skips a step whose intake condition is false, and runs one whose condition holds', () => {
    const { r } = started([
      { id: 'acme', kind: 'task', when: { var: 'company', equals: 'acme' } },
      { id: 'other', kind: 'task', when: { var: 'company', in: ['Globex'] } },
    ]);
    expect(r.steps.acme?.status).toBe('active');
    expect(r.steps.other).toMatchObject({ status: 'done', skipped: true });
  });
});

describe('decision', () => {
  it('only the roles in `by` may decide', () => {
    const { pb, r } = started([
      {
        id: 'd',
        kind: 'decision',
        question: 'Q?',
        variable: 'v',
        by: ['owner'],
        options: [{ value: 'a' }, { value: 'b' }],
      },
    ]);
    const refused = run(pb, panel('p', 'decide', { stepId: 'd', value: 'a' }), r, 1);
    expect(refused.trace.map((t) => t.code)).toContain('decision.not-allowed');
    const ok = run(pb, panel('p', 'decide', { stepId: 'd', value: 'B', note: 'why' }, owner), r, 1);
    expect(ok.run?.variables.v).toBe('b');
    expect(ok.run?.steps.d?.completion).toMatchObject({ value: 'b', byAccountId: 'acc-owner', note: 'why' });
    expect(ok.run?.state).toBe('completed');
  });
});

describe('signoff', () => {
  const parties = [
    { id: 'legal', name: 'Legal', agentRecord: {}, waivable: true },
    { id: 'boss', name: 'Boss', roles: ['owner'] },
    { id: 'extra', name: 'Extra', roles: ['owner'], required: false },
  ];

  it('a waivable party is waived with a reason; an optional party does not block', () => {
    const { pb, r } = started([
      { id: 's', kind: 'signoff', parties },
      { id: 'after', kind: 'task', dependsOn: ['s'] },
    ]);
    const noReason = run(pb, panel('w', 'waive', { stepId: 's', party: 'legal' }), r, 1);
    expect(noReason.trace.map((t) => t.code)).toContain('signoff.reason-missing');
    const waived = run(pb, panel('w', 'waive', { stepId: 's', party: 'legal', note: 'not needed' }), r, 1).run;
    expect(waived?.steps.s?.signoffs?.legal).toMatchObject({ how: 'waived', note: 'not needed' });
    const again = run(pb, panel('w2', 'signOff', { stepId: 's', party: 'legal', note: 'x' }), waived, 2);
    expect(again.trace.map((t) => t.code)).toContain('signoff.already');
    const done = run(pb, panel('b', 'signOff', { stepId: 's', party: 'boss' }, owner), waived, 2).run;
    expect(done?.steps.s?.status).toBe('done');
    expect(done?.steps.after?.status).toBe('active');
  });

  it('a comment by someone other than the reporter never signs', () => {
    const { pb, r } = started([
      { id: 's', kind: 'signoff', parties: [{ id: 'v', name: 'V', reporterComment: { words: ['ok'] } }] },
    ]);
    const c = run(
      pb,
      { id: 'c', type: 'commentAdded', issueKey: 'SS-1', author: owner, text: 'ok', visibility: 'public' },
      r,
      1,
    );
    expect(c.run?.steps.s?.signoffs).toBeUndefined();
  });
});

describe('step SLA on the default calendar (Mon-Fri, UTC)', () => {
  it('is due after business days, sets nextDueAt, and is final and ok when done in time', () => {
    // T0 is Monday 2026-01-05 08:00 UTC.
    const { pb, r } = started([{ id: 't', kind: 'task', sla: { within: { businessDays: 5 } } }]);
    expect(T0.getUTCDay()).toBe(1);
    expect(r.steps.t?.sla).toMatchObject({ state: 'ok', dueAt: '2026-01-12T08:00:00.000Z' });
    expect(r.nextDueAt).toBe(r.steps.t?.sla?.warnAt);
    const done = run(pb, panel('d', 'completeStep', { stepId: 't' }), r, 24);
    expect(done.run?.steps.t?.sla).toMatchObject({ state: 'ok', final: true });
    expect(done.run?.nextDueAt).toBeUndefined();
    expect(at(24).toISOString()).toBe(done.run?.steps.t?.doneAt);
  });
});

describe('cancel', () => {
  it('one internal summary comment, linked tickets closed when the playbook says so, no timers left', () => {
    const pb = playbook(
      [
        { id: 'a', kind: 'task', when: { var: 'company', equals: 'nobody' } },
        { id: 'b', kind: 'task', name: 'Configure', sla: { within: { businessDays: 1 } } },
        { id: 'c', kind: 'task', dependsOn: ['b'] },
      ],
      { on: { cancel: { closeLinked: { to: 'Cancelled', resolution: "Won't do", projects: ['CS'] } } } },
    );
    let r = run(pb, created(), undefined).run;
    r = run(
      pb,
      {
        id: 'l',
        type: 'linkCreated',
        other: { key: 'CS-9', project: 'CS' },
        linkType: 'Relates',
        direction: 'outward',
      },
      r,
      1,
    ).run;
    r = run(
      pb,
      {
        id: 'l2',
        type: 'linkCreated',
        other: { key: 'HR-1', project: 'HR' },
        linkType: 'Relates',
        direction: 'outward',
      },
      r,
      1,
    ).run;
    const c = run(pb, panel('x', 'cancel', { note: 'customer withdrew' }), r, 2);
    const comments = c.commands.filter((k) => k.type === 'comment');
    expect(comments).toHaveLength(1);
    const text =
      comments[0]?.type === 'comment' ? comments[0].body.map((b) => (b.type === 'text' ? b.text : '')).join('') : '';
    expect(text).toContain('Xena cancelled Kit: customer withdrew');
    expect(text).toContain('Skipped: a.');
    expect(text).toContain('Stopped: Configure (active).');
    expect(text).toContain('Linked tickets closed: CS-9.');
    expect(c.commands.filter((k) => k.type === 'transition')).toEqual([
      expect.objectContaining({ issue: { key: 'CS-9' }, toStatus: 'Cancelled', resolution: "Won't do" }),
    ]);
    expect(c.run).toMatchObject({ state: 'cancelled' });
    expect(c.run?.nextDueAt).toBeUndefined();
  });
});

describe('checklist and review', () => {
  const steps = [
    {
      id: 'content',
      kind: 'task',
      name: 'Add the content',
      lane: 'partner',
      checklist: [
        { id: 'text', text: 'Service text written' },
        { id: 'tags', text: 'Tags set', lane: 'sep' },
      ],
    },
    { id: 'content-review', kind: 'review', of: 'content', dependsOn: ['content'], by: ['owner'], notify: ['am'] },
    { id: 'publish', kind: 'task', dependsOn: ['content-review'] },
  ];

  it('ticking every item finishes the task; a flag sends it back with the reason; approval goes on', () => {
    const { pb, r } = started(steps);
    const early = run(pb, panel('c', 'completeStep', { stepId: 'content' }), r, 1);
    expect(early.trace.map((t) => t.code)).toContain('task.checklist-open');
    const one = run(pb, panel('i1', 'checkItem', { stepId: 'content', item: 'text' }), r, 1).run;
    expect(one?.steps.content).toMatchObject({ status: 'active', checked: ['text'] });
    const both = run(pb, panel('i2', 'checkItem', { stepId: 'content', item: 'tags' }), one, 2).run;
    expect(both?.steps.content?.status).toBe('done');
    expect(both?.steps['content-review']?.status).toBe('active');

    const outsider = run(pb, panel('f', 'flag', { stepId: 'content-review', note: 'typo' }), both, 3);
    expect(outsider.trace.map((t) => t.code)).toContain('review.not-allowed');
    const noReason = run(pb, panel('f', 'flag', { stepId: 'content-review' }, owner), both, 3);
    expect(noReason.trace.map((t) => t.code)).toContain('review.reason-missing');
    const flagged = run(
      pb,
      panel('f', 'flag', { stepId: 'content-review', note: 'The opening hours are wrong' }, owner),
      both,
      3,
    );
    expect(flagged.run?.steps.content?.status).toBe('active');
    expect(flagged.run?.steps['content-review']).toMatchObject({
      status: 'pending',
      flags: [{ reason: 'The opening hours are wrong', byAccountId: 'acc-owner' }],
    });
    const [note] = flagged.commands.filter((c) => c.type === 'comment');
    expect(note?.type === 'comment' && note.visibility).toBe('internal');
    expect(note?.type === 'comment' && note.body[0]).toMatchObject({ type: 'mention', accountId: 'acc-am' });

    const redone = run(pb, panel('c2', 'completeStep', { stepId: 'content', note: 'fixed' }), flagged.run, 4).run;
    expect(redone?.steps['content-review']?.status).toBe('active');
    expect(redone?.steps.publish?.status).toBe('pending');
    const approved = run(pb, panel('a', 'completeStep', { stepId: 'content-review' }, owner), redone, 5).run;
    expect(approved?.steps['content-review']?.status).toBe('done');
    expect(approved?.steps.publish?.status).toBe('active');
  });
});

describe('due in business days', () => {
  it('counts on the playbook calendar from the start, at a time of day in its zone', () => {
    const pb = playbook([{ id: 't', kind: 'task', due: { businessDays: 5, at: '16:00' } }], {
      calendar: { timeZone: 'Europe/Oslo', holidays: ['2026-01-09'] },
    });
    // Monday 5 January 2026 09:00 Oslo; Friday the 9th is a holiday, so 5 business days land on Tuesday the 13th.
    const r = run(pb, created(), undefined).run;
    expect(r?.steps.t?.dueAt).toBe('2026-01-13T15:00:00.000Z');
  });
});

describe('recurring', () => {
  const pb = playbook([
    {
      id: 'check-in',
      kind: 'recurring',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', from: { days: 0 }, until: { weeks: 5 }, at: '09:00' },
      actions: [{ do: 'comment', visibility: 'public', customerFacing: true, text: 'Check-in for {{ company }}' }],
    },
  ]);

  it('plans Mon/Wed/Fri for five weeks, sends each due one once, never a burst of missed ones', () => {
    const r = run(pb, created(), undefined).run;
    expect(r?.steps['check-in']?.occurrences).toHaveLength(15);
    expect(r?.nextDueAt).toBe('2026-01-05T09:00:00.000Z');
    const first = run(pb, { id: 't1', type: 'timePassed' }, r, 2);
    expect(first.commands.filter((c) => c.type === 'comment')).toEqual([
      expect.objectContaining({ visibility: 'public', key: 'kit:SS-1/check-in/occurrence-1/0' }),
    ]);
    expect(first.run?.nextDueAt).toBe('2026-01-07T09:00:00.000Z');
    const late = run(pb, { id: 't2', type: 'timePassed' }, first.run, 4 * 24 + 4); // Friday noon: Wednesday missed
    expect(late.commands.filter((c) => c.type === 'comment')).toHaveLength(1);
    expect(late.trace.map((t) => t.code)).toContain('recurring.missed');
    expect(late.run?.steps['check-in']?.occurrencesDone).toBe(3);
    const end = run(pb, { id: 't3', type: 'timePassed' }, late.run, 6 * 7 * 24);
    expect(end.run?.state).toBe('completed');
  });
});
