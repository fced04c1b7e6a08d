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
