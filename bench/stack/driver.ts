/** The local stack driven in-process as its /local/ control surface and the site's people would drive it. */
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { createLocalStack, type LocalStack } from '../../local/app';
import { createJiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';
import { control } from '../../local/site/control';
import type { LogEntry } from '../../local/site/store';
import { waveSleeper, type WaveSleeper } from './waves';

export const START = new Date('2026-03-02T09:00:00.000Z');

export interface Driver {
  stack: LocalStack;
  waves: WaveSleeper;
  reset(): Promise<void>;
  email(from: string, subject: string, body: string): Promise<string>;
  /** Moves an issue to a status by name, as the user with that account id, then settles. */
  moveTo(key: string, status: string, accountId: string): Promise<void>;
  /** Moves the clock by an ISO-8601 duration (firing the scheduled triggers on the way), then settles. */
  advance(duration: string): Promise<void>;
  settle(): Promise<void>;
  /** The log position now: pass it to appCalls to see what happened after. */
  mark(): number;
  appCalls(since: number): AppCall[];
  latency(ms: number): void;
  /** Calls `listener` after every invocation the runtime ends, until the returned function is called. */
  afterInvocation(listener: () => void): () => void;
  stop(): void;
}

export interface AppCall {
  n: number;
  method: string;
  path: string;
  status: number | undefined;
}

/** REST calls the app made (as itself), leaving out the runtime's reads that build event payloads. */
export function appCallsOf(entries: readonly LogEntry[]): AppCall[] {
  return entries
    .filter((e) => e.kind === 'rest' && e.actor === APP_ACCOUNT_ID)
    .filter((e) => (e as { purpose?: string }).purpose !== 'event-payload')
    .map((e) => ({ n: e.n, method: e.method ?? '?', path: e.path ?? '?', status: e.status }));
}

export async function startDriver(): Promise<Driver> {
  const clock = new ManualClock(START);
  const waves = waveSleeper();
  const site = createJiraSite({ clock, responseCheck: 'throw', sleep: waves.sleep });
  const listeners = new Set<() => void>();
  const stack = await createLocalStack({
    clock,
    site,
    onLog: () => {
      for (const listener of listeners) listener();
    },
  });
  const deps = { site, clock, hooks: stack.hooks };
  const ctl = async (method: string, path: string, body: unknown = {}): Promise<unknown> => {
    const r = await control(deps, method, new URL(`http://local${path}`), body);
    if (r.status !== 200) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const rest = async (accountId: string, method: string, path: string, body?: unknown): Promise<unknown> => {
    const init: RequestInit = { method, headers: { accept: 'application/json', 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await site.handle(new Request(`http://local${path}`, init), { kind: 'user', accountId });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  const settle = async (): Promise<void> => {
    await ctl('POST', '/local/settle');
  };
  return {
    stack,
    waves,
    reset: async () => {
      await ctl('POST', '/local/reset');
    },
    async email(from, subject, body) {
      const r = (await ctl('POST', '/local/email', { from, subject, body })) as { key: string };
      await settle();
      return r.key;
    },
    async moveTo(key, status, accountId) {
      const t = (await rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)) as {
        transitions: { id: string; to: { name: string } }[];
      };
      const id = t.transitions.find((x) => x.to.name === status)?.id;
      if (id === undefined) throw new Error(`${key} cannot move to ${status}`);
      await rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
      await settle();
    },
    async advance(duration) {
      await ctl('POST', '/local/clock', { advance: duration });
      await settle();
    },
    settle,
    mark: () => site.log().at(-1)?.n ?? 0,
    appCalls: (since) => appCallsOf(site.log(since)),
    latency: (ms) => {
      site.setFaults({ latencyMs: ms });
    },
    afterInvocation: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => stack.stop(),
  };
}
