import { asApp, asUser, route } from '@forge/api';
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { created, h, start, useRuntime } from './harness';

useRuntime();

test('a product event reaches the trigger with only the documented fields', async () => {
  h.site.emit(created('e1'));
  await h.runtime.settle();
  expect(h.seen).toHaveLength(1);
  const payload = h.seen[0]?.payload as Record<string, Record<string, Record<string, unknown>>>;
  expect(Object.keys(payload).sort()).toEqual(['associatedUsers', 'atlassianId', 'eventType', 'issue']);
  expect(Object.keys(payload.issue?.fields ?? {}).sort()).toEqual(
    ['assignee', 'created', 'creator', 'issuetype', 'project', 'reporter', 'status', 'summary', 'updated'].sort(),
  );
  expect(payload.issue?.fields?.reporter).toEqual({ accountId: 'user-anna' });
  expect(h.runtime.kvsDump().kv).toEqual({ 'seen:1': 'avi:jira:created:issue' });
  expect(h.site.calls.every((c) => c.platform)).toBe(true);
});

test('updated and commented events carry changelog and comment', async () => {
  const item = {
    field: 'status',
    fieldId: 'status',
    fieldtype: 'jira',
    from: '1',
    fromString: 'Open',
    to: '3',
    toString: 'Done',
  };
  h.site.emit({ ...created('e2'), type: 'avi:jira:updated:issue', changelog: { id: '500', items: [item] } });
  h.site.emit({ ...created('e3'), type: 'avi:jira:commented:issue', commentId: '30001' });
  await h.runtime.settle();
  const [updated, commented] = h.seen.map((s) => s.payload as Record<string, unknown>);
  expect(updated?.changelog).toEqual({ id: '500', items: [item] });
  expect(commented?.comment).toEqual({
    id: '30001',
    author: { accountId: 'user-anna' },
    updateAuthor: { accountId: 'user-anna' },
    body: { type: 'doc' },
    created: 'c',
    updated: 'u',
  });
});

test('ignoreSelf drops the events the app caused', async () => {
  h.site.emit(created('mine', APP_ACCOUNT_ID));
  h.site.emit(created('theirs'));
  await h.runtime.settle();
  expect(h.seen.map((s) => (s.payload as { atlassianId: string }).atlassianId)).toEqual(['user-anna']);
  expect(h.runtime.log().some((e) => e.kind === 'dropped' && e.detail?.includes('mine'))).toBe(true);
});

test('with duplicateRate 1 every event arrives twice; a seed makes a partial rate repeatable', async () => {
  h.runtime.stop();
  start({ duplicateRate: 1 });
  h.site.emit(created('d1'));
  h.site.emit(created('d2'));
  await h.runtime.settle();
  expect(h.seen).toHaveLength(4);

  const deliveries = async (seed: number): Promise<string[]> => {
    h.runtime.stop();
    h.seen.length = 0;
    start({ duplicateRate: 0.5, seed });
    for (let i = 0; i < 20; i += 1) h.site.emit(created(`r${i}`, `user-${i}`));
    await h.runtime.settle();
    return h.seen.map((s) => (s.payload as { atlassianId: string }).atlassianId);
  };
  const first = await deliveries(7);
  expect(first.length).toBeGreaterThan(20);
  expect(await deliveries(7)).toEqual(first);
});

test('with a partial rate some deliveries overtake others', async () => {
  h.runtime.stop();
  start({ duplicateRate: 0.3, seed: 3 });
  for (let i = 0; i < 30; i += 1) h.site.emit(created(`o${i}`, `user-${i}`));
  await h.runtime.settle();
  const firstSeen = [
    ...new Set(h.seen.map((s) => Number((s.payload as { atlassianId: string }).atlassianId.slice(5)))),
  ];
  expect(firstSeen).toHaveLength(30);
  expect(firstSeen).not.toEqual([...firstSeen].sort((a, b) => a - b));
});

test('a trigger runs without a user: asUser() fails there as on Forge, asApp() works', async () => {
  const original = h.onEvent;
  const outcomes: string[] = [];
  h.onEvent = async () => {
    await asUser()
      .requestJira(route`/rest/api/3/myself`)
      .then(
        () => outcomes.push('asUser ok'),
        (e: Error) => outcomes.push(e.name),
      );
    const asAppResponse = await asApp().requestJira(route`/rest/api/3/myself`);
    outcomes.push(`asApp ${asAppResponse.status}`);
  };
  try {
    h.site.emit(created('no-user'));
    await h.runtime.settle();
  } finally {
    h.onEvent = original;
  }
  expect(outcomes).toEqual(['NEEDS_AUTHENTICATION_ERR', 'asApp 200']);
});
