import { kvs } from '@forge/kvs';
import { h, useRuntime } from './harness';

useRuntime();

test('scheduled triggers fire on advance, every one in the interval, in clock order', async () => {
  await h.runtime.advance(60 * 60_000);
  const fired = h.seen.map((s) => `${s.kind}@${s.at.slice(11, 16)}`);
  expect(fired.filter((f) => f.startsWith('every-five'))).toHaveLength(12);
  expect(fired.filter((f) => f.startsWith('hourly'))).toEqual(['hourly@10:00']);
  expect([...h.seen.map((s) => s.at)].sort()).toEqual(h.seen.map((s) => s.at));
  expect(fired[0]).toBe('every-five@09:05');
  expect(h.clock.now().toISOString()).toBe('2026-03-02T10:00:00.000Z');
});

test('a resolver runs as the invoking user with the Custom UI context', async () => {
  const result = await h.runtime.invoke('panel', {
    call: { functionKey: 'whoAmI', payload: {} },
    context: { accountId: 'user-bob', extension: { type: 'jira:issuePanel', issue: { key: 'SS-1', id: '10001' } } },
  });
  expect(result).toEqual({
    me: 'user-bob',
    contextAccountId: 'user-bob',
    extension: { type: 'jira:issuePanel', issue: { key: 'SS-1', id: '10001' } },
  });
});

test('reset empties storage and restarts the schedule from now', async () => {
  await kvs.set('k', 1);
  await h.runtime.advance(3 * 60_000);
  h.runtime.reset();
  expect(h.runtime.kvsDump()).toEqual({});
  expect(h.runtime.installedAt.toISOString()).toBe('2026-03-02T09:03:00.000Z');
  await h.runtime.advance(5 * 60_000);
  expect(h.seen.map((s) => s.at)).toEqual(['2026-03-02T09:08:00.000Z']);
});

test('a resolver invoked without a user cannot act as one; a malformed invoke is refused', async () => {
  const request = { call: { functionKey: 'whoAmI', payload: {} }, context: {} };
  await expect(h.runtime.invoke('panel', request)).rejects.toThrow('Authentication Required');
  await expect(h.runtime.invoke('panel', {} as never)).rejects.toThrow('call: { functionKey }');
  expect(h.runtime.log().map((e) => [e.kind, e.ok])).toEqual([['resolver', false]]);
});
