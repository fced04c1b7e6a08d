// The one place a Jira request is sent. Operations describe a call (route, body, response schema, whether a
// repeat is harmless); the client sends it, maps failures to JiraError and retries what is safe to retry.
//
// Retry rule (no write applied twice):
// - 429: Jira refused the request before doing anything, so every call is retried after Retry-After
//   (or X-RateLimit-Reset, else backoff). A wait longer than maxRetryAfterMs is not waited out: RATE_LIMITED
//   goes up with retryAfterMs for the queue to reschedule.
// - 5xx, timeouts and network failures are ambiguous for a write: Jira may have applied it.
//   'idempotent' calls (GET, PUT, set-like POSTs such as watchers, participants, links) are retried with
//   full-jitter backoff. 'not-idempotent' calls (create comment, create issue, transition, create organization)
//   are retried only when the operation gives a `probe` that looks for the write after the backoff and finds
//   nothing; without a probe the error goes up with maybeApplied = true and nothing is re-sent.
//   Across re-runs of a whole command (the queue retrying a failed one) the operations themselves check
//   first: addComment looks for its command key, transitionToStatus for the target status.
// - Anything else (400, 401, 403, 404, 409) is final at once.
import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { ZodType } from 'zod';
import { DEFAULT_BACKOFF, backoffDelay, retryAfterDelay, type BackoffPolicy } from './backoff';
import { parseErrorBody } from './error-body';
import { JiraError, codeForStatus } from './errors';
import { describe, parseBody } from './parse';
import { readRateLimit, waitFor429, type RateLimitInfo } from './rate-limit';

/** `asApp().requestJira` or `asUser().requestJira`: the caller decides whom the app acts as. */
export type JiraTransport = (route: Route, init?: RequestInit) => Promise<APIResponse>;

export interface Clock {
  now(): Date;
}

