// Retry timing, pure: the client feeds it attempts and a random source, tests feed it fixed numbers.

export interface BackoffPolicy {
  /** Total tries including the first. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited out here: the error goes up for the queue to reschedule. */
  readonly maxRetryAfterMs: number;
  /** Extra random spread added on top of Retry-After so many clients do not return at the same instant. */
  readonly retryAfterJitterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 20_000,
  retryAfterJitterMs: 250,
};

/** Exponential backoff with "full jitter": uniform in [0, min(max, base * 2^(retry-1))], at least 1 ms. */
export function backoffDelay(policy: BackoffPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.max(1, Math.round(random() * ceiling));
}

/** Honours the server's wait exactly, plus a little jitter, never less than asked. */
export function retryAfterDelay(policy: BackoffPolicy, retryAfterMs: number, random: () => number): number {
  return retryAfterMs + Math.round(random() * policy.retryAfterJitterMs);
}
