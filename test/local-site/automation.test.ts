import { AGENT, at, items, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.site.reset();
  h.site.setAutomationRule(true);
});
afterEach(() => expect(h.site.specViolations()).toEqual([]));

const setNeedsConfig = (key: string, value: string) =>
  h.call('PUT', `/rest/api/3/issue/${key}`, { as: AGENT, body: { fields: { customfield_10050: { value } } } });

test('Needs Configuration? = Integrated Finance creates a linked CS ticket, after the update event', async () => {
  await h.call('POST', '/local/email', {
    body: { from: 'bob@sunpower-installers.example', subject: 'Onboard', body: 'x' },
  });
  const events: { type: string; actorAccountId: string; issueKey?: string }[] = [];
  const off = h.site.onEvent((e) => events.push(e));
  expect((await setNeedsConfig('SS-1', 'Integrated Finance')).status).toBe(204);
  off();
  expect(events.map((e) => [e.type, e.issueKey])).toEqual([
    ['avi:jira:updated:issue', 'SS-1'],
    ['avi:jira:created:issue', 'CS-1'],
    ['avi:jira:created:issuelink', undefined],
    ['avi:jira:updated:issue', 'SS-1'],
    ['avi:jira:updated:issue', 'CS-1'],
  ]);
  expect(events[1]?.actorAccountId).toBe('557058:f58131cb-b67d-43c7-b30d-6b58d40bd077');
  const ss = await h.call('GET', '/rest/api/3/issue/SS-1?fields=issuelinks', { as: AGENT });
  expect(items(ss.body, 'fields.issuelinks').map((l) => [at(l, 'type.name'), at(l, 'outwardIssue.key')])).toEqual([
    ['Relates', 'CS-1'],
  ]);
});

test('another option, or the rule switched off, creates nothing', async () => {
  await h.call('POST', '/local/email', {
    body: { from: 'bob@sunpower-installers.example', subject: 'Onboard', body: 'x' },
  });
  await setNeedsConfig('SS-1', 'No Configuration');
  await h.call('POST', '/local/automation', { body: { enabled: false } });
  await setNeedsConfig('SS-1', 'Integrated Finance');
  const cs = await h.call('GET', '/rest/api/3/issue/CS-1', { as: AGENT });
  expect(cs.status).toBe(404);
});
