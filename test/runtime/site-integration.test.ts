// The runtime on the real local site: the payload reads it makes (issue, comment, issue link) are answered by the
// site's routes, and the app's own changes come back as events the ignoreSelf filter drops.
import { asApp, route } from '@forge/api';
import { APP_ACCOUNT_ID, type Principal } from '../../local/contracts';
import { createLocalRuntime, type LocalRuntime } from '../../local/runtime';
import { createJiraSite, type JiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';

const manifestYaml = `
modules:
  trigger:
    - key: issue-events
      function: on-event
      events: [avi:jira:created:issue, avi:jira:updated:issue, avi:jira:commented:issue, avi:jira:created:issuelink]
      filter:
        ignoreSelf: true
  function:
    - { key: on-event, handler: index.onEvent }
app:
  id: ari:cloud:ecosystem::app/11111111-1111-4111-8111-111111111111
`;
const AGENT: Principal = { kind: 'user', accountId: '712020:priya-agent' };
const events: Record<string, unknown>[] = [];
const app = {
  onEvent: async (event: Record<string, unknown>) => {
    events.push(event);
    // The app answers every created issue with a comment of its own: that comment must not come back.
    if (event.eventType === 'avi:jira:created:issue') {
      const key = (event.issue as { key: string }).key;
      await asApp().requestJira(route`/rest/api/3/issue/${key}/comment`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ body: { type: 'doc', version: 1, content: [] } }),
      });
    }
  },
};

let site: JiraSite;
let runtime: LocalRuntime;
beforeEach(() => {
  events.length = 0;
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  site = createJiraSite({ clock, automationRule: false, responseCheck: 'log', sleep: () => Promise.resolve() });
  runtime = createLocalRuntime({ manifestYaml, app, jira: site.handle, onSiteEvent: (l) => site.onEvent(l), clock });
});
afterEach(() => runtime.stop());

async function rest(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const init =
    body === undefined
      ? { method }
      : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  const response = await site.handle(new Request(`http://localhost:8080${path}`, init), AGENT);
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const createIssue = (summary: string) =>
  rest('POST', '/rest/api/3/issue', {
    fields: { project: { key: 'SS' }, issuetype: { name: 'Service Request' }, summary },
  }) as Promise<{ id: string; key: string }>;

test('events from the site arrive shaped, and the app does not hear its own comment', async () => {
  const issue = await createIssue('Onboard Acme');
  await runtime.settle();
  const other = await createIssue('Configure Acme');
  await rest('POST', '/rest/api/3/issue/' + issue.key + '/comment', { body: { type: 'doc', version: 1, content: [] } });
  await rest('POST', '/rest/api/3/issueLink', {
    type: { name: 'Relates' },
    inwardIssue: { key: issue.key },
    outwardIssue: { key: other.key },
  });
  await runtime.settle();

  const types = events.map((e) => e.eventType);
  expect(types.filter((t) => t === 'avi:jira:created:issue')).toHaveLength(2);
  expect(types.filter((t) => t === 'avi:jira:commented:issue')).toHaveLength(1);
  expect(events.every((e) => e.atlassianId !== APP_ACCOUNT_ID)).toBe(true);

  const createdEvent = events[0] as { issue: { id: string; key: string; fields: Record<string, unknown> } };
  expect(createdEvent.issue).toMatchObject({ id: issue.id, key: issue.key, fields: { summary: 'Onboard Acme' } });
  expect(createdEvent.issue.fields.project).toMatchObject({ key: 'SS' });
  const commented = events.find((e) => e.eventType === 'avi:jira:commented:issue') as { comment: { author: unknown } };
  expect(commented.comment.author).toEqual({ accountId: AGENT.kind === 'user' ? AGENT.accountId : '' });
  const link = events.find((e) => e.eventType === 'avi:jira:created:issuelink');
  expect(link).toMatchObject({
    issueLinkType: { name: 'Relates' },
    sourceProjectId: '10000',
    destinationProjectId: '10000',
  });
});

test('payload reads survive the site injecting 5xx and 429', async () => {
  const issue = await createIssue('Onboard Beta');
  site.setFaults({ rate5xx: 0.4, rate429: 0.4, seed: 1 });
  try {
    await runtime.settle();
  } finally {
    site.setFaults({});
  }
  const createdEvent = events.find((e) => e.eventType === 'avi:jira:created:issue') as {
    issue: { key: string; fields: Record<string, unknown> };
  };
  expect(createdEvent.issue.key).toBe(issue.key);
  expect(createdEvent.issue.fields.summary).toBe('Onboard Beta');
});
