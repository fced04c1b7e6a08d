// The shell around decide() against the local site in-process: how many writes, what an expected failure leaves
// behind, panel permissions, transient faults.
import { inProcessStack, S1_BODY, type InProcess } from './stack';

const BOB = 'bob@sunpower-installers.example';
const AGENT = '712020:priya-agent';
const OUTSIDER = '712020:olga-outsider';
const CHRIS = '712020:chris-config';
const APP = '557058:onboarding-playbooks-app';

let p: InProcess;
beforeEach(async () => {
  p = await inProcessStack();
});
afterEach(() => p.stack.stop());

const writes = (): string[] => p.appCalls().filter((c) => !c.startsWith('GET '));

async function appComments(key: string): Promise<string[]> {
  const r = await p.rest('GET', `/rest/api/3/issue/${key}/comment`, AGENT);
  const comments = (r.body as { comments: { author: { accountId: string }; body: unknown }[] }).comments;
  return comments.filter((c) => c.author.accountId === APP).map((c) => JSON.stringify(c.body));
}

async function toStatus(key: string, status: string, as: string): Promise<void> {
  const t = await p.rest('GET', `/rest/api/3/issue/${key}/transitions`, as);
  const id = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === status,
  )?.id;
  const r = await p.rest('POST', `/rest/api/3/issue/${key}/transitions`, as, { transition: { id } });
  expect(r.status).toBe(204);
}

test('intake: one edit request for all fields, watchers, and the run property only when the summary changed', async () => {
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  const w = writes();
  expect(w.filter((c) => c === 'PUT /rest/api/3/issue/SS-1')).toHaveLength(1);
  expect(w.filter((c) => c === 'POST /rest/api/3/issue/SS-1/watchers')).toHaveLength(2);
  // Started with the CS ticket's timeout as its next due time: that summary rides in the edit of SS-1. The CS link
  // clears the timeout: a second summary, written on its own (nothing else of SS-1 is edited then).
  expect(w.filter((c) => c.includes('/properties/onboarding-run'))).toHaveLength(1);
});

test('an event that changes nothing writes nothing', async () => {
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  const before = writes().length;
  const body = {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'noted' }] }],
  };
  await p.rest('POST', '/rest/api/3/issue/SS-1/comment', AGENT, { body });
  expect(writes()).toHaveLength(before);
});

test('a request type the site lacks: no field is edited, an internal comment says so, the run needs attention', async () => {
  const data = p.stack.site.store.data;
  data.requestTypes = data.requestTypes.filter((t) => t.name !== 'Company-specific Data Change');
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  expect(writes()).not.toContain('PUT /rest/api/3/issue/SS-1');
  const comments = await appComments('SS-1');
  expect(comments).toHaveLength(1);
  expect(comments[0]).toContain('updating the ticket fields failed');
  expect(comments[0]).toContain('Company-specific Data Change');
  const property = await p.rest('GET', '/rest/api/3/issue/SS-1/properties/onboarding-run', AGENT);
  expect((property.body as { value: { attention: string } }).value.attention).toBe('yes');
});

test('panel: an outsider is refused; an agent records the approval and CS goes back to To Do', async () => {
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  await toStatus('CS-1', 'On Hold', CHRIS);
  const act = (accountId: string, requestId: string) =>
    p.stack.runtime.invoke('panel-resolver', {
      call: { functionKey: 'act', payload: { issueKey: 'SS-1', action: 'approve', requestId } },
      context: { accountId, extension: { issue: { key: 'SS-1' } } },
    });
  expect(await act(OUTSIDER, 'r1')).toEqual(expect.objectContaining({ ok: false }) as unknown);
  expect(await act(AGENT, 'r2')).toEqual(expect.objectContaining({ ok: true }) as unknown);
  await p.stack.runtime.settle();
  const cs = await p.rest('GET', '/rest/api/3/issue/CS-1?fields=status', AGENT);
  expect((cs.body as { fields: { status: { name: string } } }).fields.status.name).toBe('To Do');
  // A double click (same request id) changes nothing more.
  const before = writes().length;
  await act(AGENT, 'r2');
  expect(writes()).toHaveLength(before);
});

test('5xx faults on the site: retries through the client and the queue still apply everything exactly once', async () => {
  p.stack.site.setFaults({ rate5xx: 0.3, seed: 3 });
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  p.stack.site.setFaults({ rate5xx: 0 });
  await p.stack.runtime.settle();
  await toStatus('CS-1', 'On Hold', CHRIS);
  const ss = await p.rest('GET', '/rest/api/3/issue/SS-1?fields=status,reporter', AGENT);
  const fields = (ss.body as { fields: { status: { name: string }; reporter: { accountId: string } } }).fields;
  expect(fields.reporter.accountId).toBe('712020:onboarding-mailbox');
  expect(fields.status.name).toBe('Waiting for support');
  const asks = (await appComments('SS-1')).filter((c) => c.includes('May we push them live?'));
  expect(asks).toHaveLength(1);
});

test('an installer unknown to the site: its organization is created, added to the SS desk, and the default manager watches', async () => {
  const body =
    '<p>Contractor Installer name: Acme Solar Ltd</p><p>Contractor Installer contact email: ops@acme-solar.example</p>';
  await p.email(BOB, 'EverBright Partner Onboarding', body);
  const desk = await p.rest('GET', '/rest/servicedeskapi/servicedesk/1/organization', AGENT);
  const names = (desk.body as { values: { name: string }[] }).values.map((o) => o.name);
  expect(names).toContain('Acme Solar Ltd');
  const ss = await p.rest('GET', '/rest/api/3/issue/SS-1?fields=customfield_10002', AGENT);
  const orgs = (ss.body as { fields: { customfield_10002: { name: string }[] } }).fields.customfield_10002;
  expect(orgs.map((o) => o.name)).toEqual(['Acme Solar Ltd']);
  const watchers = await p.rest('GET', '/rest/api/3/issue/SS-1/watchers', AGENT);
  const ids = (watchers.body as { watchers: { accountId: string }[] }).watchers.map((w) => w.accountId);
  expect(ids).toEqual(expect.arrayContaining(['712020:maria-lopez', '712020:david-ellis']));
  expect(writes().filter((c) => c === 'POST /rest/servicedeskapi/organization')).toHaveLength(1);
});
