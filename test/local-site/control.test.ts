import { createJiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';
import type { LocalRuntimeHooks } from '../../local/site/control';
import { AGENT, at, items, START, startHarness, type Harness } from './harness';

const calls: string[] = [];
const hooks: LocalRuntimeHooks = {
  reset: ({ demo }) => {
    calls.push(`reset demo=${String(demo)}`);
    return Promise.resolve();
  },
  advance: (to: Date, clock: ManualClock) => {
    // A runtime fires each due trigger at its time: here, one at the halfway point.
    const half = new Date((clock.now().getTime() + to.getTime()) / 2);
    clock.set(half);
    calls.push(`fired at ${clock.now().toISOString()}`);
    return Promise.resolve();
  },
  settle: () => {
    calls.push('settle');
    return Promise.resolve();
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness(hooks);
});
afterAll(() => h.close());
beforeEach(() => {
  calls.length = 0;
  h.site.setFaults({});
});

test('clock: read, advanced by an ISO duration through the runtime hook; bad durations refused', async () => {
  expect((await h.call('GET', '/local/clock')).body).toEqual({ now: START.toISOString() });
  const moved = await h.call('POST', '/local/clock', { body: { advance: 'PT25H' } });
  expect(moved.body).toEqual({ now: '2026-03-03T10:00:00.000Z' });
  expect(calls).toEqual(['fired at 2026-03-02T21:30:00.000Z']);
  expect((await h.call('POST', '/local/clock', { body: { advance: 'tomorrow' } })).status).toBe(400);
});

test('reset: a fresh site, the runtime installs the app, demo tickets after it, then settle', async () => {
  await h.call('POST', '/local/email', { body: { from: 'a@b.example', subject: 'x', body: 'y' } });
  const plain = await h.call('POST', '/local/reset', { body: {} });
  expect(at(plain.body, 'reset')).toBe(true);
  expect(calls).toEqual(['reset demo=false', 'settle']);
  expect((await h.call('GET', '/rest/api/3/issue/SS-1', { as: AGENT })).status).toBe(404);
  calls.length = 0;
  await h.call('POST', '/local/reset', { body: { demo: true } });
  // Seeded, then one settle after each demo step (docs/LOCAL_SITE.md, "Demo tickets").
  expect(calls).toEqual(['reset demo=true', 'settle', 'settle', 'settle', 'settle']);
  const found = await h.call('POST', '/rest/api/3/search/jql', {
    as: 'admin@goeverbright.com',
    body: { jql: 'created >= -1d ORDER BY key ASC', fields: ['summary'] },
  });
  expect(items(found.body, 'issues').map((i) => at(i, 'key'))).toEqual([
    ...['DP-1', 'DP-2', 'DP-3', 'OSI-1', 'OSI-2', 'OSI-3'],
    ...['SEP-1', 'SEP-2', 'SEP-3', 'SS-1', 'SS-2', 'SS-3'],
  ]);
});

test('settle, outbox and log answer in their documented shapes', async () => {
  await h.call('POST', '/local/reset', { body: {} });
  expect((await h.call('POST', '/local/settle')).body).toEqual({ settled: true });
  await h.call('POST', '/local/email', { body: { from: 'a@b.example', subject: 'x', body: 'y' } });
  expect(items((await h.call('GET', '/local/outbox')).body, 'messages').map((m) => at(m, 'to'))).toEqual([
    'a@b.example',
  ]);
  const log1 = await h.call('GET', '/local/log?since=0');
  const last = Number(at(log1.body, 'last'));
  await h.call('GET', '/rest/api/3/issue/SS-1', { as: AGENT });
  const log2 = await h.call('GET', `/local/log?since=${last}`);
  expect(items(log2.body, 'entries').map((e) => [at(e, 'kind'), at(e, 'path'), at(e, 'status')])).toEqual([
    ['rest', '/rest/api/3/issue/SS-1', 200],
  ]);
});

test('faults: seeded 429s with Retry-After and 5xx, replayable; never a 403', async () => {
  await h.call('POST', '/local/reset', { body: {} });
  const run = async () => {
    await h.call('POST', '/local/faults', { body: { rate429: 0.3, rate5xx: 0.2, seed: 42 } });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await h.call('GET', '/rest/api/3/myself', { as: AGENT })).status);
    return statuses;
  };
  const first = await run();
  expect(await run()).toEqual(first);
  expect(first).toContain(429);
  expect(first.some((s) => s >= 500)).toBe(true);
  expect(first).toContain(200);
  expect(first).not.toContain(403);
  await h.call('POST', '/local/faults', { body: { rate429: 1, retryAfterSeconds: 7 } });
  const limited = await h.call('GET', '/rest/api/3/myself', { as: AGENT });
  expect(limited.headers.get('retry-after')).toBe('7');
  await h.call('POST', '/local/faults', { body: { rateTimeout: 1 } });
  await expect(h.call('GET', '/rest/api/3/myself', { as: AGENT })).rejects.toThrow();
  expect((await h.call('POST', '/local/faults', { body: { rate429: 2 } })).status).toBe(400);
});

test('injected latency waits through the site’s sleep before answering', async () => {
  const waits: number[] = [];
  const site = createJiraSite({
    clock: new ManualClock(START),
    faults: { latencyMs: 250 },
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  const res = await site.handle(new Request('http://site/rest/api/3/myself'), { kind: 'app' });
  expect(res.status).toBe(200);
  expect(waits).toEqual([250]);
});
