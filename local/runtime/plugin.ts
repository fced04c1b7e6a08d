// Plugs the app into `npm start` (local/main.ts loads this module and calls its createLocalRuntime).
// Order matters: the egress fetch is installed before the app (and so @forge/api) is imported, because
// @forge/api captures globalThis.fetch when it loads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalRuntimePlugin } from '../main';
import type { JiraSite } from '../site';
import type { ManualClock } from '../site/clock';
import { installForgeFetch } from './forge-fetch';
import { createLocalRuntime as createRuntime, type LocalRuntime, type ResolverRequest } from './runtime';
import { SlackStandIn } from './slack';

interface PluginDeps {
  readonly site: JiraSite;
  readonly clock: ManualClock;
}

function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify(body));
  return true;
}

function parse(body: Buffer): unknown {
  return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
}

/** POST /local-runtime/invoke { functionKey, call, context } runs a resolver (for the bridge host);
 * GET /local-runtime/log lists invocations; GET/POST /local-runtime/slack shows the Slack stand-in or switches it
 * down. (/local/ belongs to the site.) */
function httpRoutes(runtime: LocalRuntime, slack: SlackStandIn) {
  return async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (req.method === 'POST' && path === '/local-runtime/invoke') {
      const { functionKey, ...request } = parse(body) as ResolverRequest & { functionKey: string };
      try {
        return send(res, 200, { result: await runtime.invoke(functionKey, request) });
      } catch (e) {
        return send(res, 500, { error: e instanceof Error ? e.message : String(e) });
      }
    }
    if (path === '/local-runtime/log' && req.method === 'GET') return send(res, 200, runtime.log());
    if (path === '/local-runtime/slack' && req.method === 'GET') return send(res, 200, slack.state());
    if (path === '/local-runtime/slack' && req.method === 'POST') {
      slack.setDown((parse(body) as { down?: unknown }).down === true);
      return send(res, 200, slack.state());
    }
    return false;
  };
}

export async function createLocalRuntime({ site, clock }: PluginDeps): Promise<LocalRuntimePlugin> {
  const slack = new SlackStandIn();
  const uninstallEarly = installForgeFetch({ jira: site.handle, egress: slack.fetch });
  const app = (await import('../../src/index')) as Record<string, unknown>;
  uninstallEarly();
  const manifestYaml = await readFile(join(process.cwd(), 'manifest.yml'), 'utf8');
  const runtime = createRuntime({
    manifestYaml,
    app,
    jira: site.handle,
    onSiteEvent: (listener) => site.onEvent(listener),
    clock,
    egress: slack.fetch,
    seed: Number(process.env.LOCAL_SEED ?? 1),
    duplicateRate: Number(process.env.LOCAL_DUPLICATE_RATE ?? 0),
  });
  return {
    hooks: {
      reset: () => {
        runtime.reset();
        slack.clear();
        return Promise.resolve();
      },
      advance: (to) => runtime.advance(Math.max(0, to.getTime() - clock.now().getTime())),
      settle: () => runtime.settle(),
    },
    http: [httpRoutes(runtime, slack)],
  };
}
