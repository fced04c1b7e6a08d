// An in-test JiraHandler: each request is answered by the next scripted step, and every request is recorded.
// A step may also apply a write to `state` before answering, to model "Jira did it, then the answer was lost".
import type { JiraHandler, Principal } from '../../../local/contracts';
import { createJiraClient, type JiraClient, type JiraLogger, type JiraTransport } from '../../../src/jira';

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly body: string;
}

export type Step = (request: Request, recorded: Recorded) => Response | 'network-error' | Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** Turns a JiraHandler into what asApp().requestJira is, without globals: route value + init -> Response. */
export function transportFor(handler: JiraHandler, principal: Principal = { kind: 'app' }): JiraTransport {
  return async (route, init) => {
    const request = new Request(`https://test.atlassian.net${route.value}`, init);
    return handler(request, principal);
  };
}

export interface Harness {
  readonly jira: JiraClient;
  readonly requests: Recorded[];
  readonly sleeps: number[];
  readonly warnings: { message: string; data?: Record<string, unknown> }[];
}

/** A client whose transport plays `steps` in order (the last step repeats), sleeping for nothing. */
export function scripted(steps: Step[], options: { maxAttempts?: number; random?: () => number } = {}): Harness {
  const requests: Recorded[] = [];
  const sleeps: number[] = [];
  const warnings: Harness['warnings'] = [];
  const handler: JiraHandler = async (request) => {
    const url = new URL(request.url);
    const recorded = { method: request.method, path: url.pathname + url.search, body: await request.text() };
    requests.push(recorded);
    const step = steps[Math.min(requests.length - 1, steps.length - 1)];
    if (!step) throw new Error('no step scripted');
    const answer = await step(request, recorded);
    if (answer === 'network-error') throw new TypeError('fetch failed: socket hang up');
    return answer;
  };
  const log: JiraLogger = {
    debug: () => undefined,
    warn: (message, data) => warnings.push(data === undefined ? { message } : { message, data }),
  };
  const jira = createJiraClient({
    transport: transportFor(handler),
    clock: { now: () => new Date('2026-11-25T12:00:00Z') },
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: options.random ?? (() => 0.5),
    log,
    backoff: { maxAttempts: options.maxAttempts ?? 4 },
  });
  return { jira, requests, sleeps, warnings };
}
