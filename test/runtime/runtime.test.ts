import { asApp, asUser, route } from '@forge/api';
import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { createLocalRuntime, createManualClock, MAX_RETRIES, type LocalRuntime } from '../../local/runtime';
import { fakeSite, type FakeSite } from './fake-site';

const manifestYaml = `
modules:
  trigger:
    - key: issue-events
      function: on-event
      events: [avi:jira:created:issue, avi:jira:updated:issue, avi:jira:commented:issue]
      filter:
        ignoreSelf: true
  scheduledTrigger:
    - key: every-five
      function: on-tick
      interval: fiveMinute
    - key: hourly
      function: on-tick
      interval: hour
  consumer:
    - key: work
      queue: work
      function: on-work
    - key: legacy
      queue: legacy
      resolver:
        function: legacy-consumer
        method: on-legacy
  jira:issuePanel:
    - key: panel
      resolver:
        function: panel
  function:
    - { key: on-event, handler: index.onEvent }
    - { key: on-tick, handler: index.onTick }
    - { key: on-work, handler: index.onWork }
    - { key: panel, handler: index.panel }
    - { key: legacy-consumer, handler: index.legacy }
app:
  id: ari:cloud:ecosystem::app/11111111-1111-4111-8111-111111111111
`;

const START = new Date('2026-03-02T09:00:00Z');
let clock = createManualClock(START);
let site: FakeSite;
let runtime: LocalRuntime;
const seen: { kind: string; at: string; payload: unknown }[] = [];
let workBehaviour: (event: { retryContext?: { retryCount: number } }) => unknown = () => undefined;

const resolver = new Resolver();
resolver.define('whoAmI', async ({ context }) => {
  const me = (await (await asUser().requestJira(route`/rest/api/3/myself`)).json()) as { accountId: string };
  return { me: me.accountId, contextAccountId: context.accountId as string, extension: context.extension as unknown };
});

const legacy = new Resolver();
legacy.define('on-legacy', ({ payload, context }) => {
  seen.push({
    kind: 'legacy',
    at: clock.now().toISOString(),
    payload: { payload: payload as unknown, jobId: context.jobId as unknown },
  });
});

const app = {
  legacy: legacy.getDefinitions(),
  onEvent: async (payload: { eventType: string }) => {
    seen.push({ kind: 'event', at: clock.now().toISOString(), payload });
    await kvs.set(`seen:${seen.length}`, payload.eventType);
  },
  onTick: (request: { context: { moduleKey: string } }) => {
    seen.push({ kind: request.context.moduleKey, at: clock.now().toISOString(), payload: request });
  },
  onWork: (event: { body: unknown; retryContext?: { retryCount: number } }) => {
    seen.push({ kind: 'work', at: clock.now().toISOString(), payload: event });
    return workBehaviour(event);
  },
  panel: resolver.getDefinitions(),
};

function start(options: { duplicateRate?: number; seed?: number } = {}): void {
  clock = createManualClock(START);
  site = fakeSite();
  runtime = createLocalRuntime({
    manifestYaml,
    app,
    jira: site.jira,
    onSiteEvent: site.onSiteEvent,
    clock,
    ...options,
  });
}

beforeEach(() => {
  seen.length = 0;
  workBehaviour = () => undefined;
  start();
});
afterEach(() => runtime.stop());

const created = (id: string, actor = 'user-anna') => ({
  id,
  type: 'avi:jira:created:issue' as const,
  actorAccountId: actor,
  issueId: '10001',
  issueKey: 'SS-1',
});

test('a product event reaches the trigger with only the documented fields', async () => {
  site.emit(created('e1'));
  await runtime.settle();
  expect(seen).toHaveLength(1);
  const payload = seen[0]?.payload as Record<string, Record<string, Record<string, unknown>>>;
  expect(Object.keys(payload).sort()).toEqual(['associatedUsers', 'atlassianId', 'eventType', 'issue']);
  expect(Object.keys(payload.issue?.fields ?? {}).sort()).toEqual(
    ['assignee', 'created', 'creator', 'issuetype', 'project', 'reporter', 'status', 'summary', 'updated'].sort(),
  );
  expect(payload.issue?.fields?.reporter).toEqual({ accountId: 'user-anna' });
  expect(runtime.kvsDump().kv).toEqual({ 'seen:1': 'avi:jira:created:issue' });
  expect(site.calls.every((c) => c.platform)).toBe(true);
});

