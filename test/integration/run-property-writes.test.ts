// The indexed run property is written only when what JQL reads changes (state, attention, next due time); a step
// that moves only the stage leaves it as it was, and the pages still show the new stage from the stored run.
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { USERS } from '../../local/site/seed-users';
import type { RunView } from '../../src/shared/contracts';
import { DUE_JQL } from '../../src/app/due-runs';
import { NAME_TTL_MS } from '../../src/storage/users';
import { inProcessStack, S1_BODY, type InProcess } from './stack';

const BOB = 'bob@sunpower-installers.example';
const CONFIG = '712020:chris-config';
const AGENT = '712020:priya-agent';
const HOUR = 3_600_000;

let p: InProcess;
beforeEach(async () => {
  p = await inProcessStack();
});
afterEach(() => p.stack.stop());

const panel = async (accountId: string, functionKey: string, payload: unknown): Promise<unknown> => {
  const answer = await p.stack.runtime.invoke('panel-resolver', {
    call: { functionKey, payload },
    context: { accountId },
  });
  await p.stack.runtime.settle();
  return answer;
};
const view = async (issueKey: string, as: string = USERS.optSupport): Promise<RunView> =>
  ((await panel(as, 'getRun', { issueKey })) as { data: RunView }).data;
const property = async (issueKey: string): Promise<string> =>
  JSON.stringify((await p.rest('GET', `/rest/api/3/issue/${issueKey}/properties/onboarding-run`, APP_ACCOUNT_ID)).body);
const userCalls = (accountId: string, path: string): number =>
  p.stack.site.log().filter((e) => e.kind === 'rest' && e.actor === accountId && (e.path ?? '').startsWith(path))
    .length;

/** S1 on SS-1, waiting for David's approval (the config team put CS-1 On Hold). */
async function onHold(): Promise<void> {
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  const t = await p.rest('GET', '/rest/api/3/issue/CS-1/transitions', CONFIG);
  const to = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === 'On Hold',
  );
  await p.rest('POST', '/rest/api/3/issue/CS-1/transitions', CONFIG, { transition: { id: to?.id } });
}

async function multisiteRequest(): Promise<string> {
  const created = await p.rest('POST', '/rest/servicedeskapi/request', USERS.siContact, {
    serviceDeskId: '3',
    requestTypeId: '32',
    requestFieldValues: { summary: 'Multi-site licence for Westfield Tower', description: 'Hardware key 4471-A.' },
  });
  return (created.body as { issueKey: string }).issueKey;
}

test('a click that moves only the stage leaves the property byte-identical; the panel shows the new stage', async () => {
  const key = await multisiteRequest();
  expect((await view(key)).stage).toBe('triage');
  const before = await property(key);
  expect(JSON.parse(before)).toMatchObject({ value: { state: 'active', attention: 'no' } });
  expect(before).not.toContain('stage');

  const done = (await panel(USERS.optSupport, 'act', {
    issueKey: key,
    requestId: 'r1',
    action: 'completeStep',
    stepId: 'triage',
  })) as { ok: boolean };
  expect(done.ok).toBe(true);
  expect((await view(key)).stage).not.toBe('triage');
  expect((await view(key)).steps.find((s) => s.id === 'triage')?.status).toBe('done');
  expect(await property(key)).toBe(before);
});

test('the due-runs search still finds a run when its next due time has come, and the chase reaches it', async () => {
  await onHold();
  const due = (JSON.parse(await property('SS-1')) as { value: { nextDueAt?: string } }).value.nextDueAt;
  expect(due).toBeDefined();
  const search = async (): Promise<string[]> => {
    const r = await p.rest('POST', '/rest/api/3/search/jql', APP_ACCOUNT_ID, { jql: DUE_JQL, fields: ['summary'] });
    return (r.body as { issues: { key: string }[] }).issues.map((i) => i.key);
  };
  expect(await search()).toEqual([]);
  p.stack.clock.set(new Date(Date.parse(due ?? '') + 1000));
  expect(await search()).toEqual(['SS-1']);
  await p.stack.runtime.advance(HOUR);
  expect((await view('SS-1', AGENT)).steps.find((s) => s.approval)?.approval?.chases).toHaveLength(1);
});

test('a click by someone in the people directory records their name with no Jira read of it', async () => {
  const key = await multisiteRequest();
  const done = await panel(USERS.optSupport, 'act', {
    issueKey: key,
    requestId: 'r1',
    action: 'completeStep',
    stepId: 'triage',
  });
  expect((done as { ok: boolean }).ok).toBe(true);
  expect(userCalls(USERS.optSupport, '/rest/api/3/mypermissions')).toBe(1);
  expect(userCalls(USERS.optSupport, '/rest/api/3/user?')).toBe(0);
  const trace = (await panel(USERS.optSupport, 'getTrace', { issueKey: key })) as { data: unknown };
  expect(JSON.stringify(trace.data)).toContain('Sam Support');
});

test("anyone else's display name is read from Jira once a day, however often they click; permission every click", async () => {
  await onHold();
  const approve = (requestId: string) =>
    panel(AGENT, 'act', { issueKey: 'SS-1', action: 'approve', requestId }) as Promise<{ ok: boolean }>;
  expect((await approve('r1')).ok).toBe(true);
  await approve('r2');
  expect(userCalls(AGENT, '/rest/api/3/mypermissions')).toBe(2);
  expect(userCalls(AGENT, '/rest/api/3/user?')).toBe(1);
  const approval = (await view('SS-1', AGENT)).steps.find((s) => s.approval)?.approval;
  expect(approval?.answer?.by).toBe('Priya Agent');

  await p.stack.runtime.advance(NAME_TTL_MS);
  const asked = userCalls(AGENT, '/rest/api/3/mypermissions');
  await approve('r3');
  expect(userCalls(AGENT, '/rest/api/3/mypermissions')).toBe(asked + 1);
  expect(userCalls(AGENT, '/rest/api/3/user?')).toBe(2);
});
