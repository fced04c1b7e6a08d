import { adf, AGENT, at, CUSTOMER, items, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.site.reset());
afterEach(() => expect(h.site.specViolations()).toEqual([]));

async function customerRequest(): Promise<string> {
  const res = await h.call('POST', '/rest/servicedeskapi/request', {
    as: CUSTOMER,
    body: {
      serviceDeskId: '1',
      requestTypeId: '2',
      requestFieldValues: { summary: 'Change my data', description: 'x' },
    },
  });
  expect(res.status).toBe(201);
  return String(at(res.body, 'issueKey'));
}

test('a customer never sees an internal comment; agents see both', async () => {
  const key = await customerRequest();
  await h.call('POST', `/rest/api/3/issue/${key}/comment`, {
    as: AGENT,
    body: { body: adf('secret'), properties: [{ key: 'sd.public.comment', value: { internal: true } }] },
  });
  await h.call('POST', `/rest/servicedeskapi/request/${key}/comment`, {
    as: AGENT,
    body: { body: 'hello', public: true },
  });
  const asCustomer = await h.call('GET', `/rest/servicedeskapi/request/${key}/comment`, { as: CUSTOMER });
  expect(items(asCustomer.body, 'values').map((c) => at(c, 'body'))).toEqual(['hello']);
  const asAgent = await h.call('GET', `/rest/servicedeskapi/request/${key}/comment`, { as: AGENT });
  expect(items(asAgent.body, 'values').map((c) => [at(c, 'body'), at(c, 'public')])).toEqual([
    ['secret', false],
    ['hello', true],
  ]);
  const internalByCustomer = await h.call('POST', `/rest/servicedeskapi/request/${key}/comment`, {
    as: CUSTOMER,
    body: { body: 'x', public: false },
  });
  expect(internalByCustomer.status).toBe(403);
});

test('public comments notify reporter and participants, internal ones nobody', async () => {
  const key = await customerRequest();
  await h.call('POST', `/rest/servicedeskapi/request/${key}/participant`, {
    as: AGENT,
    body: { accountIds: ['qm:customer:ian-brightsi'] },
  });
  const before = h.site.outbox().length;
  await h.call('POST', `/rest/api/3/issue/${key}/comment`, {
    as: AGENT,
    body: { body: adf('internal'), properties: [{ key: 'sd.public.comment', value: { internal: true } }] },
  });
  expect(h.site.outbox().length).toBe(before);
  await h.call('POST', `/rest/api/3/issue/${key}/comment`, { as: AGENT, body: { body: adf('public') } });
  const sent = h.site.outbox().slice(before);
  expect(sent.map((m) => m.to).sort()).toEqual(['bob@sunpower-installers.example', 'ian@bright-si.example']);
  expect(sent.every((m) => m.kind === 'public-comment')).toBe(true);
});

test('another customer cannot see the request', async () => {
  const key = await customerRequest();
  expect((await h.call('GET', `/rest/servicedeskapi/request/${key}`, { as: 'ian@bright-si.example' })).status).toBe(
    404,
  );
  expect((await h.call('GET', `/rest/servicedeskapi/request/${key}`, { as: CUSTOMER })).status).toBe(200);
});

test('organizations: paged without a name filter; a new one must be added to the desk before use', async () => {
  const page = await h.call('GET', '/rest/servicedeskapi/organization?start=0&limit=2', { as: AGENT });
  expect(items(page.body, 'values')).toHaveLength(2);
  expect(at(page.body, 'isLastPage')).toBe(false);
  const created = await h.call('POST', '/rest/servicedeskapi/organization', {
    as: AGENT,
    body: { name: 'Acme Solar' },
  });
  expect(created.status).toBe(201);
  const orgId = Number(at(created.body, 'id'));
  const key = await customerRequest();
  const set = () =>
    h.call('PUT', `/rest/api/3/issue/${key}`, { as: AGENT, body: { fields: { customfield_10002: [orgId] } } });
  expect((await set()).status).toBe(400);
  const add = await h.call('POST', '/rest/servicedeskapi/servicedesk/1/organization', {
    as: AGENT,
    body: { organizationId: orgId },
  });
  expect(add.status).toBe(204);
  expect((await set()).status).toBe(204);
  const issue = await h.call('GET', `/rest/api/3/issue/${key}?fields=customfield_10002`, { as: AGENT });
  expect(items(issue.body, 'fields.customfield_10002').map((o) => at(o, 'name'))).toEqual(['Acme Solar']);
});

test('a request type changes only to one of the same issue type', async () => {
  const key = await customerRequest();
  const incident = await h.call('PUT', `/rest/api/3/issue/${key}`, {
    as: AGENT,
    body: { fields: { customfield_10010: 'ss/report-problem' } },
  });
  expect(incident.status).toBe(400);
  const same = await h.call('PUT', `/rest/api/3/issue/${key}`, {
    as: AGENT,
    body: { fields: { customfield_10010: 'ss/emailed-request' } },
  });
  expect(same.status).toBe(204);
  const issue = await h.call('GET', `/rest/api/3/issue/${key}?fields=customfield_10010`, { as: AGENT });
  expect(at(issue.body, 'fields.customfield_10010.requestType.name')).toBe('Emailed request');
});

test('reporter change by an agent, with a changelog item', async () => {
  const key = await customerRequest();
  const events: unknown[] = [];
  const off = h.site.onEvent((e) => events.push(e));
  const res = await h.call('PUT', `/rest/api/3/issue/${key}`, {
    as: AGENT,
    body: { fields: { reporter: { accountId: '712020:onboarding-mailbox' } } },
  });
  off();
  expect(res.status).toBe(204);
  expect(items(events[0], 'changelog.items').map((i) => [at(i, 'field'), at(i, 'to')])).toEqual([
    ['reporter', '712020:onboarding-mailbox'],
  ]);
});

test('adding participants records a changelog and an update event; request types search by name', async () => {
  const key = await customerRequest();
  const events: unknown[] = [];
  const off = h.site.onEvent((e) => events.push(e));
  const added = await h.call('POST', `/rest/servicedeskapi/request/${key}/participant`, {
    as: AGENT,
    body: { accountIds: ['qm:customer:ian-brightsi'] },
  });
  off();
  expect(added.status).toBe(200);
  expect(items(events[0], 'changelog.items').map((i) => [at(i, 'field'), at(i, 'toString')])).toEqual([
    ['Request participants', 'Ian Integrator'],
  ]);
  const types = await h.call('GET', '/rest/servicedeskapi/servicedesk/1/requesttype?searchQuery=company', {
    as: AGENT,
  });
  expect(items(types.body, 'values').map((t) => at(t, 'name'))).toEqual(['Company-specific Data Change']);
});

test('participants can be removed (a DELETE with a body)', async () => {
  const key = await customerRequest();
  const path = `/rest/servicedeskapi/request/${key}/participant`;
  await h.call('POST', path, { as: AGENT, body: { accountIds: ['qm:customer:ian-brightsi'] } });
  const removed = await h.call('DELETE', path, { as: AGENT, body: { accountIds: ['qm:customer:ian-brightsi'] } });
  expect(removed.status).toBe(200);
  expect(items(removed.body, 'values')).toEqual([]);
});
