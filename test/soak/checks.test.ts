// The soak's checks must be able to fail: after a fault-free S1 run, a second copy of each kind of write the
// app makes (as the app, through the site) is reported by the check that looks for it.
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { customerMessages, duplicates, lostEvents } from '../../bench/soak/checks';
import { differences, fingerprint } from '../../bench/soak/fingerprint';
import { people } from '../../bench/soak/people';
import { s1Everbright } from '../../bench/soak/scripts/s1-everbright';
import { openSoakStack, type SoakStack } from '../../bench/soak/stack';

let stack: SoakStack;
const info = console.info;
beforeAll(async () => {
  console.info = () => undefined;
  stack = await openSoakStack({ duplicateRate: 0, seed: 1 });
  await s1Everbright.play(people(stack));
});
afterAll(() => {
  stack.stop();
  console.info = info;
});

async function asApp(method: string, path: string, body: unknown): Promise<number> {
  const init = { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await stack.site.handle(new Request(`http://local${path}`, init), { kind: 'app' });
  return res.status;
}

test('a fault-free S1 run passes every check', async () => {
  const print = fingerprint(stack);
  expect(duplicates(stack, print, print)).toEqual({ comments: 0, watchers: 0, links: 0, transitions: 0 });
  expect(customerMessages(stack, s1Everbright.declaredCustomerMessages)).toEqual([]);
  expect(lostEvents(stack)).toEqual([]);
  expect(await s1Everbright.checkEnd(people(stack), 'SS-1')).toEqual([]);
});

test('a repeated comment and transition, a public comment and an undelivered event are each reported', async () => {
  const before = fingerprint(stack);
  const first = stack.site.store.data.comments.find((c) => c.author === APP_ACCOUNT_ID);
  const internal = [{ key: 'sd.public.comment', value: { internal: true } }];
  expect(await asApp('POST', '/rest/api/3/issue/SS-1/comment', { body: first?.body, properties: internal })).toBe(201);
  const link = { type: { name: 'Duplicate' }, inwardIssue: { key: 'SS-2' }, outwardIssue: { key: 'SS-1' } };
  expect(await asApp('POST', '/rest/api/3/issueLink', link)).toBe(201);
  const reopen = await stack.site.handle(new Request('http://local/rest/api/3/issue/CS-1/transitions'), {
    kind: 'app',
  });
  const ids = ((await reopen.json()) as { transitions: { id: string }[] }).transitions.map((t) => t.id);
  expect(await asApp('POST', '/rest/api/3/issue/CS-1/transitions', { transition: { id: ids[0] } })).toBe(204);
  expect(await asApp('POST', '/rest/servicedeskapi/request/SS-1/comment', { body: 'Hi Bob!', public: true })).toBe(201);
  stack.events.push({ id: 'never', type: 'avi:jira:updated:issue', at: '', actorAccountId: 'someone' });

  const after = fingerprint(stack);
  const d = duplicates(stack, after, before);
  expect(d.comments).toBe(1);
  // Jira keeps one link per type and pair (so does the local site): a repeated link adds nothing to count.
  expect(d.links).toBe(0);
  expect(d.transitions).toBe(1);
  expect(differences(before, after).join('\n')).toMatch(/SS-1 appComments/);
  expect(customerMessages(stack, [])).toEqual([expect.stringContaining('undeclared customer message')]);
  expect(customerMessages(stack, [/Hi Bob/])).toEqual([]);
  expect(lostEvents(stack)).toEqual(['avi:jira:updated:issue never: never delivered']);
});
