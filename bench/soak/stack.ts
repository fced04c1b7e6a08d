/**
 * The local stack as local/app/stack.ts builds it (site, Forge runtime, src/index.ts's handlers, Slack stand-in),
 * with every handler invocation recorded: the soak needs to know which product events and queue jobs the app
 * finished, which the runtime's log (no event ids for queue jobs) does not say. One stack per run, on a clock that
 * starts at the same moment, so every run of a script meets the same calendar and can be compared with a
 * fault-free run of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCAL_DIRECTORY } from '../../local/app/directory';
import { LOCAL_REGISTRIES } from '../../local/app/registries';
import { LOCAL_SLACK_WEBHOOK, slackEgress, type SlackSink } from '../../local/app/slack';
import { APP_ACCOUNT_ID, type SiteEvent } from '../../local/contracts';
import { createLocalRuntime, currentInvocation, type LocalRuntime } from '../../local/runtime';
import { createJiraSite, type JiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';
import { PLATFORM_HEADER } from '../../local/site/handler';

export const SOAK_START = new Date('2026-03-02T09:00:00.000Z');

const MANIFEST = readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8');

/** The exports of src/index.ts the manifest's functions name (`handler: index.<export>`), read from manifest.yml. */
const HANDLERS: readonly string[] = (
  parse(MANIFEST) as { modules: { function: { handler: string }[] } }
).modules.function.map((f) => f.handler.slice(f.handler.lastIndexOf('.') + 1));
type AppModule = Record<string, (...args: unknown[]) => unknown>;

/** One call of a handler: which, with what event id (queue jobs) and whether it finished without throwing. */
export interface Invocation {
  handler: string;
  eventId?: string;
  /** A queue job's body kind ('due' batch or 'issueEvent' handed over by the product-event trigger). */
  kind?: string;
  retryCount: number;
  ok: boolean;
  /** The queue consumer asked for a retry by its answer (an InvocationError) rather than by throwing. */
  retryRequested: boolean;
}

/**
 * A 429 with a Retry-After longer than the Jira client waits out (20 s), on the app's call right after one of its
 * comments went through: the decision fails half-applied and the app's queue retries it. This is the case the
 * idempotency ledger exists for (a comment is not idempotent on Jira), so the soak makes it happen on purpose.
 */
export const MID_DECISION_RETRY_AFTER_SECONDS = 30;

/** A one-off 429 (with Retry-After) on the app's first call matching method and path prefix: a fault placed by hand. */
export interface PlacedFault {
  method: string;
  pathPrefix: string;
  retryAfterSeconds: number;
}

const rateLimited = (seconds: number): Response =>
  new Response(JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'Retry-After': String(seconds) },
  });

