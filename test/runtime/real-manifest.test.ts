import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from '@forge/events';
import { createLocalRuntime, createManualClock, type LocalRuntime } from '../../local/runtime';
import { fakeSite, type FakeSite } from './fake-site';

// The project's own manifest.yml, with stand-in exports for src/index.ts: the runtime finds every handler by name.
const manifestYaml = readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8');
const received: { handler: string; payload: unknown }[] = [];
const record = (handler: string) => (payload: unknown) => void received.push({ handler, payload });

const app: Record<string, (payload: unknown) => unknown> = {
  handleIssueEvent: record('handleIssueEvent'),
  handleDueRuns: record('handleDueRuns'),
  handleRunWork: record('handleRunWork'),
  panelResolver: record('panelResolver'),
  adminResolver: record('adminResolver'),
  handleAutomationAction: record('handleAutomationAction'),
  handleLifecycle: record('handleLifecycle'),
};

let site: FakeSite;
let runtime: LocalRuntime;
beforeEach(() => {
  received.length = 0;
  site = fakeSite();
  const clock = createManualClock(new Date('2026-03-02T09:00:00Z'));
  runtime = createLocalRuntime({ manifestYaml, app, jira: site.jira, onSiteEvent: site.onSiteEvent, clock });
});
afterEach(() => runtime.stop());

test('the issue-link event arrives with the documented link fields', async () => {
  site.emit({
    id: 'l1',
    type: 'avi:jira:created:issuelink',
    actorAccountId: 'user-anna',
    link: { id: '40001', sourceIssueId: '10001', destinationIssueId: '10002', typeName: 'Duplicate' },
  });
  await runtime.settle();
  expect(received).toEqual([
    {
      handler: 'handleIssueEvent',
      payload: {
        eventType: 'avi:jira:created:issuelink',
        atlassianId: 'user-anna',
        id: '40001',
        sourceIssueId: '10001',
        destinationIssueId: '10002',
        sourceProjectId: '10000',
        destinationProjectId: '10100',
        issueLinkType: { id: '10003', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
      },
    },
  ]);
});

test('the run-work consumer gets the async event: body, queue, job and event ids', async () => {
  const { jobId } = await new Queue({ key: 'run-work' }).push({ body: { issueKey: 'SS-1' } });
  await runtime.settle();
  expect(received).toEqual([
    {
      handler: 'handleRunWork',
      payload: { body: { issueKey: 'SS-1' }, queueName: 'run-work', jobId, eventId: expect.any(String) as unknown },
    },
  ]);
});

test('the hourly due-runs trigger fires once per hour of local time', async () => {
  await runtime.advance(3 * 3_600_000);
  expect(received.map((r) => r.handler)).toEqual(['handleDueRuns', 'handleDueRuns', 'handleDueRuns']);
  expect(received[0]?.payload).toMatchObject({ context: { moduleKey: 'due-runs-hourly' } });
});

test('a push to a queue nobody consumes fails loudly', async () => {
  await expect(new Queue({ key: 'nobody-listens' }).push({ body: {} })).rejects.toThrow('no consumer');
});

test('a manifest function the app does not export is refused at start', () => {
  const { handleDueRuns: _omitted, ...partial } = app;
  const clock = createManualClock(new Date('2026-03-02T09:00:00Z'));
  expect(() =>
    createLocalRuntime({ manifestYaml, app: partial, jira: site.jira, onSiteEvent: site.onSiteEvent, clock }),
  ).toThrow('handleDueRuns');
});

test('the manifest declares no impersonation: a trigger cannot act as the event actor', async () => {
  const { asUser, route } = await import('@forge/api');
  const outcomes: string[] = [];
  app.handleIssueEvent = async (event: unknown) => {
    const actor = (event as { atlassianId: string }).atlassianId;
    await asUser(actor)
      .requestJira(route`/rest/api/3/myself`)
      .then(
        () => outcomes.push('acted as user'),
        (e: Error) => outcomes.push(e.name),
      );
  };
  try {
    site.emit({ id: 'x1', type: 'avi:jira:created:issue', actorAccountId: 'user-anna', issueId: '10001' });
    await runtime.settle();
  } finally {
    app.handleIssueEvent = record('handleIssueEvent');
  }
  expect(outcomes).toEqual(['PROXY_ERR']);
});
