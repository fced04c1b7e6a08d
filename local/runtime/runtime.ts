// The local Forge runtime: the app's real handlers, read from manifest.yml, invoked as Forge invokes them.
// Product events arrive at least once (some duplicated and reordered, seeded), scheduled triggers follow the
// local clock, the queue and KVS are served through __forge_fetch__. See docs/FORGE_EVENTS.md.
//
// Create the runtime BEFORE importing the app's modules when you can: it installs __forge_fetch__ and
// __forge_runtime__, which @forge/kvs reads at module load (see forge-fetch.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { APP_ACCOUNT_ID, type JiraHandler, type SiteEvent, type SiteEventListener } from '../contracts';
import { Agenda, type AgendaKind } from './agenda';
import type { ManualClock } from './clock';
import { forgePayload, platformRead } from './event-payload';
import { installForgeFetch, runInInvocation } from './forge-fetch';
import { installForgeRuntime } from './forge-runtime-global';
import { kvsHandler } from './kvs-http';
import { KvsStore } from './kvs-store';
import { lifecyclePayload, type LifecycleEvent } from './lifecycle';
import { INTERVAL_MS, loadManifest, type ConsumerModule, type ScheduledModule } from './manifest';
import { LocalQueue } from './queue';
import { seededRandom } from './random';

export interface LocalRuntimeOptions {
  readonly manifestYaml: string;
  /** The module exports of src/index.ts. */
  readonly app: Readonly<Record<string, unknown>>;
  readonly jira: JiraHandler;
  /** Subscribes to the site's events; returns the unsubscribe (the site's `store.onEvent`). */
  readonly onSiteEvent: (listener: SiteEventListener) => () => void;
  readonly clock: ManualClock;
  readonly seed?: number;
  /** Share of product-event deliveries sent twice (0..1, default 0). */
  readonly duplicateRate?: number;
  /** Share of product-event deliveries that may overtake up to a few later ones (default: duplicateRate). */
  readonly reorderRate?: number;
  readonly cloudId?: string;
  /** Egress `fetch` for @forge/api's fetch (only effective if installed before @forge/api loads). */
  readonly egress?: typeof fetch;
  readonly onLog?: (entry: RuntimeLogEntry) => void;
  /** Keep KVS in this JSON file: loaded at start when it exists, written after every change. */
  readonly kvsStateFile?: string;
  /** Start every delivery, job and firing due at the same moment side by side, as Forge may (default: one by one). */
  readonly parallel?: boolean;
  /**
   * Deliver the app life cycle events (lifecycle.ts) to the manifest's triggers: installed on a fresh start and on
   * reset(), upgraded on a start with kept storage. Delivered at the next settle(), advance() or other delivery, so
   * whoever creates or resets the runtime has the app's code loaded first. Default false.
   */
  readonly lifecycleEvents?: boolean;
  /** The installer's (or upgrader's) account id in those events; left out when not given (documented optional). */
  readonly installerAccountId?: string;
}

export interface RuntimeLogEntry {
  readonly at: string;
  readonly kind: 'event' | 'lifecycle' | 'scheduled' | 'consumer' | 'resolver' | 'action' | 'dropped' | 'crash';
  readonly functionKey?: string;
  readonly moduleKey?: string;
  readonly detail?: string;
  readonly ok: boolean;
  readonly error?: string;
}

/** What a Custom UI `invoke` sends, as @forge/resolver's definitions expect it. */
export interface ResolverRequest {
  readonly call: { readonly functionKey: string; readonly payload?: unknown };
  readonly context: { readonly accountId?: string; readonly moduleKey?: string; readonly [k: string]: unknown };
}

export interface LocalRuntime {
  /** Moves the clock by ms, firing every trigger, job and retry due in the interval, in order. */
  advance(ms: number): Promise<void>;
  /** Resolves once no event, job or retry is pending; moves the clock to pending delayed jobs and retries. */
  settle(): Promise<void>;
  /**
   * Runs an Automation custom action (manifest `action` key) as a rule would, with the inputs the rule configured:
   * `{ inputs, context: { cloudId, moduleKey } }` (local choice for the payload's shape); returns what it returns.
   */
  runAction(actionKey: string, inputs: Readonly<Record<string, unknown>>): Promise<unknown>;
  /** Runs a resolver function (manifest function key) as `context.accountId`; returns what it returns. */
  invoke(functionKey: string, request: ResolverRequest): Promise<unknown>;
  readonly installedAt: Date;
  /** Empties storage, drops pending work and reinstalls: scheduled triggers count from now. */
  reset(): void;
  kvsDump(): Record<string, Record<string, unknown>>;
  log(): readonly RuntimeLogEntry[];
  /** Unsubscribes and removes the globals. */
  stop(): void;
}

