// An approver who cannot answer (Jira account deactivated): the fallback is asked at once, with the reason on the
// ticket, and the approver is never chased. Pure decide() calls, no mocks.
import type { Command, EngineEventInput, Run } from '../../src/domain/engine';
import { peopleNudged, runSchema, textOf } from '../../src/domain/engine';
import { created, playbook, run } from '../unit/engine/kit';

const DEACTIVATED = 'their Jira account is deactivated';
const gone = (accountId: string, id = `unavailable:${accountId}`): EngineEventInput => ({
  id,
  type: 'approverUnavailable',
  accountId,
  reason: DEACTIVATED,
});
const tick = (id: string): EngineEventInput => ({ id, type: 'timePassed' });
const task = { id: 'prep', kind: 'task', name: 'Prepare' };
const approval = (over: Record<string, unknown> = {}) => ({
  id: 'ok',
  kind: 'approval',
  approver: 'owner',
  fallback: 'am',
  question: 'May {{ company }} go live?',
  chase: { firstAfter: 'PT24H', every: 'PT24H', max: 2, text: 'Reminder', escalate: { text: 'Escalated' } },
  answers: { comment: { approve: ['approve'], decline: ['decline'] } },
  ...over,
});
const mentions = (commands: readonly Command[]): string[] =>
  commands.flatMap((c) =>
    c.type === 'comment' ? c.body.flatMap((s) => (s.type === 'mention' ? [s.accountId] : [])) : [],
  );
const comments = (commands: readonly Command[]) => commands.filter((c) => c.type === 'comment');

function asked(steps: unknown[] = [approval()]): Run {
  const r = run(playbook(steps), created(), undefined).run;
  if (!r) throw new Error('no run');
  return r;
}

describe('approverUnavailable while the approval waits', () => {
  const pb = playbook([approval()]);
  const before = asked();
  const d = run(pb, gone('acc-owner'), before, 1);

  it('asks the fallback at once in an internal comment that says why', () => {
    const said = comments(d.commands);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ visibility: 'internal', key: 'kit:SS-1/ok/unavailable/0' });
    expect(mentions(d.commands)).toEqual(['acc-am']);
    const text = said[0]?.type === 'comment' ? textOf(said[0].body) : '';
    expect(text).toContain(`Olive Owner cannot answer this approval: ${DEACTIVATED}`);
    expect(text).toContain('May Acme go live?');
  });

  it('stops the chases, records the escalation and why, and needs attention', () => {
    const a = d.run?.steps.ok?.approval;
    expect(a?.escalatedAt).toBe('2026-01-05T09:00:00.000Z');
    expect(a?.nextChaseAt).toBeUndefined();
    expect(d.run?.unavailable).toEqual({ 'acc-owner': { reason: DEACTIVATED, at: '2026-01-05T09:00:00.000Z' } });
    expect(d.run?.attention.map((x) => [x.code, x.stepId])).toEqual([['approver.unavailable', 'ok']]);
    expect(d.run?.nextDueAt).toBeUndefined();
    expect(runSchema.parse(JSON.parse(JSON.stringify(d.run)))).toEqual(d.run);
  });

  it('never chases the approver afterwards', () => {
    let r = d.run;
    for (const h of [24, 48, 72, 96]) {
      const later = run(pb, tick(`t${h}`), r, h);
      expect(mentions(later.commands)).not.toContain('acc-owner');
      expect(comments(later.commands)).toEqual([]);
      r = later.run;
    }
    expect(r?.steps.ok?.approval?.chases).toEqual([]);
  });

  it('the same news again changes nothing', () => {
    const again = run(pb, gone('acc-owner', 'unavailable:again'), d.run, 2);
    expect(again.commands).toEqual([]);
    expect(again.run).toBe(d.run);
  });

  it("the fallback's answer approves and settles the attention", () => {
    const answered = run(
      pb,
      {
        id: 'c1',
        type: 'commentAdded',
        issueKey: 'SS-1',
        author: { accountId: 'acc-am' },
        text: 'approve',
        visibility: 'internal',
      },
      d.run,
      3,
    );
    expect(answered.run?.steps.ok?.status).toBe('done');
    expect(answered.run?.attention).toEqual([]);
  });
});

