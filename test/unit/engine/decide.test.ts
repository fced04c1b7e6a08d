import { runSchema } from '../../../src/domain/engine';
import { at, created, ctx, playbook, run } from './kit';

const say = (id: string, dependsOn: string[] = []) => ({
  id,
  kind: 'action',
  dependsOn,
  actions: [{ do: 'comment', mentions: ['am'], text: '{{ company }} at {{ issue.key }}' }],
});

describe('decide: starting and advancing', () => {
  it('runs independent steps at once and dependent ones in order, then completes', () => {
    const pb = playbook([say('a'), say('b', ['a']), say('c')]);
    const d = run(pb, created(), undefined);
    expect(d.commands.map((c) => c.key)).toEqual([
      'kit:SS-1/a/0',
      'kit:SS-1/b/0',
      'kit:SS-1/c/0',
      'kit:SS-1/summary/e-created/0',
    ]);
    expect(d.run).toMatchObject({ state: 'completed', stage: 'done', playbookVersion: 3 });
  });

  it('keeps runs serialisable: the run survives JSON and its schema unchanged', () => {
    const pb = playbook([say('a'), { id: 'w', kind: 'wait', dependsOn: ['a'], for: { kind: 'time', after: 'PT2H' } }]);
    const r = run(pb, created(), undefined).run;
    expect(runSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(JSON.stringify(r).length).toBeLessThan(2000);
  });

  it('a role falls back to another role when its table has no entry and no default', () => {
    const d = run(playbook([say('a')]), created('Unknown Co'), undefined);
    expect(d.run?.roles.am?.accountId).toBe('acc-owner');
    expect(d.trace.map((t) => t.code)).toContain('role.fallback');
  });

  it('a person missing from the directory: one note, needs attention, nothing applied', () => {
    const pb = playbook([say('a')]);
    const d = run(pb, created(), undefined, 0, { ...ctx, directory: { people: {}, tables: {} } });
    expect(d.commands.map((c) => c.type)).toEqual(['comment', 'setRunSummary']);
    expect(d.run?.attention.map((a) => a.code)).toEqual(['role.unresolved']);
    expect(d.run?.steps.a?.status).toBe('pending');
  });

  it('refuses a run of another playbook version, and ignores finished runs', () => {
    const pb = playbook([{ id: 'w', kind: 'wait', for: { kind: 'time', after: 'PT1H' } }]);
    const r = run(pb, created(), undefined).run;
    const v4 = { ...pb, version: 4 };
    expect(run(v4, { id: 't', type: 'timePassed' }, r, 2).trace[0]?.code).toBe('run.wrong-playbook');
    const cancelled = run(pb, { id: 'p', type: 'panelAction', action: 'cancel', actor: { accountId: 'u' } }, r, 1);
    expect(cancelled.run).toMatchObject({ state: 'cancelled' });
    expect(cancelled.run?.nextDueAt).toBeUndefined();
    expect(run(pb, { id: 't', type: 'timePassed' }, cancelled.run, 2).trace[0]?.code).toBe('run.inactive');
  });

  it('an agent can start a run by hand on a ticket no playbook matched', () => {
    const issue = { key: 'SS-2', project: 'SS', summary: 'Fwd: onboarding', description: 'Company: Acme' };
    const by = {
      id: 'p',
      type: 'panelAction' as const,
      action: 'startByHand' as const,
      actor: { accountId: 'u' },
      issue,
    };
    const d = run(playbook([say('a')]), by, undefined);
    expect(d.run).toMatchObject({ id: 'kit:SS-2', issueKey: 'SS-2', state: 'completed' });
    expect(d.trace[0]?.message).toContain('started by hand');
  });

  it('events for a ticket without a run start nothing unless they start one', () => {
    const pb = playbook([say('a')]);
    expect(run(pb, { id: 't', type: 'timePassed' }, undefined)).toEqual({
      run: undefined,
      commands: [],
      trace: [expect.objectContaining({ code: 'run.none' })],
    });
  });
});

describe('decide: waits', () => {
  it('a time wait ends when its time has passed', () => {
    const pb = playbook([{ id: 'w', kind: 'wait', for: { kind: 'time', after: 'PT2H' } }, say('after', ['w'])]);
    const r = run(pb, created(), undefined).run;
    expect(r?.nextDueAt).toBe(at(2).toISOString());
    expect(run(pb, { id: 't1', type: 'timePassed' }, r, 1).run).toBe(r);
    expect(run(pb, { id: 't2', type: 'timePassed' }, r, 2).run?.state).toBe('completed');
  });

  it('waits for a field value and a status on the run’s own ticket', () => {
    const pb = playbook([
      { id: 'f', kind: 'wait', for: { kind: 'field', field: 'Go', equals: 'Yes' } },
      { id: 's', kind: 'wait', dependsOn: ['f'], for: { kind: 'status', is: ['Done', 'Closed'] } },
    ]);
    let r = run(pb, created(), undefined).run;
    const upd = (id: string, field: string, to: string) => ({
      id,
      type: 'ticketUpdated' as const,
      issue: { key: 'SS-1', project: 'SS' },
      items: [{ field, to }],
    });
    r = run(pb, upd('u1', 'Go', 'yes'), r, 1).run;
    expect(r?.steps.f?.status).toBe('done');
    r = run(pb, upd('u2', 'status', 'Closed'), r, 2).run;
    expect(r?.state).toBe('completed');
  });

  it('creates and links the ticket itself when the wait says so', () => {
    const pb = playbook([
      {
        id: 'cs',
        kind: 'wait',
        for: {
          kind: 'linkedIssue',
          project: 'CS',
          create: { enabled: true, issueType: 'Task', summary: 'Configure {{ company }}' },
        },
      },
    ]);
    const d = run(pb, created(), undefined);
    expect(d.commands[0]).toMatchObject({
      type: 'createIssue',
      project: 'CS',
      summary: 'Configure Acme',
      link: { type: 'Relates', direction: 'outward', to: { key: 'SS-1' } },
    });
    expect(d.run?.state).toBe('completed');
  });

  it('refers to a linked ticket by key once seen, by project before', () => {
    const move = { do: 'transition', issue: { linked: { project: 'CS' } }, to: 'To Do' };
    const pb = playbook([{ id: 'go', kind: 'action', actions: [move] }]);
    expect(run(pb, created(), undefined).commands[0]).toMatchObject({ issue: { linkedInProject: 'CS', of: 'SS-1' } });
  });

  it('re-reads the intake when the description is fixed', () => {
    const pb = playbook([say('a')]);
    const r = run(pb, created('', 'nothing here'), undefined).run;
    expect(r?.attention.map((a) => a.code)).toEqual(['intake.invalid']);
    const fix = {
      id: 'u',
      type: 'ticketUpdated' as const,
      issue: { key: 'SS-1', project: 'SS' },
      items: [{ field: 'description', to: 'Company: Acme' }],
    };
    expect(run(pb, fix, r, 1).run).toMatchObject({ state: 'completed', attention: [] });
  });
});

describe('decide: blocked steps', () => {
  it('a step that cannot be applied is blocked with attention, and a retry by hand tries it again', () => {
    const pb = playbook(
      [{ id: 'org', kind: 'action', actions: [{ do: 'setFields', organization: { name: '{{ company }}' } }] }],
      { intake: [{ name: 'company', label: 'Company', type: 'text', required: false }] },
    );
    const d = run(pb, created('', 'no company given'), undefined);
    expect(d.commands.map((c) => c.type)).toEqual(['setRunSummary']);
    expect(d.run?.steps.org?.status).toBe('blocked');
    expect(d.run?.attention).toEqual([expect.objectContaining({ code: 'step.blocked', stepId: 'org' })]);
    const retry = run(pb, { id: 'p', type: 'panelAction', action: 'startByHand', actor: { accountId: 'u' } }, d.run, 1);
    expect(retry.trace.map((t) => t.code)).toContain('step.retry');
    expect(retry.run?.attention).toHaveLength(1);
  });
});
