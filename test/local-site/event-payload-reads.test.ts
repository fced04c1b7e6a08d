// Reads the local Forge runtime makes to build event payloads are the platform's: no faults, marked in the log.
import { AGENT, at, items, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const payloadRead = (path: string) =>
  h.site.handle(new Request(`http://site${path}`, { headers: { 'x-local-runtime': 'event-payload' } }), {
    kind: 'app',
  });

async function appStatuses(count: number, interleave: boolean): Promise<number[]> {
  await h.call('POST', '/local/faults', { body: { rate429: 0.3, rate5xx: 0.2, seed: 7 } });
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    if (interleave) expect((await payloadRead('/rest/api/3/issue/SS-1?fields=summary')).status).toBe(200);
    statuses.push((await h.call('GET', '/rest/api/3/myself', { as: AGENT })).status);
  }
  return statuses;
}

beforeEach(async () => {
  await h.call('POST', '/local/faults', { body: {} });
  await h.call('POST', '/local/reset', { body: {} });
  await h.call('POST', '/local/email', { body: { from: 'a@b.example', subject: 'Hello', body: 'Hi' } });
});

test('event-payload reads draw no fault and leave the app’s fault sequence unchanged', async () => {
  const alone = await appStatuses(20, false);
  expect(alone.some((s) => s !== 200)).toBe(true);
  expect(await appStatuses(20, true)).toEqual(alone);
});

test('event-payload reads see no 429, 5xx or timeout even at rate 1', async () => {
  await h.call('POST', '/local/faults', { body: { rateTimeout: 1 } });
  expect((await payloadRead('/rest/api/3/issue/SS-1')).status).toBe(200);
  await h.call('POST', '/local/faults', { body: { rate429: 1 } });
  expect((await payloadRead('/rest/api/3/issue/SS-1')).status).toBe(200);
  expect((await h.call('GET', '/rest/api/3/issue/SS-1', { as: AGENT })).status).toBe(429);
});

test('the log marks them purpose "event-payload" so call counts can leave them out', async () => {
  const last = Number(at((await h.call('GET', '/local/log?since=0')).body, 'last'));
  await payloadRead('/rest/api/3/issue/SS-1?fields=summary');
  await h.call('GET', '/rest/api/3/issue/SS-1', { as: AGENT });
  // Over HTTP too: the header is what counts, not the way in.
  await fetch(`${h.url}/rest/api/3/issue/SS-1`, {
    headers: {
      'x-local-runtime': 'event-payload',
      authorization: `Basic ${Buffer.from(`${AGENT}:t`).toString('base64')}`,
    },
  });
  const entries = items((await h.call('GET', `/local/log?since=${last}`)).body, 'entries').filter(
    (e) => at(e, 'kind') === 'rest',
  );
  expect(entries.map((e) => [at(e, 'path'), at(e, 'status'), at(e, 'purpose')])).toEqual([
    ['/rest/api/3/issue/SS-1?fields=summary', 200, 'event-payload'],
    ['/rest/api/3/issue/SS-1', 200, undefined],
    ['/rest/api/3/issue/SS-1', 200, 'event-payload'],
  ]);
});

test('another value of the header is an ordinary call', async () => {
  await h.call('POST', '/local/faults', { body: { rate429: 1 } });
  const res = await h.site.handle(
    new Request('http://site/rest/api/3/issue/SS-1', { headers: { 'x-local-runtime': 'other' } }),
    { kind: 'app' },
  );
  expect(res.status).toBe(429);
});