test('updated and commented events carry changelog and comment', async () => {
  const item = {
    field: 'status',
    fieldId: 'status',
    fieldtype: 'jira',
    from: '1',
    fromString: 'Open',
    to: '3',
    toString: 'Done',
  };
  site.emit({ ...created('e2'), type: 'avi:jira:updated:issue', changelog: { id: '500', items: [item] } });
  site.emit({ ...created('e3'), type: 'avi:jira:commented:issue', commentId: '30001' });
  await runtime.settle();
  const [updated, commented] = seen.map((s) => s.payload as Record<string, unknown>);
  expect(updated?.changelog).toEqual({ id: '500', items: [item] });
  expect(commented?.comment).toEqual({
    id: '30001',
    author: { accountId: 'user-anna' },
    updateAuthor: { accountId: 'user-anna' },
    body: { type: 'doc' },
    created: 'c',
    updated: 'u',
  });
});

test('ignoreSelf drops the events the app caused', async () => {
  site.emit(created('mine', APP_ACCOUNT_ID));
  site.emit(created('theirs'));
  await runtime.settle();
  expect(seen.map((s) => (s.payload as { atlassianId: string }).atlassianId)).toEqual(['user-anna']);
  expect(runtime.log().some((e) => e.kind === 'dropped' && e.detail?.includes('mine'))).toBe(true);
});

test('with duplicateRate 1 every event arrives twice; a seed makes a partial rate repeatable', async () => {
  runtime.stop();
  start({ duplicateRate: 1 });
  site.emit(created('d1'));
  site.emit(created('d2'));
  await runtime.settle();
  expect(seen).toHaveLength(4);

  const deliveries = async (seed: number): Promise<string[]> => {
    runtime.stop();
    seen.length = 0;
    start({ duplicateRate: 0.5, seed });
    for (let i = 0; i < 20; i += 1) site.emit(created(`r${i}`, `user-${i}`));
    await runtime.settle();
    return seen.map((s) => (s.payload as { atlassianId: string }).atlassianId);
  };
  const first = await deliveries(7);
  expect(first.length).toBeGreaterThan(20);
  expect(await deliveries(7)).toEqual(first);
});

test('scheduled triggers fire on advance, every one in the interval, in clock order', async () => {
  await runtime.advance(60 * 60_000);
  const fired = seen.map((s) => `${s.kind}@${s.at.slice(11, 16)}`);
  expect(fired.filter((f) => f.startsWith('every-five'))).toHaveLength(12);
  expect(fired.filter((f) => f.startsWith('hourly'))).toEqual(['hourly@10:00']);
  expect([...seen.map((s) => s.at)].sort()).toEqual(seen.map((s) => s.at));
  expect(fired[0]).toBe('every-five@09:05');
  expect(clock.now().toISOString()).toBe('2026-03-02T10:00:00.000Z');
});