const REORDER_SPAN = 3;
/** `log()` keeps the latest entries only, so a long `npm start` session does not grow without bound. */
const LOG_LIMIT = 5_000;
const SETTLE_STEP_LIMIT = 10_000;
const WORK: readonly AgendaKind[] = ['event', 'job', 'retry'];
const EVERYTHING: readonly AgendaKind[] = ['event', 'job', 'retry', 'scheduled'];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createLocalRuntime(options: LocalRuntimeOptions): LocalRuntime {
  const { clock, jira } = options;
  const manifest = loadManifest(options.manifestYaml, options.app);
  const cloudId = options.cloudId ?? '00000000-0000-4000-8000-00000000c10d';
  const installContext = `ari:cloud:jira::site/${cloudId}`;
  const random = seededRandom(options.seed ?? 1);
  const duplicateRate = options.duplicateRate ?? 0;
  const reorderRate = options.reorderRate ?? duplicateRate;
  const nowMs = (): number => clock.now().getTime();
  const entries: RuntimeLogEntry[] = [];
  const record = (entry: Omit<RuntimeLogEntry, 'at'>): void => {
    const full = { at: clock.now().toISOString(), ...entry };
    entries.push(full);
    if (entries.length > LOG_LIMIT) entries.splice(0, entries.length - LOG_LIMIT);
    options.onLog?.(full);
  };
  const agenda = new Agenda(
    nowMs,
    (error) => record({ kind: 'crash', ok: false, error: message(error) }),
    options.parallel ?? false,
  );
  const stateFile = options.kvsStateFile;
  const store = new KvsStore(clock, () => {
    if (stateFile) writeFileSync(stateFile, JSON.stringify(store.toJSON()));
  });
  if (stateFile && existsSync(stateFile)) {
    store.load(JSON.parse(readFileSync(stateFile, 'utf8')) as ReturnType<KvsStore['toJSON']>);
  }
  const keptStorage = Object.values(store.dump()).some((space) => Object.keys(space).length > 0);
  let invocations = 0;
  let installedAt = clock.now();

  /** One invocation of a function: the handler runs inside its invocation scope; errors are logged. */
  async function call(
    kind: RuntimeLogEntry['kind'],
    functionKey: string,
    moduleKey: string,
    args: [unknown, unknown],
    accountId?: string,
    detail?: string,
  ): Promise<unknown> {
    invocations += 1;
    const scope = { accountId, moduleKey, invocationId: `local-invocation-${invocations}` };
    const handler = manifest.handler(functionKey);
    try {
      const result = await runInInvocation(scope, async () => await handler(...args));
      record({ kind, functionKey, moduleKey, detail, ok: true });
      return result;
    } catch (error) {
      record({ kind, functionKey, moduleKey, detail, ok: false, error: message(error) });
      throw error;
    }
  }

  const read = platformRead(jira);

  function deliverToConsumer(consumer: ConsumerModule, event: Record<string, unknown>): Promise<unknown> {
    const context = { installContext };
    if (consumer.function) return call('consumer', consumer.function, consumer.key, [event, context]);
    // @forge/events 1.x style: a resolver method gets the body (with retryContext) as its payload.
    const { body, retryContext, jobId } = event as { body: object; retryContext?: unknown; jobId: string };
    const payload = { ...body, ...(retryContext ? { retryContext } : {}) };
    const request = { call: { functionKey: consumer.resolver?.method, payload, jobId }, context: {} };
    return call('consumer', consumer.resolver?.function ?? '', consumer.key, [request, context]);
  }
  const queue = new LocalQueue(manifest.consumers, agenda, nowMs, random, deliverToConsumer);

  function deliveryOrder(): number {
    const seq = agenda.nextSeq();
    return random() < reorderRate ? seq + random() * REORDER_SPAN : seq;
  }

  function receive(event: SiteEvent): void {
    for (const trigger of manifest.triggers) {
      if (!trigger.events.includes(event.type)) continue;
      if (trigger.filter?.ignoreSelf && event.actorAccountId === APP_ACCOUNT_ID) {
        record({ kind: 'dropped', moduleKey: trigger.key, detail: `${event.type} ${event.id} (ignoreSelf)`, ok: true });
        continue;
      }
      let payload: Promise<Record<string, unknown>> | undefined;
      const deliver = async (): Promise<void> => {
        payload ??= forgePayload(read, event);
        const args: [unknown, unknown] = [structuredClone(await payload), { installContext }];
        await call('event', trigger.function, trigger.key, args, undefined, `${event.type} ${event.id}`).catch(
          () => undefined, // product-event failures are logged, not retried (docs/FORGE_EVENTS.md)
        );
      };
      const copies = random() < duplicateRate ? 2 : 1;
      for (let i = 0; i < copies; i += 1) agenda.add('event', nowMs(), deliver, deliveryOrder());
    }
  }

  function scheduleFiring(module: ScheduledModule, atMs: number): void {
    agenda.add('scheduled', atMs, async () => {
      scheduleFiring(module, atMs + INTERVAL_MS[module.interval]);
      const request = { context: { cloudId, moduleKey: module.key }, contextToken: 'local-context-token' };
      await call('scheduled', module.function, module.key, [request, { installContext }]).catch(() => undefined);
    });
  }

  /** Queues a life cycle event for every trigger that lists it (no pump of its own: see `lifecycleEvents`). */
  function lifecycle(type: LifecycleEvent): void {
    if (!options.lifecycleEvents) return;
    const payload = lifecyclePayload(type, {
      appId: manifest.appId,
      installContext,
      ...(options.installerAccountId === undefined ? {} : { accountId: options.installerAccountId }),
    });
    for (const trigger of manifest.triggers.filter((t) => t.events.includes(type))) {
      const deliver = async (): Promise<void> => {
        const args: [unknown, unknown] = [structuredClone(payload), { installContext }];
        await call('lifecycle', trigger.function, trigger.key, args, undefined, type).catch(() => undefined);
      };
      agenda.add('event', nowMs(), deliver, agenda.nextSeq(), false);
    }
  }

  function install(type: LifecycleEvent = 'avi:forge:installed:app'): void {
    lifecycle(type);
    installedAt = clock.now();
    for (const module of manifest.scheduled)
      scheduleFiring(module, installedAt.getTime() + INTERVAL_MS[module.interval]);
  }

  const uninstallFetch = installForgeFetch({
    jira,
    kvs: kvsHandler(store),
    queue: queue.handler,
    egress: options.egress,
    allowImpersonation: manifest.allowImpersonation,
  });
  const uninstallRuntime = installForgeRuntime({ appId: manifest.appId, cloudId });
  const unsubscribe = options.onSiteEvent(receive);
  install(keptStorage ? 'avi:forge:upgraded:app' : 'avi:forge:installed:app');

  async function runUntil(targetMs: number | undefined, kinds: readonly AgendaKind[]): Promise<void> {
    for (let step = 0; step < SETTLE_STEP_LIMIT; step += 1) {
      await agenda.pump();
      const pending = agenda.nextDue(kinds);
      if (pending === undefined || (targetMs !== undefined && pending > targetMs)) return;
      // Fire anything earlier (a scheduled trigger before a retry) first, in clock order.
      clock.set(new Date(Math.max(nowMs(), agenda.nextDue(EVERYTHING) ?? pending)));
    }
    throw new Error(`the local runtime did not settle within ${SETTLE_STEP_LIMIT} steps (work keeps scheduling work)`);
  }

  return {
    async advance(ms) {
      if (!(ms >= 0)) throw new Error(`advance needs a duration in ms >= 0, got ${ms}`);
      const target = nowMs() + ms;
      await runUntil(target, EVERYTHING);
      clock.set(new Date(target));
      await agenda.pump();
    },
    settle: () => runUntil(undefined, WORK),
    async runAction(actionKey, inputs) {
      const action = manifest.actions.find((a) => a.key === actionKey);
      if (!action) throw new Error(`manifest.yml has no action "${actionKey}"`);
      const payload = { inputs: { ...inputs }, context: { cloudId, moduleKey: actionKey } };
      return call('action', action.function, actionKey, [payload, { installContext }]);
    },
    async invoke(functionKey, request) {
      if (typeof request?.call?.functionKey !== 'string') throw new Error('invoke needs { call: { functionKey } }');
      const context = request.context ?? {};
      const accountId = typeof context.accountId === 'string' ? context.accountId : undefined;
      const backend = { principal: accountId ? { accountId } : undefined, installContext };
      const moduleKey = typeof context.moduleKey === 'string' ? context.moduleKey : functionKey;
      const args: [unknown, unknown] = [{ ...request, context }, backend];
      return call('resolver', functionKey, moduleKey, args, accountId, request.call.functionKey);
    },
    get installedAt() {
      return new Date(installedAt);
    },
    reset() {
      agenda.clear();
      queue.clear();
      store.clear();
      install();
    },
    kvsDump: () => store.dump(),
    log: () => [...entries],
    stop() {
      unsubscribe();
      uninstallRuntime();
      uninstallFetch();
      agenda.clear();
    },
  };
}
