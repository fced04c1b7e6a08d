// Starts a fresh local site on a free port for one test file, and talks to it as a given user.
import type { Server } from 'node:http';
import { createJiraSite, type JiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';
import { noRuntimeHooks, type LocalRuntimeHooks } from '../../local/site/control';
import { startServer } from '../../local/site/server';

export interface Harness {
  site: JiraSite;
  clock: ManualClock;
  url: string;
  call(method: string, path: string, options?: { as?: string; body?: unknown; raw?: string }): Promise<Reply>;
  close(): Promise<void>;
}

export interface Reply {
  status: number;
  body: unknown;
  headers: Headers;
}

export const START = new Date('2026-03-02T09:00:00.000Z');

export async function startHarness(hooks: LocalRuntimeHooks = noRuntimeHooks): Promise<Harness> {
  const clock = new ManualClock(START);
  const site = createJiraSite({ clock, responseCheck: 'throw', sleep: () => Promise.resolve() });
  const { server, url } = await startServer({ site, clock, hooks, port: 0 });
  await site.ready();
  return {
    site,
    clock,
    url,
    call: async (method, path, options = {}) => {
      const headers: Record<string, string> = {};
      if (options.as) headers.authorization = `Basic ${Buffer.from(`${options.as}:token`).toString('base64')}`;
      let payload: string | undefined = options.raw;
      if (options.body !== undefined) payload = JSON.stringify(options.body);
      if (payload !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(url + path, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: res.headers };
    },
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export const AGENT = 'priya@goeverbright.com';
export const ADMIN = 'admin@goeverbright.com';
export const OUTSIDER = 'olga@goeverbright.com';
export const CUSTOMER = 'bob@sunpower-installers.example';

export function adf(text: string) {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** Reads `a.b.0.c` out of a JSON reply. */
export function at(value: unknown, path: string): unknown {
  let v = value;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

export function items(value: unknown, path: string): unknown[] {
  const v = at(value, path);
  return Array.isArray(v) ? (v as unknown[]) : [];
}

/** The id of the transition called `name` from the issue's current status. */
export async function transitionId(h: Harness, key: string, name: string, as: string): Promise<string> {
  const res = await h.call('GET', `/rest/api/3/issue/${key}/transitions`, { as });
  const t = items(res.body, 'transitions').find((x) => at(x, 'name') === name);
  if (!t) throw new Error(`no transition ${name} on ${key}`);
  return String(at(t, 'id'));
}
