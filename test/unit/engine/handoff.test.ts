/** Queue hand-offs: assign to a role, to whoever did a task, back to the unassigned queue; request participants. */
import { validatePlaybook } from '../../../src/domain/playbook';
import type { EngineEventInput } from '../../../src/domain/engine';
import { created, playbook, run } from './kit';

const pick: EngineEventInput = {
  id: 'p',
  type: 'panelAction',
  action: 'completeStep',
  actor: { accountId: 'acc-picker', displayName: 'Pat Picker' },
  stepId: 'pickup',
};

describe('assign and addParticipants actions', () => {
  const pb = playbook([
    {
      id: 'to-owner',
      kind: 'action',
      actions: [
        { do: 'assign', to: { role: 'owner' } },
        { do: 'addParticipants', emails: ['Contact@{{ company }}.example', 'contact@{{ company }}.example'] },
      ],
    },
    { id: 'queue', kind: 'action', dependsOn: ['to-owner'], actions: [{ do: 'assign', to: 'unassigned' }] },
    { id: 'pickup', kind: 'task', dependsOn: ['queue'] },
    { id: 'to-picker', kind: 'action', dependsOn: ['pickup'], actions: [{ do: 'assign', to: { doneBy: 'pickup' } }] },
  ]);

  it('become assign commands in order: the role, the queue, then whoever picked it up', () => {
    const d = run(pb, created(), undefined);
    expect(d.commands.filter((c) => c.type !== 'setRunSummary').map(({ key: _k, ...c }) => c)).toEqual([
      { type: 'assign', issue: { key: 'SS-1' }, accountId: 'acc-owner', stepId: 'to-owner' },
      { type: 'addParticipants', issue: { key: 'SS-1' }, emails: ['contact@acme.example'], stepId: 'to-owner' },
      { type: 'assign', issue: { key: 'SS-1' }, accountId: null, stepId: 'queue' },
    ]);
    const next = run(pb, pick, d.run, 1);
    expect(next.commands.find((c) => c.type === 'assign')).toMatchObject({ accountId: 'acc-picker' });
  });

  it('an email that does not render to an address blocks the step: nothing half-applied', () => {
    const bad = playbook([
      {
        id: 'p',
        kind: 'action',
        actions: [
          { do: 'assign', to: 'unassigned' },
          { do: 'addParticipants', emails: ['{{ company }}'] },
        ],
      },
    ]);
    const d = run(bad, created(), undefined);
    expect(d.commands.filter((c) => c.type === 'assign' || c.type === 'addParticipants')).toEqual([]);
    expect(d.run?.steps.p?.status).toBe('blocked');
    expect(d.run?.attention[0]?.message).toContain("'Acme' is not an email address");
  });
});

describe('hand-off validation', () => {
  const doc = (steps: unknown[]) => ({
    schemaVersion: 1,
    id: 'h',
    name: 'H',
    version: 1,
    match: { project: 'SS' },
    roles: { owner: { person: 'x' } },
    steps,
  });
  const codes = (steps: unknown[]) => {
    const r = validatePlaybook(doc(steps));
    return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
  };

  it.each([
    [
      [{ id: 'a', kind: 'action', actions: [{ do: 'assign', to: { role: 'nobody' } }] }],
      'steps[0].actions[0].to.role',
      'unknown_role',
    ],
    [
      [{ id: 'a', kind: 'action', actions: [{ do: 'assign', to: { doneBy: 'ghost' } }] }],
      'steps[0].actions[0].to.doneBy',
      'unknown_step',
    ],
    [
      [
        { id: 't', kind: 'task' },
        { id: 'a', kind: 'action', actions: [{ do: 'assign', to: { doneBy: 't' } }] },
      ],
      'steps[1].actions[0].to.doneBy',
      'required',
    ],
    [
      [
        { id: 'w', kind: 'wait', for: { kind: 'time', after: 'P1D' } },
        { id: 'a', kind: 'action', dependsOn: ['w'], actions: [{ do: 'assign', to: { doneBy: 'w' } }] },
      ],
      'steps[1].actions[0].to.doneBy',
      'invalid_value',
    ],
    [
      [{ id: 'a', kind: 'action', actions: [{ do: 'addParticipants', emails: ['{{ nope }}'] }] }],
      'steps[0].actions[0].emails[0]',
      'undeclared_variable',
    ],
  ])('%#: %s', (steps, path, code) => {
    expect(codes(steps)).toContainEqual([path, code]);
  });
});
