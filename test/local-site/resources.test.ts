import { adf, AGENT, at, items, OUTSIDER, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.site.reset());
afterEach(() => expect(h.site.specViolations()).toEqual([]));

async function create(summary: string): Promise<string> {
  const res = await h.call('POST', '/rest/api/3/issue', {
    as: AGENT,
    body: { fields: { project: { key: 'SS' }, issuetype: { name: 'Service Request' }, summary } },
  });
  return String(at(res.body, 'key'));
}

test('watchers: the POST body is a JSON string; an object is refused by the spec', async () => {
  const key = await create('w');
  const bad = await h.call('POST', `/rest/api/3/issue/${key}/watchers`, {
    as: AGENT,
    body: { accountId: '712020:david-ellis' },
  });
  expect(bad.status).toBe(400);
  expect(at(bad.body, 'errorMessages')).toEqual([expect.stringContaining('must be string')]);
  const good = await h.call('POST', `/rest/api/3/issue/${key}/watchers`, { as: AGENT, body: '712020:david-ellis' });
  expect(good.status).toBe(204);
  const list = await h.call('GET', `/rest/api/3/issue/${key}/watchers`, { as: AGENT });
  expect(items(list.body, 'watchers').map((w) => at(w, 'accountId'))).toContain('712020:david-ellis');
  const outsider = await h.call('POST', `/rest/api/3/issue/${key}/watchers`, {
    as: AGENT,
    body: '712020:olga-outsider',
  });
  expect(outsider.status).toBe(400);
});

test('a request the spec refuses never reaches the site', async () => {
  const bad = await h.call('POST', '/rest/api/3/issue', { as: AGENT, body: { fields: 'nope' } });
  expect(bad.status).toBe(400);
  expect(at(bad.body, 'errors')).toEqual({});
  const notJson = await h.call('POST', '/rest/api/3/issue', { as: AGENT, raw: '{oops' });
  expect(notJson.status).toBe(400);
  const badParam = await h.call('GET', '/rest/api/3/search/jql?jql=project%3DSS&maxResults=many', { as: AGENT });
  expect(badParam.status).toBe(400);
  expect((await h.call('GET', '/rest/api/3/no/such/thing', { as: AGENT })).status).toBe(404);
});

test('entity properties: 201 when created, 200 when replaced, readable in search', async () => {
  const key = await create('p');
  const put = (value: unknown) =>
    h.call('PUT', `/rest/api/3/issue/${key}/properties/onboarding-run`, { as: AGENT, body: value });
  expect((await put({ playbook: 's1', state: 'active' })).status).toBe(201);
  expect((await put({ playbook: 's1', state: 'completed' })).status).toBe(200);
  const got = await h.call('GET', `/rest/api/3/issue/${key}/properties/onboarding-run`, { as: AGENT });
  expect(at(got.body, 'value.state')).toBe('completed');
  const found = await h.call('POST', '/rest/api/3/search/jql', {
    as: AGENT,
    body: { jql: 'onboardingState = completed', properties: ['onboarding-run'], fields: ['summary'] },
  });
  expect(found.status).toBe(200);
  expect(items(found.body, 'issues').map((i) => [at(i, 'key'), at(i, 'properties.onboarding-run.state')])).toEqual([
    [key, 'completed'],
  ]);
});

test('links: Duplicate reads "duplicates" from the inward issue of the POST', async () => {
  const original = await create('original');
  const copy = await create('copy');
  const res = await h.call('POST', '/rest/api/3/issueLink', {
    as: AGENT,
    body: { type: { name: 'Duplicate' }, inwardIssue: { key: copy }, outwardIssue: { key: original } },
  });
  expect(res.status).toBe(201);
  const fromCopy = await h.call('GET', `/rest/api/3/issue/${copy}?fields=issuelinks`, { as: AGENT });
  expect(at(fromCopy.body, 'fields.issuelinks.0.type.outward')).toBe('duplicates');
  expect(at(fromCopy.body, 'fields.issuelinks.0.outwardIssue.key')).toBe(original);
  const fromOriginal = await h.call('GET', `/rest/api/3/issue/${original}?fields=issuelinks&expand=changelog`, {
    as: AGENT,
  });
  expect(at(fromOriginal.body, 'fields.issuelinks.0.inwardIssue.key')).toBe(copy);
  expect(at(fromOriginal.body, 'changelog.histories.0.items.0.toString')).toBe(`This issue is duplicated by ${copy}`);
  const types = await h.call('GET', '/rest/api/3/issueLinkType', { as: AGENT });
  expect(items(types.body, 'issueLinkTypes').map((t) => at(t, 'name'))).toEqual(
    expect.arrayContaining(['Duplicate', 'Relates', 'Blocks']),
  );
});

test('enhanced search pages with nextPageToken and hides what the user cannot browse', async () => {
  for (const s of ['a', 'b', 'c']) await create(s);
  const first = await h.call(
    'GET',
    '/rest/api/3/search/jql?jql=project%20%3D%20SS%20ORDER%20BY%20key%20ASC&maxResults=2&fields=summary',
    {
      as: AGENT,
    },
  );
  expect(first.status).toBe(200);
  expect(items(first.body, 'issues').map((i) => at(i, 'fields.summary'))).toEqual(['a', 'b']);
  const token = String(at(first.body, 'nextPageToken'));
  const second = await h.call('POST', '/rest/api/3/search/jql', {
    as: AGENT,
    body: { jql: 'project = SS ORDER BY key ASC', maxResults: 2, nextPageToken: token, fields: ['summary'] },
  });
  expect(items(second.body, 'issues').map((i) => at(i, 'fields.summary'))).toEqual(['c']);
  expect(at(second.body, 'isLast')).toBe(true);
  // A project the searcher cannot browse does not exist for them.
  const outsider = await h.call('POST', '/rest/api/3/search/jql', { as: OUTSIDER, body: { jql: 'project = SS' } });
  expect(outsider.status).toBe(400);
  const bad = await h.call('POST', '/rest/api/3/search/jql', { as: AGENT, body: { jql: 'project = NOPE' } });
  expect(bad.status).toBe(400);
  const unbounded = await h.call('POST', '/rest/api/3/search/jql', { as: AGENT, body: { jql: 'ORDER BY key' } });
  expect(unbounded.status).toBe(400);
  expect(at(unbounded.body, 'errorMessages')).toEqual([expect.stringContaining('Unbounded')]);
});

test('fields list custom fields by name with their schema', async () => {
  const res = await h.call('GET', '/rest/api/3/field', { as: AGENT });
  const byName = new Map((res.body as unknown[]).map((f) => [at(f, 'name'), f]));
  expect(at(byName.get('Needs Configuration?'), 'id')).toBe('customfield_10050');
  expect(at(byName.get('Organizations'), 'id')).toBe('customfield_10002');
  expect(at(byName.get('Review date'), 'schema.type')).toBe('date');
  void adf;
});
