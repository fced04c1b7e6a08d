// Shared set-up for the runtime tests: a small manifest, an app whose handlers record what they receive,
// the fake site, and a fresh runtime per test.
import { asUser, route } from '@forge/api';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { createLocalRuntime, createManualClock, type LocalRuntime, type ManualClock } from '../../local/runtime';
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

export const START = new Date('2026-03-02T09:00:00Z');

interface Harness {
  clock: ManualClock;
  site: FakeSite;
  runtime: LocalRuntime;
  readonly seen: { kind: string; at: string; payload: unknown }[];
  workBehaviour: (event: { retryContext?: { retryCount: number } }) => unknown;
  onEvent: (payload: { eventType: string }) => Promise<void>;
}

const recordEvent = async (payload: { eventType: string }): Promise<void> => {
  h.seen.push({ kind: 'event', at: h.clock.now().toISOString(), payload });
  await kvs.set(`seen:${h.seen.length}`, payload.eventType);
};

export const h: Harness = {
  clock: createManualClock(START),
  site: fakeSite(),
  runtime: undefined as unknown as LocalRuntime,
  seen: [],
  workBehaviour: () => undefined,
  onEvent: recordEvent,
};

const resolver = new Resolver();
resolver.define('whoAmI', async ({ context }) => {
  const me = (await (await asUser().requestJira(route`/rest/api/3/myself`)).json()) as { accountId: string };
  return { me: me.accountId, contextAccountId: context.accountId as string, extension: context.extension as unknown };
});

const legacy = new Resolver();
legacy.define('on-legacy', ({ payload, context }) => {
  h.seen.push({
    kind: 'legacy',
    at: h.clock.now().toISOString(),
    payload: { payload: payload as unknown, jobId: context.jobId as unknown },
  });
});

const app = {
  legacy: legacy.getDefinitions(),
  onEvent: (payload: { eventType: string }) => h.onEvent(payload),
  onTick: (request: { context: { moduleKey: string } }) => {
    h.seen.push({ kind: request.context.moduleKey, at: h.clock.now().toISOString(), payload: request });
  },
  onWork: (event: { body: unknown; retryContext?: { retryCount: number } }) => {
    h.seen.push({ kind: 'work', at: h.clock.now().toISOString(), payload: event });
    return h.workBehaviour(event);
  },
  panel: resolver.getDefinitions(),
};

export function start(options: { duplicateRate?: number; seed?: number } = {}): void {
  h.clock = createManualClock(START);
  h.site = fakeSite();
  const { clock, site } = h;
  h.runtime = createLocalRuntime({
    manifestYaml,
    app,
    jira: site.jira,
    onSiteEvent: site.onSiteEvent,
    clock,
    ...options,
  });
}

/** Registers a fresh runtime per test in the calling test file. */
export function useRuntime(): void {
  beforeEach(() => {
    h.seen.length = 0;
    h.workBehaviour = () => undefined;
    h.onEvent = recordEvent;
    start();
  });
  afterEach(() => h.runtime.stop());
}

export const created = (id: string, actor = 'user-anna') => ({
  id,
  type: 'avi:jira:created:issue' as const,
  actorAccountId: actor,
  issueId: '10001',
  issueKey: 'SS-1',
});