describe('approverUnavailable before the approval is asked', () => {
  const pb = playbook([task, approval({ dependsOn: ['prep'] })]);
  const known = run(pb, gone('acc-owner'), asked([task, approval({ dependsOn: ['prep'] })]), 1);
  const done = run(
    pb,
    { id: 'p1', type: 'panelAction', action: 'completeStep', stepId: 'prep', actor: { accountId: 'acc-x' } },
    known.run,
    2,
  );

  it('is remembered, and changes nothing on the ticket yet', () => {
    expect(known.commands.filter((c) => c.type === 'comment')).toEqual([]);
    expect(known.run?.unavailable?.['acc-owner']?.reason).toBe(DEACTIVATED);
  });

  it('then the question goes to the fallback only: the approver is never mentioned', () => {
    expect(done.run?.steps.ok?.status).toBe('active');
    expect(mentions(done.commands)).toEqual(['acc-am']);
    expect(done.commands.some((c) => c.key.endsWith('/ok/ask/0'))).toBe(false);
    expect(done.run?.steps.ok?.approval?.escalatedAt).toBe('2026-01-05T10:00:00.000Z');
  });
});

describe('nobody left to ask', () => {
  it('without a fallback: one internal note and attention; no chases', () => {
    const alone = approval({
      fallback: undefined,
      chase: { firstAfter: 'PT24H', every: 'PT24H', max: 2, text: 'Reminder' },
    });
    const pb = playbook([alone]);
    const d = run(pb, gone('acc-owner'), asked([alone]), 1);
    expect(mentions(d.commands)).toEqual([]);
    const note = comments(d.commands)[0];
    expect(note?.type === 'comment' && textOf(note.body)).toContain('There is nobody else to ask');
    expect(d.run?.attention.map((a) => a.code)).toEqual(['approval.unavailable']);
    expect(run(pb, tick('t24'), d.run, 24).commands).toEqual([]);
  });

  it('a fallback already asked who is deactivated too: attention, and a panel answer still settles it', () => {
    const pb = playbook([approval()]);
    const first = run(pb, gone('acc-owner'), asked(), 1).run;
    const both = run(pb, gone('acc-am'), first, 2);
    expect(mentions(both.commands)).toEqual([]);
    expect(both.run?.attention.map((a) => a.code).sort()).toEqual(['approval.unavailable', 'approver.unavailable']);
    const panel = run(
      pb,
      { id: 'p', type: 'panelAction', action: 'approve', actor: { accountId: 'acc-x', displayName: 'Agent' } },
      both.run,
      3,
    );
    expect(panel.run?.steps.ok?.status).toBe('done');
    expect(panel.run?.attention).toEqual([]);
  });

  it('someone who holds no role in the run changes nothing', () => {
    const r = asked();
    const d = run(playbook([approval()]), gone('acc-stranger'), r, 1);
    expect(d.commands).toEqual([]);
    expect(d.run).toBe(r);
  });
});

describe('peopleNudged: whom the shell checks after a decision', () => {
  const pb = playbook([approval()]);
  it('the approver when asked or chased, the fallback when escalated to; nobody on an idle tick', () => {
    const start = run(pb, created(), undefined);
    expect(peopleNudged(undefined, start.run)).toEqual(['acc-owner']);
    const chased = run(pb, tick('t24'), start.run, 24);
    expect(peopleNudged(start.run, chased.run)).toEqual(['acc-owner']);
    const idle = run(pb, tick('t25'), chased.run, 25);
    expect(peopleNudged(chased.run, idle.run)).toEqual([]);
    const second = run(pb, tick('t48'), chased.run, 48).run;
    const escalated = run(pb, tick('t72'), second, 72);
    expect(escalated.run?.steps.ok?.approval?.escalatedAt).toBeDefined();
    expect(peopleNudged(second, escalated.run)).toEqual(['acc-am']);
  });

  it('leaves out people already known unavailable', () => {
    const d = run(pb, gone('acc-owner'), asked(), 1);
    expect(peopleNudged(asked(), d.run)).toEqual(['acc-am']);
    const both = run(pb, gone('acc-am'), d.run, 2);
    expect(peopleNudged(d.run, both.run)).toEqual([]);
  });
});
