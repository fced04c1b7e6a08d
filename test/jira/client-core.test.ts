import { route } from '@forge/api';
import { z } from 'zod';
import { DEFAULT_BACKOFF, JiraError, getIssue, setIssueProperty } from '../../src/jira';
import { json, scripted } from './support/scripted';

const issue = { id: '10001', key: 'SS-1', fields: { summary: 'x' } };

async function failure(promise: Promise<unknown>): Promise<JiraError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JiraError) return error;
    throw error;
  }
  throw new Error('expected a JiraError');
}

describe('client core: 429', () => {
  it('waits what Retry-After says, then succeeds', async () => {
    const h = scripted([
      () => json(429, { errorMessages: ['slow down'] }, { 'Retry-After': '3' }),
      () => json(200, issue),
    ]);
    const result = await getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: ['summary'] });
    expect(result.key).toBe('SS-1');
    expect(h.requests).toHaveLength(2);
    expect(h.sleeps).toHaveLength(1);
    expect(h.sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(h.sleeps[0]).toBeLessThanOrEqual(3000 + DEFAULT_BACKOFF.retryAfterJitterMs);
  });

  it('uses X-RateLimit-Reset when Retry-After is missing', async () => {
    const h = scripted([() => json(429, {}, { 'X-RateLimit-Reset': '2026-11-25T12:00:05Z' }), () => json(200, issue)]);
    await getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: [] });
    expect(h.sleeps[0]).toBeGreaterThanOrEqual(5000);
  });

  it('does not wait out a long Retry-After: RATE_LIMITED goes up with the wait for the queue', async () => {
    const h = scripted([() => json(429, { errorMessages: ['quota'] }, { 'Retry-After': '120' })]);
    const error = await failure(getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: [] }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.errorMessages).toEqual(['quota']);
    expect(h.requests).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
  });

  it('retries a write on 429 too: Jira refused it before applying it', async () => {
    const h = scripted([() => json(429, {}, { 'Retry-After': '1' }), () => new Response(null, { status: 200 })]);
    await setIssueProperty(h.jira, 'SS-1', 'onboarding-run', { stage: 'intake' });
    expect(h.requests.map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });

  it('logs rate-limit headers, including the 2026 beta ones', async () => {
    const h = scripted([
      () =>
        json(200, issue, {
          'X-RateLimit-NearLimit': 'true',
          'X-RateLimit-Remaining': '3',
          'Beta-RateLimit': '"tenant-app-quota";r=10;t=200',
          'X-Beta-RateLimit-Reason': 'jira-quota-tenant-based',
        }),
    ]);
    await getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: [] });
    expect(h.warnings).toHaveLength(1);
    expect(h.warnings[0]?.data).toMatchObject({
      nearLimit: true,
      remaining: 3,
      beta: { rateLimit: '"tenant-app-quota";r=10;t=200', reason: 'jira-quota-tenant-based' },
    });
    expect(h.jira.lastRateLimit()?.remaining).toBe(3);
  });
});

describe('client core: 5xx and network failures', () => {
  it('retries an idempotent call with bounded, jittered backoff, then gives up UNAVAILABLE', async () => {
    const h = scripted([() => json(503, { errorMessages: ['down'] })], { random: () => 1 });
    const error = await failure(getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: [] }));
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.transient).toBe(true);
    expect(h.requests).toHaveLength(DEFAULT_BACKOFF.maxAttempts);
    expect(h.sleeps).toEqual([500, 1000, 2000]);
  });

  it('recovers when the service comes back', async () => {
    const h = scripted([() => json(502, {}), () => 'network-error', () => json(200, issue)]);
    const result = await getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: [] });
    expect(result.id).toBe('10001');
    expect(h.requests).toHaveLength(3);
  });

  it('never re-sends a not-idempotent write after an ambiguous failure when nothing can check it', async () => {
    const h = scripted([() => json(500, {}), () => json(201, { id: '1', key: 'CS-1' })]);
    const error = await failure(
      h.jira.call({
        operation: 'createIssue',
        method: 'POST',
        route: route`/rest/api/3/issue`,
        body: { fields: {} },
        schema: z.object({ id: z.string() }),
        safety: 'not-idempotent',
      }),
    );
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.maybeApplied).toBe(true);
    expect(h.requests).toHaveLength(1);
  });
});

describe('client core: errors keep their codes and Jira messages', () => {
  it.each([
    [400, 'INVALID'],
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
  ] as const)('%i -> %s, at once', async (status, code) => {
    const h = scripted([() => json(status, { errorMessages: ['Issue does not exist'], errors: { reporter: 'bad' } })]);
    const error = await failure(getIssue(h.jira, { issueIdOrKey: 'SS-9', fields: [] }));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.errorMessages).toEqual(['Issue does not exist']);
    expect(error.fieldErrors).toEqual({ reporter: 'bad' });
    expect(error.operation).toBe('getIssue');
    expect(h.requests).toHaveLength(1);
  });

  it('reads JSM error bodies (errorMessage)', async () => {
    const h = scripted([() => json(404, { errorMessage: 'No organization', i18nErrorMessage: {} })]);
    const error = await failure(getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: [] }));
    expect(error.errorMessages).toEqual(['No organization']);
  });

  it('refuses a 2xx body that does not match the schema', async () => {
    const h = scripted([() => json(200, { key: 'SS-1' })]);
    const error = await failure(getIssue(h.jira, { issueIdOrKey: 'SS-1', fields: [] }));
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
  });
});
