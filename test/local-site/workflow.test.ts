import { adf, AGENT, at, items, startHarness, transitionId, type Harness } from './harness';

const CHRIS = 'chris@goeverbright.com';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.site.reset());
afterEach(() => expect(h.site.specViolations()).toEqual([]));

async function createSS(summary = 'Printer on fire'): Promise<string> {
  const res = await h.call('POST', '/rest/api/3/issue', {
    as: AGENT,
    body: {
      fields: { project: { key: 'SS' }, issuetype: { name: 'Service Request' }, summary, description: adf('x') },
    },
  });
  expect(res.status).toBe(201);
  return String(at(res.body, 'key'));
}

const get = (key: string, as = AGENT) => h.call('GET', `/rest/api/3/issue/${key}`, { as });
const transition = (key: string, body: unknown, as = AGENT) =>
  h.call('POST', `/rest/api/3/issue/${key}/transitions`, { as, body });

test('an issue is created in Open and reads back only the fields asked for', async () => {
  const key = await createSS();
  expect(key).toBe('SS-1');
  const got = await h.call('GET', `/rest/api/3/issue/${key}?fields=summary,status,resolution`, { as: AGENT });
  expect(got.status).toBe(200);
  expect(at(got.body, 'fields.summary')).toBe('Printer on fire');
  expect(at(got.body, 'fields.status.name')).toBe('Open');
  expect(at(got.body, 'fields.resolution')).toBeNull();
  expect(Object.keys(at(got.body, 'fields') as object).sort()).toEqual(['resolution', 'status', 'summary']);
});

test('resolving in SS requires a resolution; reopening clears it', async () => {
  const key = await createSS();
  const list = await h.call('GET', `/rest/api/3/issue/${key}/transitions?expand=transitions.fields`, { as: AGENT });
  const resolve = items(list.body, 'transitions').find((t) => at(t, 'name') === 'Resolve this issue');
  expect(at(resolve, 'fields.resolution.required')).toBe(true);
  const id = String(at(resolve, 'id'));
  const missing = await transition(key, { transition: { id } });
  expect(missing.status).toBe(400);
  expect(at(missing.body, 'errors.resolution')).toBe('Resolution is required.');
  expect((await transition(key, { transition: { id }, fields: { resolution: { name: 'Duplicate' } } })).status).toBe(
    204,
  );
  let issue = await get(key);
  expect(at(issue.body, 'fields.status.name')).toBe('Resolved');
  expect(at(issue.body, 'fields.resolution.name')).toBe('Duplicate');
  expect(at(issue.body, 'fields.resolutiondate')).not.toBeNull();
  await transition(key, { transition: { id: await transitionId(h, key, 'Reopen', AGENT) } });
  issue = await get(key);
  expect(at(issue.body, 'fields.status.name')).toBe('Open');
  expect(at(issue.body, 'fields.resolution')).toBeNull();
});

test('a transition not available from the current status is refused', async () => {
  const key = await createSS();
  expect((await transition(key, { transition: { id: '61' } })).status).toBe(400);
});

test('CS: Done sets resolution Done, On Hold clears it', async () => {
  const created = await h.call('POST', '/rest/api/3/issue', {
    as: CHRIS,
    body: { fields: { project: { key: 'CS' }, issuetype: { name: 'Task' }, summary: 'Configure' } },
  });
  const key = String(at(created.body, 'key'));
  const names = items((await h.call('GET', `/rest/api/3/issue/${key}/transitions`, { as: CHRIS })).body, 'transitions');
  expect(names.map((t) => at(t, 'name')).sort()).toEqual(['Done', 'In Progress', 'On Hold']);
  await transition(key, { transition: { id: await transitionId(h, key, 'Done', CHRIS) } }, CHRIS);
  expect(at((await get(key, CHRIS)).body, 'fields.resolution.name')).toBe('Done');
  await transition(key, { transition: { id: await transitionId(h, key, 'On Hold', CHRIS) } }, CHRIS);
  const after = await get(key, CHRIS);
  expect(at(after.body, 'fields.status.name')).toBe('On Hold');
  expect(at(after.body, 'fields.resolution')).toBeNull();
});

test('a transition publishes one update event with status and resolution items, by the actor', async () => {
  const key = await createSS();
  const events: unknown[] = [];
  const off = h.site.onEvent((e) => events.push(e));
  await transition(key, { transition: { id: '41' }, fields: { resolution: { name: 'Done' } } });
  off();
  expect(events).toHaveLength(1);
  expect(at(events[0], 'type')).toBe('avi:jira:updated:issue');
  expect(at(events[0], 'actorAccountId')).toBe('712020:priya-agent');
  expect(items(events[0], 'changelog.items').map((i) => [at(i, 'field'), at(i, 'toString')])).toEqual([
    ['status', 'Resolved'],
    ['resolution', 'Done'],
  ]);
});

test('editing fields records a changelog and refuses unknown fields without changing anything', async () => {
  const key = await createSS();
  const bad = await h.call('PUT', `/rest/api/3/issue/${key}`, {
    as: AGENT,
    body: { fields: { summary: 'New', customfield_99999: 'x' } },
  });
  expect(bad.status).toBe(400);
  expect(at((await get(key)).body, 'fields.summary')).toBe('Printer on fire');
  const good = await h.call('PUT', `/rest/api/3/issue/${key}`, {
    as: AGENT,
    body: { fields: { customfield_10050: { value: 'Integrated Finance' }, customfield_10060: '2026-05-01' } },
  });
  expect(good.status).toBe(204);
  const issue = await h.call('GET', `/rest/api/3/issue/${key}?expand=changelog`, { as: AGENT });
  expect(at(issue.body, 'fields.customfield_10050.value')).toBe('Integrated Finance');
  expect(at(issue.body, 'fields.customfield_10060')).toBe('2026-05-01');
  const fields = items(issue.body, 'changelog.histories').flatMap((hh) =>
    items(hh, 'items').map((i) => at(i, 'field')),
  );
  expect(fields).toEqual(expect.arrayContaining(['Needs Configuration?', 'Review date']));
});

test('a transition can add a comment; create can set entity properties', async () => {
  const created = await h.call('POST', '/rest/api/3/issue', {
    as: AGENT,
    body: {
      fields: { project: { key: 'SS' }, issuetype: { name: 'Service Request' }, summary: 'p' },
      properties: [{ key: 'onboarding-run', value: { stage: 'intake' } }],
    },
  });
  const key = String(at(created.body, 'key'));
  const prop = await h.call('GET', `/rest/api/3/issue/${key}/properties/onboarding-run`, { as: AGENT });
  expect(at(prop.body, 'value.stage')).toBe('intake');
  const res = await transition(key, {
    transition: { id: '41' },
    fields: { resolution: { name: 'Done' } },
    update: { comment: [{ add: { body: adf('closing') } }] },
  });
  expect(res.status).toBe(204);
  const comments = await h.call('GET', `/rest/api/3/issue/${key}/comment`, { as: AGENT });
  expect(items(comments.body, 'comments').map((c) => at(c, 'body.content.0.content.0.text'))).toEqual(['closing']);
});
