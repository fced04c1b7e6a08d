// Plugs the app into `npm start`: local/main.ts loads this module and calls its createLocalRuntime. The stack
// (runtime + src/index.ts + Slack stand-in + reset steps) is local/app's createLocalStack, on main's site and clock.
// Extra routes live under /local-runtime/ because /local/ belongs to the site's control surface:
//   POST /local-runtime/invoke { functionKey, call, context }  runs a resolver (what the bridge host's invoke does)
//   GET  /local-runtime/log                                    every invocation, event drop and failure
//   GET  /local-runtime/slack, POST { down: boolean }          the Slack stand-in: messages, or switch it down
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalStack, type LocalStack } from '../app';
import type { LocalRuntimePlugin } from '../main';
import type { JiraSite } from '../site';
import type { ManualClock } from '../site/clock';
import type { ResolverRequest } from './runtime';

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

function routes(stack: LocalStack) {
  return async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const method = req.method ?? 'GET';
    if (method === 'POST' && path === '/local-runtime/invoke') {
      const { functionKey, ...request } = parse(body) as ResolverRequest & { functionKey: string };
      try {
        return send(res, 200, { result: await stack.runtime.invoke(functionKey, request) });
      } catch (e) {
        return send(res, 500, { error: e instanceof Error ? e.message : String(e) });
      }
    }
    if (method === 'GET' && path === '/local-runtime/log') return send(res, 200, stack.runtime.log());
    if (path === '/local-runtime/slack') {
      if (method === 'POST') stack.slack.down = (parse(body) as { down?: unknown }).down === true;
      return send(res, 200, stack.slack);
    }
    return false;
  };
}

export async function createLocalRuntime({ site, clock }: PluginDeps): Promise<LocalRuntimePlugin> {
  const stack = await createLocalStack({
    site,
    clock,
    seed: Number(process.env.LOCAL_SEED ?? 1),
    duplicateRate: Number(process.env.LOCAL_DUPLICATE_RATE ?? 0),
    ...(process.env.LOCAL_STATE_FILE ? { kvsStateFile: `${process.env.LOCAL_STATE_FILE}.kvs.json` } : {}),
  });
  return { hooks: stack.hooks, http: [routes(stack)] };
}
