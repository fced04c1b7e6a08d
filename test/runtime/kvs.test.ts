import { kvs, MetadataField, WhereConditions, type ForgeKvsAPIError } from '@forge/kvs';
import type { Clock } from '../../local/contracts';
import { installForgeFetch } from '../../local/runtime/forge-fetch';
import { kvsHandler } from '../../local/runtime/kvs-http';
import { KvsStore } from '../../local/runtime/kvs-store';

let now = new Date('2026-03-02T09:00:00Z');
const clock: Clock = { now: () => now };
const store = new KvsStore(clock);
let uninstall: () => void;

beforeEach(() => {
  now = new Date('2026-03-02T09:00:00Z');
  store.clear();
  uninstall = installForgeFetch({
    jira: () => Promise.reject(new Error('no Jira in this test')),
    kvs: kvsHandler(store),
  });
});
afterEach(() => uninstall());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as ForgeKvsAPIError).code;
  }
  return 'no error';
}

test('set, get and delete round-trip a JSON value; a missing key reads as undefined', async () => {
  await kvs.set('run:SS-1', { stage: 'intake', steps: [1, 2] });
  expect(await kvs.get('run:SS-1')).toEqual({ stage: 'intake', steps: [1, 2] });
  await kvs.delete('run:SS-1');
  expect(await kvs.get('run:SS-1')).toBeUndefined();
  await expect(kvs.delete('never-there')).resolves.toBeUndefined();
});

test('stored values are copies, not shared objects', async () => {
  const value = { n: 1 };
  await kvs.set('k1', value);
  value.n = 2;
  expect(await kvs.get('k1')).toEqual({ n: 1 });
});

test('query pages through keys with a prefix in key order', async () => {
  for (const n of [3, 1, 2, 5, 4]) await kvs.set(`ledger:${n}`, n);
  await kvs.set('other:1', 0);
  const first = await kvs.query().where('key', WhereConditions.beginsWith('ledger:')).limit(2).getMany();
  expect(first.results.map((r) => r.key)).toEqual(['ledger:1', 'ledger:2']);
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const query = kvs.query().where('key', WhereConditions.beginsWith('ledger:')).limit(2);
    const page = await (cursor ? query.cursor(cursor) : query).getMany();
    keys.push(...page.results.map((r) => r.key));
    cursor = page.nextCursor;
  } while (cursor);
  expect(keys).toEqual(['ledger:1', 'ledger:2', 'ledger:3', 'ledger:4', 'ledger:5']);
});

test('secrets live apart from plain keys and are not queryable', async () => {
  await kvs.setSecret('slack-webhook', 'https://hooks.slack.com/services/T/B/x');
  expect(await kvs.getSecret('slack-webhook')).toBe('https://hooks.slack.com/services/T/B/x');
  expect(await kvs.get('slack-webhook')).toBeUndefined();
  expect((await kvs.query().getMany()).results).toEqual([]);
  await kvs.deleteSecret('slack-webhook');
  expect(await kvs.getSecret('slack-webhook')).toBeUndefined();
});

test('Forge limits answer with their documented error codes', async () => {
  expect(await codeOf(kvs.set('x'.repeat(501), 1))).toBe('KEY_TOO_LONG');
  expect(await codeOf(kvs.set('bad/key', 1))).toBe('INVALID_KEY');
  expect(await codeOf(kvs.set('big', 'x'.repeat(240 * 1024)))).toBe('MAX_SIZE');
  let deep: unknown = 1;
  for (let i = 0; i < 32; i += 1) deep = { deep };
  expect(await codeOf(kvs.set('deep', deep))).toBe('MAX_DEPTH');
  expect(await codeOf(kvs.query().limit(21).getMany())).toBe('BAD_REQUEST');
});

test('TTL expires on the local clock', async () => {
  await kvs.set('lock:SS-1', true, { ttl: { value: 5, unit: 'MINUTES' } });
  expect(await kvs.get('lock:SS-1')).toBe(true);
  now = new Date(now.getTime() + 5 * 60_000);
  expect(await kvs.get('lock:SS-1')).toBeUndefined();
});

test('FAIL_IF_EXISTS refuses to overwrite; OVERRIDE returns the previous value when asked', async () => {
  await kvs.set('once', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
  expect(await codeOf(kvs.set('once', 2, { keyPolicy: 'FAIL_IF_EXISTS' }))).toBe('KEY_ALREADY_EXISTS');
  const previous = await kvs.set('once', 3, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
  expect(previous).toEqual({ key: 'once', value: 1 });
  expect(await kvs.get('once')).toBe(3);
});

test('custom entities and transactions', async () => {
  await kvs.entity<{ state: string }>('runs').set('SS-1', { state: 'active' });
  expect(await kvs.entity('runs').get('SS-1')).toEqual({ state: 'active' });
  expect(await kvs.get('SS-1')).toBeUndefined();
  await kvs.transact().set('a', 1).set('b', 2).delete('SS-1', { entityName: 'runs' }).execute();
  expect([await kvs.get('a'), await kvs.get('b'), await kvs.entity('runs').get('SS-1')]).toEqual([1, 2, undefined]);
  expect(await codeOf(kvs.transact().set('c', 3).set('bad/key', 4).execute())).toBe('INVALID_KEY');
  expect(await kvs.get('c')).toBeUndefined();
});

test('batch get reports missing keys as failed', async () => {
  await kvs.set('p', 1);
  const got = await kvs.batchGet([{ key: 'p' }, { key: 'q' }]);
  expect(got.successfulKeys.map((k) => [k.key, k.value])).toEqual([['p', 1]]);
  expect(got.failedKeys.map((k) => [k.key, k.error.code])).toEqual([['q', 'KEY_NOT_FOUND']]);
});

test('query results carry key and value, and metadata only when asked', async () => {
  await kvs.set('m:1', 'one');
  expect((await kvs.query().getMany()).results).toEqual([{ key: 'm:1', value: 'one' }]);
  const [row] = (await kvs.query({ metadataFields: [MetadataField.CREATED_AT] }).getMany()).results;
  expect(row).toEqual({ key: 'm:1', value: 'one', createdAt: now.getTime() });
});
