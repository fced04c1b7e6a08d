// S3's multi-site licence request over HTTP: the customer raises it, support confirms it, sales decides; yes: back to
// the unassigned queue, support picks it up, sets the key up, the client is told once; no: closed as Won't Do.
import type { RunView } from '../../src/shared/contracts';
import { adfText } from './stack-harness';
import { startStack, type E2E } from './stack-harness';

const SALLY = '712020:sally-sales';
const SAM = '712020:sam-support';
const IAN = 'ian@bright-si.example';
const APP = '557058:onboarding-playbooks-app';

let e2e: E2E;
let requests = 0;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterEach(() => e2e.close());

const invoke = async (accountId: string, functionKey: string, payload: unknown) => {
  const r = await e2e.stack.runtime.invoke('panel-resolver', {
    call: { functionKey, payload },
    context: { accountId },
  });
  await e2e.control('/local/settle');
  return r as { ok: boolean; data?: unknown; error?: { code: string; reason?: string } };
};
const act = (as: string, payload: Record<string, unknown>) =>
  invoke(as, 'act', { requestId: `m${++requests}`, ...payload });
const view = async (key: string) => (await invoke(SAM, 'getRun', { issueKey: key })).data as RunView | null;
const status = async (key: string, id: string) => (await view(key))?.steps.find((s) => s.id === id)?.status;
const ticket = (key: string) =>
  e2e.get<{
    fields: { status: { name: string }; resolution: { name: string } | null; assignee: { accountId: string } | null };
  }>(`/rest/api/3/issue/${key}`, 'support@optergy.example');
const comments = async (key: string) =>
  (
    await e2e.get<{ comments: { body: unknown; jsdPublic?: boolean; author: { accountId: string } }[] }>(
      `/rest/api/3/issue/${key}/comment?maxResults=100`,
      'support@optergy.example',
    )
  ).comments.map((c) => ({ ...c, text: adfText(c.body) }));
const outbox = async (key: string) =>
  (
    await e2e.get<{ messages: { kind: string; issueKey: string; to: string; text: string }[] }>('/local/outbox')
  ).messages.filter((m) => m.kind === 'public-comment' && m.issueKey === key);

async function multiSiteRequest(): Promise<string> {
  const r = await e2e.call('POST', '/rest/servicedeskapi/request', {
    as: IAN,
    body: {
      serviceDeskId: '3',
      requestTypeId: '32',
      requestFieldValues: {
        summary: 'Multi-site licence for Westfield Tower and Westfield Annex',
        description: 'Two buildings for the same owner; hardware key 4471-A; second SI Harbour Controls.',
      },
    },
  });
  expect(r.status).toBe(201);
  await e2e.control('/local/settle');
  return (r.body as { issueKey: string }).issueKey;
}

test('yes: sales tagged, back to the unassigned queue, support picks it up, the client is told once, resolved', async () => {
  const key = await multiSiteRequest();
  expect((await view(key))?.playbookId).toBe('optergy-multisite-licence');
  expect((await ticket(key)).fields.assignee).toBeNull();
  expect((await act(SAM, { issueKey: key, action: 'completeStep', stepId: 'triage' })).ok).toBe(true);
  expect((await ticket(key)).fields.assignee?.accountId).toBe(SALLY);
  const tagged = (await comments(key)).find(
    (c) => c.author.accountId === APP && c.text.includes('multi-site licence request'),
  );
  expect(tagged?.jsdPublic).toBe(false);
  expect((await act(SALLY, { issueKey: key, action: 'decide', stepId: 'sales-decision', value: 'yes' })).ok).toBe(true);
  expect((await ticket(key)).fields.assignee).toBeNull();
  expect((await act(SAM, { issueKey: key, action: 'completeStep', stepId: 'support-pickup' })).ok).toBe(true);
  expect((await ticket(key)).fields.assignee?.accountId).toBe(SAM);
  expect((await act(SAM, { issueKey: key, action: 'completeStep', stepId: 'hardware-key' })).ok).toBe(true);
  const bare = await act(SAM, { issueKey: key, action: 'completeStep', stepId: 'licence-visible' });
  expect(bare.error?.reason).toBe('task.evidence-missing');
  expect(await outbox(key)).toEqual([]);
  const seen = await act(SAM, {
    issueKey: key,
    action: 'completeStep',
    stepId: 'licence-visible',
    note: 'Logged in to CV as Harbour Controls: key 4471-A and the licence are visible',
  });
  expect(seen.ok).toBe(true);
  const told = await outbox(key);
  expect(told).toHaveLength(1);
  expect(told[0]?.to).toBe(IAN);
  const done = await ticket(key);
  expect(done.fields.status.name).toBe('Resolved');
  expect(done.fields.resolution?.name).toBe('Done');
});

test("no: closed as Won't Do, no customer message", async () => {
  const key = await multiSiteRequest();
  await act(SAM, { issueKey: key, action: 'completeStep', stepId: 'triage' });
  const refused = await act(SAM, { issueKey: key, action: 'decide', stepId: 'sales-decision', value: 'no' });
  expect(refused.error?.reason).toBe('decision.not-allowed');
  expect((await act(SALLY, { issueKey: key, action: 'decide', stepId: 'sales-decision', value: 'no' })).ok).toBe(true);
  const closed = await ticket(key);
  expect(closed.fields.status.name).toBe('Closed');
  expect(closed.fields.resolution?.name).toBe("Won't Do");
  expect(await status(key, 'support-pickup')).not.toBe('active');
  expect(await outbox(key)).toEqual([]);
});
