// Jira Cloud's rate-limit headers (developer.atlassian.com/cloud/jira/platform/rate-limiting):
//   Retry-After (seconds), X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset (ISO time),
//   X-RateLimit-NearLimit (true when < 20% of a budget is left), RateLimit-Reason.
// The 2026 points-based quota sends beta headers alongside: Beta-RateLimit-Policy, Beta-RateLimit,
//   X-Beta-RateLimit-Reason, X-Beta-RateLimit-NearLimit, X-Beta-RateLimit-Reset, Beta-Retry-After.

export interface HeaderReader {
  get(name: string): string | null;
}

export interface RateLimitInfo {
  readonly retryAfterMs?: number;
  readonly limit?: number;
  readonly remaining?: number;
  readonly resetAt?: Date;
  readonly nearLimit?: boolean;
  readonly reason?: string;
  readonly beta?: {
    readonly policy?: string;
    readonly rateLimit?: string;
    readonly reason?: string;
    readonly nearLimit?: boolean;
    readonly resetAt?: Date;
    readonly retryAfterMs?: number;
  };
}

/** Retry-After is delta-seconds or an HTTP date; either becomes milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

function int(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

function date(value: string | null): Date | undefined {
  if (value === null) return undefined;
  const at = Date.parse(value.trim());
  return Number.isNaN(at) ? undefined : new Date(at);
}

function bool(value: string | null): boolean | undefined {
  if (value === null) return undefined;
  return value.trim().toLowerCase() === 'true';
}

function text(value: string | null): string | undefined {
  return value === null || value.trim() === '' ? undefined : value.trim();
}

function compact<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/** Everything rate-limit related in the headers, or undefined when Jira sent none. */
export function readRateLimit(headers: HeaderReader, now: Date): RateLimitInfo | undefined {
  const beta = compact({
    policy: text(headers.get('beta-ratelimit-policy')),
    rateLimit: text(headers.get('beta-ratelimit')),
    reason: text(headers.get('x-beta-ratelimit-reason')),
    nearLimit: bool(headers.get('x-beta-ratelimit-nearlimit')),
    resetAt: date(headers.get('x-beta-ratelimit-reset')),
    retryAfterMs: parseRetryAfter(headers.get('beta-retry-after'), now),
  });
  return compact<RateLimitInfo>({
    retryAfterMs: parseRetryAfter(headers.get('retry-after'), now),
    limit: int(headers.get('x-ratelimit-limit')),
    remaining: int(headers.get('x-ratelimit-remaining')),
    resetAt: date(headers.get('x-ratelimit-reset')),
    nearLimit: bool(headers.get('x-ratelimit-nearlimit')),
    reason: text(headers.get('ratelimit-reason')) ?? text(headers.get('x-ratelimit-reason')),
    beta,
  });
}

/** How long to wait before retrying a 429: Retry-After, else the reset time, else undefined (use backoff). */
export function waitFor429(info: RateLimitInfo | undefined, now: Date): number | undefined {
  if (!info) return undefined;
  if (info.retryAfterMs !== undefined) return info.retryAfterMs;
  if (info.resetAt) return Math.max(0, info.resetAt.getTime() - now.getTime());
  if (info.beta?.retryAfterMs !== undefined) return info.beta.retryAfterMs;
  return undefined;
}
