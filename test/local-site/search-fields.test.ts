// JQL over HTTP on JSM's own fields: request participants (a user field), the request type (an option by name,
// also as "Customer Request Type"), the manifest's property aliases, and keys that do not exist.
import { AGENT, at, items, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const TOM = 'tom@goeverbright.com';

async function raise(summary: string, requestTypeId: string, participants: string[] = []): Promise<string> {
  const res = await h.call('POST', '/rest/servicedeskapi/request', {
    as: AGENT,
    body: {
      serviceDeskId: '1',
      requestTypeId,
      requestFieldValues: { summary, description: summary },
      ...(participants.length ? { requestParticipants: participants } : {}),
    },
  });
  expect(res.status).toBe(201);
  return String(at(res.body, 'issueKey'));
}

async function keys(jql: string, as = AGENT): Promise<string[]> {
  const res = await h.call('POST', '/rest/api/3/search/jql', { as, body: { jql, fields: ['summary'] } });
  expect(res.status).toBe(200);
  return items(res.body, 'issues')
    .map((i) => String(at(i, 'key')))
    .sort();
}

async function refusal(jql: string): Promise<unknown> {
  const res = await h.call('POST', '/rest/api/3/search/jql', { as: AGENT, body: { jql } });
  expect(res.status).toBe(400);
  return at(res.body, 'errorMessages');
}

let withTom: string;
let problem: string;
let plain: string;
beforeAll(async () => {
  await h.call('POST', '/local/reset', { body: {} });
  withTom = await raise('Data change for Acme', '2', [TOM]);
  problem = await raise('Portal is down', '3');
  plain = await raise('Another data change', '2');
});

test('"Request participants" = currentUser() finds the requests the searcher takes part in', async () => {
  expect(await keys('"Request participants" = currentUser()', TOM)).toEqual([withTom]);
  expect(await keys('"Request participants" = currentUser()')).toEqual([]);
  expect(await keys('"Request participants" = "712020:tom-support"')).toEqual([withTom]);
  expect(await keys('project = SS AND "Request participants" IS EMPTY')).toEqual([problem, plain].sort());
});

test('an unknown account in a user field is refused', async () => {
  expect(await refusal('"Request participants" = "no-such-account"')).toEqual([
    expect.stringContaining('no-such-account'),
  ]);
});

test('the request type is searched by name, any case, also as "Customer Request Type"', async () => {
  expect(await keys('"Request Type" = "Company-specific Data Change"')).toEqual([withTom, plain].sort());
  expect(await keys('"Customer Request Type" = "report a problem"')).toEqual([problem]);
  expect(await keys('"Customer Request Type" IN ("Report a problem", "Emailed request")')).toEqual([problem]);
  expect(await keys('project = SS AND "Request Type" != "Report a problem"')).toEqual([withTom, plain].sort());
});

test('a request type name the site does not have is refused as Jira refuses an unknown option', async () => {
  expect(await refusal('"Customer Request Type" = "Order pizza"')).toEqual([expect.stringContaining('Order pizza')]);
});

test('key in (...) naming an issue that does not exist is refused, as Jira does', async () => {
  expect(await keys(`key in (${withTom}, ${problem})`)).toEqual([withTom, problem].sort());
  expect(await refusal(`key in (${withTom}, SS-999)`)).toEqual([expect.stringContaining('SS-999')]);
});

test('the manifest’s search aliases and indexed property paths answer', async () => {
  const put = await h.call('PUT', `/rest/api/3/issue/${plain}/properties/onboarding-run`, {
    as: AGENT,
    body: { playbook: 's1', state: 'active', nextDueAt: '2026-03-05T09:00:00.000Z' },
  });
  expect(put.status).toBe(201);
  expect(await keys('onboardingState = active')).toEqual([plain]);
  expect(await keys('issue.property[onboarding-run].playbook = s1')).toEqual([plain]);
  expect(await keys('onboardingNextDue < "2026-03-06"')).toEqual([plain]);
});