function midDecisionFaults(handle: JiraSite['handle'], rate: number, seed: number, placed: PlacedFault[]) {
  let a = seed >>> 0;
  const random = (): number => {
    a = (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return a / 4294967296;
  };
  let armed = false;
  const counter = { injected: 0 };
  const calls: AppCall[] = [];
  const wrapped: JiraSite['handle'] = async (request, principal) => {
    const url = new URL(request.url);
    // The runtime's own reads that build event payloads are the platform's, not the app's.
    const platform = request.headers.get(PLATFORM_HEADER) === 'event-payload';
    const call: AppCall = {
      method: request.method,
      path: url.pathname + url.search,
      as: principal.kind,
      status: 0,
      module: currentInvocation()?.moduleKey ?? '',
    };
    if (!platform) calls.push(call);
    const hit = platform
      ? -1
      : placed.findIndex((f) => f.method === request.method && call.path.startsWith(f.pathPrefix));
    if (hit >= 0) {
      const [fault] = placed.splice(hit, 1);
      call.status = 429;
      return rateLimited(fault?.retryAfterSeconds ?? 1);
    }
    if (principal.kind === 'app' && armed) {
      armed = false;
      counter.injected += 1;
      call.status = 429;
      return rateLimited(MID_DECISION_RETRY_AFTER_SECONDS);
    }
    const response = await handle(request, principal);
    call.status = response.status;
    const comment = request.method === 'POST' && /\/comment$/.test(new URL(request.url).pathname);
    if (principal.kind === 'app' && comment && response.status === 201) armed = random() < rate;
    return response;
  };
  return { wrapped, counter, calls, placed };
}

/** A Jira call the app made, as itself or as the invoking user (asUser, in resolvers). */
export interface AppCall {
  method: string;
  path: string;
  as: string;
  status: number;
  /** The manifest module whose invocation made the call (e.g. the hourly 'due-runs-hourly' trigger). */
  module: string;
}

export interface SoakStack {
  site: JiraSite;
  clock: ManualClock;
  runtime: LocalRuntime;
  slack: SlackSink;
  /** Site events since the last reset, in the order the site published them. */
  events: SiteEvent[];
  invocations: Invocation[];
  /** 429s injected right after one of the app's comments (see MID_DECISION_RETRY_AFTER_SECONDS). */
  midDecision429: { injected: number };
  /** Every Jira call the app made through the runtime (event-payload reads left out). */
  appCalls: AppCall[];
  /** Places more one-off faults (see PlacedFault), for a test that needs them after its start. */
  placeFaults(faults: readonly PlacedFault[]): void;
  settle(): Promise<void>;
  stop(): void;
}

/** @forge/api keeps the egress fetch of the first stack it saw: every stack shares that stack's Slack sink. */
const slack: SlackSink = { messages: [], down: false };

/** A fresh stack, installed and seeded as `/local/reset` does (built-in playbooks on, directory, registries, Slack). */
export async function openSoakStack(options: {
  duplicateRate: number;
  seed: number;
  /** Share of the app's comments followed by a 429 on its next call (default 0). */
  midDecision429Rate?: number;
  /** One-off 429s on the app's calls, each used once (tests that place a fault by hand). */
  placedFaults?: PlacedFault[];
}): Promise<SoakStack> {
  const clock = new ManualClock(SOAK_START);
  // Responses that break Atlassian's spec are recorded either way (the soak fails on any); 'log' spares turning
  // them into 500s, which would only blur which side was wrong.
  const site = createJiraSite({ clock, responseCheck: 'log', sleep: () => Promise.resolve() });
  slack.messages.length = 0;
  const events: SiteEvent[] = [];
  const mid = midDecisionFaults(site.handle, options.midDecision429Rate ?? 0, options.seed, [
    ...(options.placedFaults ?? []),
  ]);
  const invocations: Invocation[] = [];
  const loaded: { app?: AppModule } = {};
  const recorded =
    (name: string) =>
    async (...args: unknown[]) => {
      if (!loaded.app) throw new Error('the app module is not loaded yet');
      const event = args[0] as
        { eventId?: unknown; body?: { kind?: unknown }; retryContext?: { retryCount?: number } } | undefined;
      const entry: Invocation = {
        handler: name,
        ...(typeof event?.eventId === 'string' ? { eventId: event.eventId } : {}),
        ...(typeof event?.body?.kind === 'string' ? { kind: event.body.kind } : {}),
        retryCount: event?.retryContext?.retryCount ?? 0,
        ok: false,
        retryRequested: false,
      };
      invocations.push(entry);
      const fn = loaded.app[name];
      if (!fn) throw new Error(`src/index.ts has no export ${name}`);
      const result = await fn(...args);
      entry.ok = true;
      entry.retryRequested = (result as { _retry?: unknown } | undefined)?._retry === true;
      return result;
    };
  const runtime = createLocalRuntime({
    manifestYaml: MANIFEST,
    app: Object.fromEntries(HANDLERS.map((name) => [name, recorded(name)])),
    jira: mid.wrapped,
    onSiteEvent: (listener) => site.onEvent(listener),
    clock,
    seed: options.seed,
    duplicateRate: options.duplicateRate,
    egress: slackEgress(slack, globalThis.fetch.bind(globalThis), () => clock.now()),
  });
  site.onEvent((e) => {
    if (e.actorAccountId !== APP_ACCOUNT_ID) events.push(e);
  });
  loaded.app = (await import('../../src/index')) as unknown as AppModule;
  const { configureRuntime } = await import('../../src/shared/runtime');
  const storage = await import('../../src/storage');
  const restore = configureRuntime({ clock, appAccountId: APP_ACCOUNT_ID, sleep: () => Promise.resolve() });
  await site.ready();
  await storage.seedBuiltinPlaybooks({ enable: true });
  await storage.saveDirectory(LOCAL_DIRECTORY);
  const { saveRegistries } = await import('../../src/storage/registries');
  await saveRegistries(LOCAL_REGISTRIES);
  await storage.saveSlackWebhook(LOCAL_SLACK_WEBHOOK);
  await runtime.settle();
  invocations.length = 0;
  mid.calls.length = 0;
  return {
    site,
    clock,
    runtime,
    slack,
    events,
    invocations,
    midDecision429: mid.counter,
    appCalls: mid.calls,
    placeFaults: (faults) => mid.placed.push(...faults),
    settle: () => runtime.settle(),
    stop() {
      runtime.stop();
      restore();
    },
  };
}
