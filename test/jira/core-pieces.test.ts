import fc from 'fast-check';
import { DEFAULT_BACKOFF, parseRetryAfter, readRateLimit } from '../../src/jira';
import { backoffDelay, retryAfterDelay } from '../../src/jira/core/backoff';
import { parseErrorBody } from '../../src/jira/core/error-body';

const now = new Date('2026-11-25T12:00:00Z');
const headers = (h: Record<string, string>) => new Headers(h);

describe('backoff', () => {
  it('stays within [1, maxDelayMs] for any retry and random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (retry, r) => {
        const delay = backoffDelay(DEFAULT_BACKOFF, retry, () => r);
        expect(delay).toBeGreaterThanOrEqual(1);
        expect(delay).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxDelayMs);
      }),
    );
  });

  it('never waits less than Retry-After', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (wait, r) => {
        expect(retryAfterDelay(DEFAULT_BACKOFF, wait, () => r)).toBeGreaterThanOrEqual(wait);
      }),
    );
  });
});

describe('rate-limit headers', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('reads the classic and the beta headers, and nothing when there are none', () => {
    expect(readRateLimit(headers({ 'content-type': 'application/json' }), now)).toBeUndefined();
    expect(
      readRateLimit(
        headers({
          'X-RateLimit-Limit': '350',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': '2026-11-25T12:01Z',
          'RateLimit-Reason': 'jira-burst-based',
          'Beta-RateLimit-Policy': '"tenant-app-quota";q=100100;w=3600',
          'X-Beta-RateLimit-NearLimit': 'true',
          'Beta-Retry-After': '60',
        }),
        now,
      ),
    ).toEqual({
      limit: 350,
      remaining: 0,
      resetAt: new Date('2026-11-25T12:01:00Z'),
      reason: 'jira-burst-based',
      beta: { policy: '"tenant-app-quota";q=100100;w=3600', nearLimit: true, retryAfterMs: 60_000 },
    });
  });
});

describe('error bodies', () => {
  it('never throws, whatever Jira sent', () => {
    fc.assert(
      fc.property(fc.string(), (body) => {
        expect(() => parseErrorBody(body)).not.toThrow();
      }),
    );
    expect(parseErrorBody('<html>\nBad gateway</html>').errorMessages).toEqual(['<html>']);
  });
});
