// The whole app on one machine: the local Jira site, the local Forge runtime running src/index.ts's real handlers,
// the control hooks the site's /local/ surface calls, and an HTTP server. See docs/RELIABILITY.md.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { APP_ACCOUNT_ID } from '../contracts';
import { createLocalRuntime, type LocalRuntime, type RuntimeLogEntry } from '../runtime';
import { createJiraSite, type JiraSite } from '../site';
import { ManualClock } from '../site/clock';
import { USERS } from '../site/seed-users';
import type { LocalRuntimeHooks } from '../site/control';
import { startServer, type ExtraHttpHandler } from '../site/server';
import { LOCAL_DIRECTORY } from './directory';
import { LOCAL_REGISTRIES } from './registries';
import { LOCAL_SLACK_WEBHOOK, slackEgress, type SlackSink } from './slack';

export interface LocalStackOptions {
  /** Default: a clock at the current time. */
  clock?: ManualClock;
  /** Share of product events delivered twice (and reordered), drawn from `seed`. Default 0. */
  duplicateRate?: number;
  seed?: number;
  /** Deliver everything due at the same moment side by side (concurrency tests). Default false. */
  parallel?: boolean;
  /** Use this site instead of a new one (local/main.ts passes its own). */
  site?: JiraSite;
  /** 'throw' turns a response that breaks Atlassian's spec into a 500 (tests). Default 'log'. */
  responseCheck?: 'throw' | 'log';
  /** Configure the Slack webhook on reset. Default true. */
  slack?: boolean;
  /** Keep the app's KVS in this file, beside the site's own state file, so a restart keeps both in step. */
  kvsStateFile?: string;
  /** Told of every invocation the runtime ends (benches sample storage between invocations). */
  onLog?: (entry: RuntimeLogEntry) => void;
}

export interface LocalStack {
  site: JiraSite;
  clock: ManualClock;
  runtime: LocalRuntime;
  hooks: LocalRuntimeHooks;
  slack: SlackSink;
  /** Serves the site, /local/ and `extra` on `port` (0: any free port). */
  listen(port?: number, extra?: ExtraHttpHandler[]): Promise<{ url: string; close(): Promise<void> }>;
  stop(): void;
}

const HANDLERS = [
  'handleIssueEvent',
  'handleDueRuns',
  'handleRunWork',
  'panelResolver',
  'adminResolver',
  'handleAutomationAction',
  'handleLifecycle',
] as const;
type AppModule = Record<(typeof HANDLERS)[number], (...args: unknown[]) => unknown>;

export async function createLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const clock = options.clock ?? new ManualClock(new Date());
  const site =
    options.site ??
    createJiraSite({ clock, responseCheck: options.responseCheck ?? 'log', sleep: () => Promise.resolve() });
  const slack: SlackSink = { messages: [], down: false };
  // The runtime installs __forge_fetch__ and the egress fetch; the app is imported after, as on Forge.
  const loaded: { app?: AppModule } = {};
  const lazy = Object.fromEntries(
    HANDLERS.map((name) => [
      name,
      (...args: unknown[]) => {
        if (!loaded.app) throw new Error('the app module is not loaded yet');
        return loaded.app[name](...args);
      },
    ]),
  );
  const runtime = createLocalRuntime({
    manifestYaml: readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8'),
    app: lazy,
    jira: site.handle,
    onSiteEvent: (listener) => site.onEvent(listener),
    clock,
    seed: options.seed ?? 1,
    duplicateRate: options.duplicateRate ?? 0,
    parallel: options.parallel ?? false,
    // Forge's installed event on every reset (upgraded on a restart with the KVS state file), from the site admin.
    lifecycleEvents: true,
    installerAccountId: USERS.admin,
    egress: slackEgress(slack, globalThis.fetch.bind(globalThis), () => clock.now()),
    ...(options.kvsStateFile ? { kvsStateFile: options.kvsStateFile } : {}),
    ...(options.onLog ? { onLog: options.onLog } : {}),
  });
  loaded.app = (await import('../../src/index')) as unknown as AppModule;
  const { configureRuntime } = await import('../../src/shared/runtime');
  const storage = await import('../../src/storage');
  const { saveRegistries } = await import('../../src/storage/registries');
  const restore = configureRuntime({ clock, appAccountId: APP_ACCOUNT_ID, sleep: () => Promise.resolve() });

  const hooks: LocalRuntimeHooks = {
    async reset() {
      runtime.reset();
      // The reinstall's avi:forge:installed:app saves the built-ins, disabled; the local admin then enables them all.
      await runtime.settle();
      slack.messages.length = 0;
      slack.down = false;
      await storage.seedBuiltinPlaybooks({ enable: true });
      for (const playbook of await storage.loadCurrentPlaybooks())
        if (!playbook.enabled) await storage.setPlaybookEnabled(playbook.id, true);
      await storage.saveDirectory(LOCAL_DIRECTORY);
      await saveRegistries(LOCAL_REGISTRIES);
      if (options.slack ?? true) await storage.saveSlackWebhook(LOCAL_SLACK_WEBHOOK);
    },
    async advance(to) {
      await runtime.advance(Math.max(0, to.getTime() - clock.now().getTime()));
    },
    settle: () => runtime.settle(),
    runAutomationAction: (action, inputs) => runtime.runAction(action, inputs),
  };

  return {
    site,
    clock,
    runtime,
    hooks,
    slack,
    async listen(port = 0, extra = []) {
      const { server, url } = await startServer({ site, clock, hooks, port, extra });
      await site.ready();
      return { url, close: () => closeServer(server) };
    },
    stop() {
      runtime.stop();
      restore();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
