/**
 * What the people of a script do, in-process on a soak stack. The site injects faults into their calls too: a
 * person retries what failed (an injected fault fails before Jira changes anything, so a retry is safe), and a
 * panel click is retried with the same request id, as the page does.
 */
import { SiteTimeoutError } from '../../local/site/faults';
import type { SoakStack } from './stack';

const ATTEMPTS = 40;

export interface PanelAnswer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; reason?: string; message: string };
}

export interface People {
  stack: SoakStack;
  rest<T = unknown>(accountId: string, method: string, path: string, body?: unknown): Promise<T>;
  email(from: string, subject: string, body: string): Promise<string>;
  moveTo(key: string, status: string, accountId: string): Promise<void>;
  /** Moves the clock by ms, firing the hourly trigger on the way, then settles. */
  advanceHours(hours: number): Promise<void>;
  act(accountId: string, payload: Record<string, unknown>): Promise<PanelAnswer>;
  settle(): Promise<void>;
  /** Calls a person had to repeat because of an injected fault. */
  retries: number;
}

export function people(stack: SoakStack): People {
  let requests = 0;
  const p: People = {
    stack,
    retries: 0,
    async rest<T>(accountId: string, method: string, path: string, body?: unknown): Promise<T> {
      for (let attempt = 1; ; attempt += 1) {
        const init: RequestInit = {
          method,
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        };
        let res: Response | undefined;
        try {
          res = await stack.site.handle(new Request(`http://local${path}`, init), { kind: 'user', accountId });
        } catch (e) {
          if (!(e instanceof SiteTimeoutError)) throw e;
        }
        const transient = !res || res.status === 429 || res.status >= 500;
        if (!transient && res) {
          const text = await res.text();
          if (res.status >= 300) throw new Error(`${method} ${path} as ${accountId}: ${res.status} ${text}`);
          return (text ? JSON.parse(text) : undefined) as T;
        }
        if (attempt >= ATTEMPTS) throw new Error(`${method} ${path}: still failing after ${ATTEMPTS} attempts`);
        p.retries += 1;
      }
    },
    async email(from, subject, body) {
      const { key } = stack.site.sendEmail({ from, subject, body });
      await stack.settle();
      return key;
    },
    async moveTo(key, status, accountId) {
      const t = await p.rest<{ transitions: { id: string; to: { name: string } }[] }>(
        accountId,
        'GET',
        `/rest/api/3/issue/${key}/transitions`,
      );
      const id = t.transitions.find((x) => x.to.name === status)?.id;
      if (id === undefined) throw new Error(`${key} cannot move to ${status}`);
      await p.rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
      await stack.settle();
    },
    async advanceHours(hours) {
      await stack.runtime.advance(hours * 3_600_000);
      await stack.settle();
    },
    async act(accountId, payload) {
      requests += 1;
      const request = { call: { functionKey: 'act', payload: { requestId: `soak-${requests}`, ...payload } } };
      for (let attempt = 1; ; attempt += 1) {
        try {
          const answer = (await stack.runtime.invoke('panel-resolver', {
            ...request,
            context: { accountId },
          })) as PanelAnswer;
          if (answer.ok || answer.error?.code !== 'FAILED') {
            await stack.settle();
            return answer;
          }
        } catch {
          // the resolver threw (a transient Jira failure): the page shows an error and the person clicks again
        }
        if (attempt >= ATTEMPTS) throw new Error(`panel act ${JSON.stringify(payload)}: failing after ${ATTEMPTS}`);
        p.retries += 1;
      }
    },
    settle: () => stack.settle(),
  };
  return p;
}