test('a queued job reaches the consumer; a throwing consumer is retried with backoff', async () => {
  workBehaviour = (event) => {
    if ((event.retryContext?.retryCount ?? 0) < 2) throw new Error('Jira said 503');
  };
  const { jobId } = await new Queue({ key: 'work' }).push({ body: { issueKey: 'SS-1' } });
  await runtime.settle();
  const attempts = seen.filter((s) => s.kind === 'work');
  expect(
    attempts.map((a) => (a.payload as { retryContext?: { retryCount: number } }).retryContext?.retryCount),
  ).toEqual([undefined, 1, 2]);
  expect(new Set(attempts.map((a) => a.at)).size).toBe(3);
  expect(await new Queue({ key: 'work' }).getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
});

test('InvocationError asks for a retry after retryAfter seconds; after MAX_RETRIES the event fails', async () => {
  workBehaviour = () =>
    new InvocationError({ retryAfter: 30, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
  const queue = new Queue({ key: 'work' });
  const { jobId } = await queue.push({ body: { n: 1 }, delayInSeconds: 60 });
  await runtime.settle();
  const times = seen.filter((s) => s.kind === 'work').map((s) => Date.parse(s.at) - START.getTime());
  expect(times).toEqual([60_000, 90_000, 120_000, 150_000, 180_000].slice(0, MAX_RETRIES + 1));
  expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 1 });
});

test('settle waits for work that schedules more work, without sleeping', async () => {
  const original = app.onEvent;
  app.onEvent = async (payload) => {
    seen.push({ kind: 'event', at: clock.now().toISOString(), payload });
    await new Queue({ key: 'work' }).push({ body: { from: 'event' }, delayInSeconds: 5 });
  };
  try {
    site.emit(created('chain'));
    await runtime.settle();
  } finally {
    app.onEvent = original;
  }
  expect(seen.map((s) => `${s.kind}@${s.at.slice(11, 19)}`)).toEqual(['event@09:00:00', 'work@09:00:05']);
});

test('a resolver runs as the invoking user with the Custom UI context', async () => {
  const result = await runtime.invoke('panel', {
    call: { functionKey: 'whoAmI', payload: {} },
    context: { accountId: 'user-bob', extension: { type: 'jira:issuePanel', issue: { key: 'SS-1', id: '10001' } } },
  });
  expect(result).toEqual({
    me: 'user-bob',
    contextAccountId: 'user-bob',
    extension: { type: 'jira:issuePanel', issue: { key: 'SS-1', id: '10001' } },
  });
});

test('reset empties storage and restarts the schedule from now', async () => {
  await kvs.set('k', 1);
  await runtime.advance(3 * 60_000);
  runtime.reset();
  expect(runtime.kvsDump()).toEqual({});
  expect(runtime.installedAt.toISOString()).toBe('2026-03-02T09:03:00.000Z');
  await runtime.advance(5 * 60_000);
  expect(seen.map((s) => s.at)).toEqual(['2026-03-02T09:08:00.000Z']);
});

test('a @forge/events 1.x consumer (resolver + method) gets the body as its payload and the job id', async () => {
  const { jobId } = await new Queue({ key: 'legacy' }).push({ body: { issueKey: 'SS-1' } });
  await runtime.settle();
  expect(seen).toEqual([
    { kind: 'legacy', at: START.toISOString(), payload: { payload: { issueKey: 'SS-1' }, jobId } },
  ]);
});

test('with a partial rate some deliveries overtake others', async () => {
  runtime.stop();
  start({ duplicateRate: 0.3, seed: 3 });
  for (let i = 0; i < 30; i += 1) site.emit(created(`o${i}`, `user-${i}`));
  await runtime.settle();
  const firstSeen = [...new Set(seen.map((s) => Number((s.payload as { atlassianId: string }).atlassianId.slice(5))))];
  expect(firstSeen).toHaveLength(30);
  expect(firstSeen).not.toEqual([...firstSeen].sort((a, b) => a - b));
});

test('a trigger runs without a user: asUser() fails there as on Forge, asApp() works', async () => {
  const original = app.onEvent;
  const outcomes: string[] = [];
  app.onEvent = async () => {
    await asUser()
      .requestJira(route`/rest/api/3/myself`)
      .then(
        () => outcomes.push('asUser ok'),
        (e: Error) => outcomes.push(e.name),
      );
    const asAppResponse = await asApp().requestJira(route`/rest/api/3/myself`);
    outcomes.push(`asApp ${asAppResponse.status}`);
  };
  try {
    site.emit(created('no-user'));
    await runtime.settle();
  } finally {
    app.onEvent = original;
  }
  expect(outcomes).toEqual(['NEEDS_AUTHENTICATION_ERR', 'asApp 200']);
});

test('a cancelled job is not delivered', async () => {
  const queue = new Queue({ key: 'work' });
  const { jobId } = await queue.push({ body: { n: 1 }, delayInSeconds: 30 });
  await queue.cancel(jobId);
  await runtime.settle();
  expect(seen.filter((s) => s.kind === 'work')).toEqual([]);
  expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 0 });
});
