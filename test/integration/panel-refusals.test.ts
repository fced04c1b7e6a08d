// Every panel action is checked on the server against the caller's permission on the issue: refusals change nothing.
import { AGENT, OUTSIDER, CONFIG, usePanelRun } from './panel-harness';

const panel = usePanelRun();
const { invoke, view } = panel;

const code = (r: unknown) => (r as { error?: { code: string } }).error?.code;

test('someone who cannot see the issue may neither read the run nor act on it, and nothing changes', async () => {
  const before = await view();
  const comments = await panel.p.rest('GET', '/rest/api/3/issue/SS-1/comment', AGENT);
  expect(code(await invoke('getRun', OUTSIDER, { issueKey: 'SS-1' }))).toBe('FORBIDDEN');
  for (const action of ['approve', 'decline', 'customerCommunicationNeeded', 'cancel', 'startByHand'] as const)
    expect(code(await invoke('act', OUTSIDER, { issueKey: 'SS-1', action, requestId: `r-${action}` }))).toBe(
      'FORBIDDEN',
    );
  await panel.p.stack.runtime.settle();
  expect(await view()).toEqual(before);
  expect(await panel.p.rest('GET', '/rest/api/3/issue/SS-1/comment', AGENT)).toEqual(comments);
});

test('a project member who may see but not edit the issue is refused an action', async () => {
  // Priya is a member of CS: she sees CS-1 but may not edit it.
  expect(await invoke('getRun', AGENT, { issueKey: 'CS-1' })).toEqual({ ok: true, data: null });
  expect(code(await invoke('act', AGENT, { issueKey: 'CS-1', action: 'startByHand', requestId: 's1' }))).toBe(
    'FORBIDDEN',
  );
  expect(await invoke('getRun', CONFIG, { issueKey: 'CS-1' })).toEqual({ ok: true, data: null });
});

test('the run view: steps in lanes with owners, the approval asked of David, the answer by name and channel', async () => {
  const asked = await view();
  const approval = asked.steps.find((s) => s.kind === 'approval');
  expect(approval).toEqual(
    expect.objectContaining({ lane: expect.any(String) as unknown, owner: 'David Ellis', status: 'active' }),
  );
  expect(approval?.approval).toEqual(expect.objectContaining({ approver: 'David Ellis', chases: [] }));
  expect(asked.waitingOn).toContainEqual({ stepId: approval?.id, who: 'David Ellis' });
  const r = await invoke('act', AGENT, { issueKey: 'SS-1', action: 'approve', requestId: 'a1', note: 'ok by phone' });
  expect(r).toEqual(expect.objectContaining({ ok: true }));
  await panel.p.stack.runtime.settle();
  const answered = (await view()).steps.find((s) => s.id === approval?.id);
  expect(answered?.approval?.answer).toEqual(
    expect.objectContaining({ decision: 'approve', by: 'Priya Agent', channel: 'panel', note: 'ok by phone' }),
  );
  expect(answered?.why?.map((w) => w.code)).toEqual(expect.arrayContaining(['asked', 'answered.approve']));
});