export interface JiraLogger {
  debug(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
}

export interface JiraClientOptions {
  readonly transport: JiraTransport;
  readonly clock: Clock;
  /** Waits; injected so tests never really wait. */
  readonly sleep: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly log?: JiraLogger;
  readonly backoff?: Partial<BackoffPolicy>;
  /** Aborts a request that takes longer (the abort counts as a timeout: ambiguous for writes). */
  readonly timeoutMs?: number;
}

export type RetrySafety = 'idempotent' | 'not-idempotent';

export interface JiraCall<T> {
  /** The spec's operationId, e.g. `addComment`: used in logs, errors and the contract tests. */
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly route: Route;
  /** Serialised with JSON.stringify (a bare string becomes a JSON string, as addWatcher needs). */
  readonly body?: unknown;
  /** Parses the 2xx body; absent means the body is ignored. */
  readonly schema?: ZodType<T>;
  readonly safety: RetrySafety;
  /** For not-idempotent calls: after an ambiguous failure, finds the write if Jira applied it. */
  readonly probe?: () => Promise<{ readonly found: T } | undefined>;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface JiraClient {
  call<T>(call: JiraCall<T>): Promise<T>;
  /** Rate-limit headers of the last response that carried any (for benchmarks and the local log). */
  lastRateLimit(): RateLimitInfo | undefined;
}

/** @forge/api errors that no retry can fix (their `name`s), thrown before anything reached Jira. */
const PLATFORM_REFUSALS: Readonly<Record<string, JiraError['code']>> = {
  REQUEST_EGRESS_ALLOWLIST_ERR: 'FORBIDDEN',
  INVALID_REMOTE_ERR: 'INVALID',
};

const silent: JiraLogger = { debug: () => undefined, warn: () => undefined };

interface Failure {
  readonly error: JiraError;
  readonly delayMs: number;
  /** True when the request may have been applied (5xx, timeout, network). */
  readonly ambiguous: boolean;
}

export function createJiraClient(options: JiraClientOptions): JiraClient {
  const policy: BackoffPolicy = { ...DEFAULT_BACKOFF, ...options.backoff };
  const random = options.random ?? Math.random;
  const log = options.log ?? silent;
  let lastRateLimit: RateLimitInfo | undefined;

  async function attempt<T>(call: JiraCall<T>, retry: number): Promise<{ ok: T } | Failure> {
    const init: RequestInit = {
      method: call.method,
      headers: {
        Accept: 'application/json',
        ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...call.headers,
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      ...(options.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(options.timeoutMs) }),
    };
    let response: APIResponse;
    try {
      response = await options.transport(call.route, init);
    } catch (cause) {
      const refusal = cause instanceof Error ? PLATFORM_REFUSALS[cause.name] : undefined;
      if (refusal)
        throw new JiraError(refusal, `${call.operation}: ${describe(cause)}`, { operation: call.operation, cause });
      if (cause instanceof Error && cause.name === 'NEEDS_AUTHENTICATION_ERR') {
        throw new JiraError('UNAUTHORIZED', `${call.operation}: the user has not granted the app access`, {
          operation: call.operation,
          cause,
        });
      }
      const error = new JiraError(
        'UNAVAILABLE',
        `${call.operation}: request failed before a response (${describe(cause)})`,
        {
          operation: call.operation,
          maybeApplied: call.method !== 'GET',
          cause,
        },
      );
      return { error, delayMs: backoffDelay(policy, retry, random), ambiguous: true };
    }
    const now = options.clock.now();
    const rate = readRateLimit(response.headers, now);
    if (rate) {
      lastRateLimit = rate;
      const loud = response.status === 429 || rate.nearLimit === true || rate.beta?.nearLimit === true;
      const data = { status: response.status, ...rate };
      if (loud) log.warn(`jira rate-limit headers on ${call.operation}`, data);
      else log.debug(`jira rate-limit headers on ${call.operation}`, data);
    }
    const text = await response.text();
    if (response.ok) return { ok: parseBody(call, response.status, text) };
    const body = parseErrorBody(text);
    const details = { operation: call.operation, status: response.status, ...body };
    if (response.status === 429) {
      const wait = waitFor429(rate, now);
      if (wait !== undefined && wait > policy.maxRetryAfterMs) {
        throw new JiraError('RATE_LIMITED', `${call.operation}: rate limited for ${wait} ms`, {
          ...details,
          retryAfterMs: wait,
        });
      }
      const delayMs = wait === undefined ? backoffDelay(policy, retry, random) : retryAfterDelay(policy, wait, random);
      return {
        error: new JiraError('RATE_LIMITED', `${call.operation}: rate limited`, { ...details, retryAfterMs: delayMs }),
        delayMs,
        ambiguous: false,
      };
    }
    // 501 Not Implemented will not change on retry: it is final like a 4xx.
    if (response.status >= 500 && response.status !== 501) {
      const serverWait = rate?.retryAfterMs;
      const delayMs =
        serverWait === undefined ? backoffDelay(policy, retry, random) : retryAfterDelay(policy, serverWait, random);
      const error = new JiraError('UNAVAILABLE', `${call.operation}: Jira answered ${response.status}`, {
        ...details,
        maybeApplied: call.method !== 'GET',
        ...(serverWait === undefined ? {} : { retryAfterMs: serverWait }),
      });
      return { error, delayMs, ambiguous: true };
    }
    const summary = [...body.errorMessages, ...Object.entries(body.fieldErrors).map(([k, v]) => `${k}: ${v}`)].join(
      '; ',
    );
    throw new JiraError(
      codeForStatus(response.status),
      `${call.operation}: ${response.status} ${summary}`.trim(),
      details,
    );
  }

  async function call<T>(spec: JiraCall<T>): Promise<T> {
    for (let retry = 1; ; retry += 1) {
      const outcome = await attempt(spec, retry);
      if ('ok' in outcome) return outcome.ok;
      const { error, delayMs, ambiguous } = outcome;
      if (retry >= policy.maxAttempts) throw error;
      if (ambiguous && spec.safety === 'not-idempotent' && !spec.probe) throw error;
      log.warn(`jira ${spec.operation} failed (${error.code} ${error.status ?? '-'}), retry ${retry} in ${delayMs} ms`);
      await options.sleep(delayMs);
      if (ambiguous && spec.safety === 'not-idempotent' && spec.probe) {
        const found = await spec.probe();
        if (found) return found.found;
      }
    }
  }

  return { call, lastRateLimit: () => lastRateLimit };
}
