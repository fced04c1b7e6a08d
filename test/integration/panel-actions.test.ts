// The panel's step actions: validated at the resolver, refused by the engine with a stable code, run unchanged.
import { AGENT, OUTSIDER, usePanelRun } from './panel-harness';

const panel = usePanelRun();
const { invoke, view } = panel;

type Failed = { ok: false; error: { code: string; reason?: string; message: string } };

test('a step action missing the field it needs is an invalid request, naming the field', async () => {
  const cases = [
    [{ action: 'completeStep' }, 'stepId'],
    [{ action: 'decide', stepId: 'x' }, 'value'],
    [{ action: 'signOff', stepId: 'x' }, 'party'],
    [{ action: 'waive', stepId: 'x', party: '  ' }, 'party'],
    [{ action: 'checkItem', stepId: 'x' }, 'item'],
  ] as const;
  for (const [fields, missing] of cases) {
    const r = (await invoke('act', AGENT, { issueKey: 'SS-1', requestId: 'r1', ...fields })) as Failed;
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('INVALID_REQUEST');
    expect(r.error.message).toContain(missing);
  }
  const unknown = (await invoke('act', AGENT, {
    issueKey: 'SS-1',
    requestId: 'r2',
    action: 'completeStep',
    stepId: 'a',
    extra: 1,
  })) as Failed;
  expect(unknown.error.code).toBe('INVALID_REQUEST');
});

test('the engine refusing a step action answers REFUSED with its trace code, and nothing changes', async () => {
  const before = await view();
  const comments = await panel.p.rest('GET', '/rest/api/3/issue/SS-1/comment', AGENT);
  const approval = before.steps.find((s) => s.kind === 'approval');
  expect(approval?.status).toBe('active');
  const attempts = [
    { action: 'completeStep', stepId: approval?.id },
    { action: 'signOff', stepId: 'no-such-step', party: 'vendor' },
    { action: 'decide', stepId: approval?.id, value: 'yes' },
    { action: 'checkItem', stepId: 'intake', item: 'a' },
  ];
  for (const [i, fields] of attempts.entries()) {
    const r = (await invoke('act', AGENT, { issueKey: 'SS-1', requestId: `x${i}`, ...fields })) as Failed;
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'REFUSED',
        reason: 'panel.no-such-step',
        message: expect.stringContaining(fields.action) as unknown,
      },
    });
  }
  await panel.p.stack.runtime.settle();
  expect(await view()).toEqual(before);
  expect(await panel.p.rest('GET', '/rest/api/3/issue/SS-1/comment', AGENT)).toEqual(comments);
});

test('step actions need the right to edit the issue, checked before the engine sees them', async () => {
  const r = (await invoke('act', OUTSIDER, {
    issueKey: 'SS-1',
    requestId: 'o1',
    action: 'signOff',
    stepId: 'verification',
    party: 'digipost',
  })) as Failed;
  expect(r.error.code).toBe('FORBIDDEN');
});

test('the actions the panel had before still answer success', async () => {
  const r = await invoke('act', AGENT, { issueKey: 'SS-1', action: 'approve', requestId: 'a1' });
  expect(r).toEqual(expect.objectContaining({ ok: true }));
});
