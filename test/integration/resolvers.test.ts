// Resolvers and Automation actions through the local runtime, as the panel, the admin page and Automation call them.
import { inProcessStack, S1_BODY, type InProcess } from './stack';

const BOB = 'bob@sunpower-installers.example';
const AGENT = '712020:priya-agent';
const ADMIN = '712020:site-admin';
const APP = '557058:onboarding-playbooks-app';

let p: InProcess;
beforeEach(async () => {
  p = await inProcessStack();
});
afterEach(() => p.stack.stop());

const invoke = (fn: string, functionKey: string, accountId: string, payload: unknown) =>
  p.stack.runtime.invoke(fn, { call: { functionKey, payload }, context: { accountId } });

async function appCommentBodies(key: string): Promise<string[]> {
  const r = await p.rest('GET', `/rest/api/3/issue/${key}/comment`, AGENT);
  const comments = (r.body as { comments: { author: { accountId: string }; body: unknown }[] }).comments;
  return comments.filter((c) => c.author.accountId === APP).map((c) => JSON.stringify(c.body));
}

test('the panel shows the run and raises "customer communication needed" as an internal note', async () => {
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  const view = (await invoke('panel-resolver', 'getRun', AGENT, { issueKey: 'SS-1' })) as {
    ok: boolean;
    data: { stage: string; steps: { id: string; status: string }[] };
  };
  expect(view.ok).toBe(true);
  expect(view.data.steps.find((s) => s.id === 'intake')?.status).toBe('done');
  const act = await invoke('panel-resolver', 'act', AGENT, {
    issueKey: 'SS-1',
    action: 'customerCommunicationNeeded',
    requestId: 'c1',
  });
  expect(act).toEqual(expect.objectContaining({ ok: true }) as unknown);
  await p.stack.runtime.settle();
  const notes = (await appCommentBodies('SS-1')).filter((b) => b.includes('Customer communication is needed'));
  expect(notes).toHaveLength(1);
  expect(notes[0]).toContain('712020:ken-watanabe');
  expect(notes[0]).toContain('712020:david-ellis');
});

test('a bad request is refused with INVALID_REQUEST, before anything is read', async () => {
  const r = await invoke('panel-resolver', 'act', AGENT, { issueKey: 'SS-1', action: 'launch', requestId: 'x' });
  expect((r as { error?: { code: string } }).error?.code).toBe('INVALID_REQUEST');
});

test('admin resolvers: refused for an agent; for an admin the Slack secret comes back masked', async () => {
  const refused = await invoke('admin-resolver', 'getSlack', AGENT, {});
  expect(refused).toEqual(expect.objectContaining({ ok: false }) as unknown);
  const slack = (await invoke('admin-resolver', 'getSlack', ADMIN, {})) as { ok: boolean; data: unknown };
  expect(slack.ok).toBe(true);
  expect(JSON.stringify(slack.data)).not.toContain('hooks.slack.com');
  expect(slack.data).toEqual({ configured: true, hint: '…cret' });
  const list = (await invoke('admin-resolver', 'listPlaybooks', ADMIN, {})) as { data: { id: string }[] };
  expect(list.data.map((h) => h.id)).toContain('everbright-partner-onboarding');
});

test('an Automation action records the approval: CS goes back to To Do', async () => {
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  const t = await p.rest('GET', '/rest/api/3/issue/CS-1/transitions', '712020:chris-config');
  const onHold = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === 'On Hold',
  );
  await p.rest('POST', '/rest/api/3/issue/CS-1/transitions', '712020:chris-config', { transition: { id: onHold?.id } });
  const { handleAutomationAction } = await import('../../src/index');
  const result = await handleAutomationAction({ inputs: { issueKey: 'SS-1', decision: 'approve', note: 'via rule' } });
  expect(result.ok).toBe(true);
  await p.stack.runtime.settle();
  const cs = await p.rest('GET', '/rest/api/3/issue/CS-1?fields=status', AGENT);
  expect((cs.body as { fields: { status: { name: string } } }).fields.status.name).toBe('To Do');
});
