// A customer sees no internal comment through any GET the local site serves (every route, with the run's issue,
// its comments and the app's property filled in), nor through a JQL search asking for comments; and the only
// messages a customer receives (the outbox) are their own request receipts.
import { isInternal } from '../../local/site/comments-core';
import { allRoutes } from '../../local/site/routes';
import { USERS } from '../../local/site/seed-users';
import { plainText } from '../../bench/soak/fingerprint';
import { asUser, startTarget, type Target } from './harness';

let t: Target;
const info = console.info;
beforeAll(async () => {
  console.info = () => undefined;
  t = await startTarget();
  await t.p.advanceHours(25); // the chase: one more internal comment on SS-1
});
afterAll(() => {
  t.stack.stop();
  console.info = info;
});

/** Each GET route with its {params} filled in every way that reaches the run's issues and their comments. */
function customerPaths(issueKeys: string[]): string[] {
  const { comments, issues } = t.stack.site.store.data;
  const ids = issues.filter((i) => issueKeys.includes(i.key)).map((i) => i.id);
  const commentIds = comments.filter((c) => ids.includes(c.issueId)).map((c) => c.id);
  const values: Record<string, string[]> = {
    issueIdOrKey: [...issueKeys, ...ids],
    commentId: commentIds,
    id: commentIds,
    propertyKey: ['onboarding-run', 'sd.public.comment'],
    linkId: t.stack.site.store.data.links.map((l) => l.id),
    projectIdOrKey: ['SS', 'DP'],
    organizationId: ['1', '5'],
    serviceDeskId: ['1', '4'],
  };
  const out: string[] = [];
  for (const route of allRoutes.filter((r) => r.method === 'GET')) {
    let paths = [route.pattern];
    for (const [, name] of route.pattern.matchAll(/\{(\w+)\}/g))
      paths = paths.flatMap((p) => (values[name ?? ''] ?? ['1']).map((v) => p.replace(`{${name}}`, v)));
    out.push(...paths);
  }
  return out.map((p) =>
    p.endsWith('/search/jql') ? `${p}?jql=${encodeURIComponent('project in (SS, DP)')}&fields=*all` : p,
  );
}

/** Every string in an answer, and the plain text of every ADF document in it (a line may span several nodes). */
function visibleText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node === null || typeof node !== 'object') return '';
  const docs = (node as { type?: unknown }).type === 'doc' ? [plainText(node)] : [];
  return [...docs, ...Object.values(node).map(visibleText)].join('\n');
}

/** Text of the internal comments long enough not to appear by chance in anything public. */
function internalTexts(): string[] {
  const texts = t.stack.site.store.data.comments.filter(isInternal).flatMap((c) => plainText(c.body).split('\n'));
  return [...new Set(texts.map((s) => s.trim()).filter((s) => s.length >= 25))];
}

test.each([
  ['Bob (customer, reporter of the S1 ticket)', USERS.installer],
  ['Ola (vendor, reporter of the S4 request)', USERS.vendor],
])('%s sees no internal comment through any GET of the site', async (_who, accountId) => {
  const secrets = internalTexts();
  expect(secrets.length).toBeGreaterThanOrEqual(2);
  const paths = customerPaths([t.s1, t.s4]);
  expect(paths.length).toBeGreaterThan(30);
  let answered = 0;
  for (const path of paths) {
    const r = await asUser(t.stack, accountId, 'GET', path);
    if (r.status === 200) answered += 1;
    const seen = visibleText(r.body);
    for (const s of secrets) expect([path, seen.includes(s)]).toEqual([path, false]);
  }
  // The customer does reach their own request and its public comments: the check above is not vacuous.
  expect(answered).toBeGreaterThan(0);
  const search = await asUser(t.stack, accountId, 'POST', '/rest/api/3/search/jql', {
    jql: 'project in (SS, DP)',
    fields: ['comment', 'summary'],
  });
  for (const s of secrets) expect(visibleText(search.body)).not.toContain(s);
});

test('agents do see the internal comments through the same paths (the scan can find them)', async () => {
  const secrets = internalTexts();
  const found = new Set<string>();
  for (const agent of [USERS.agent, USERS.dpOps])
    for (const path of customerPaths([t.s1, t.s4])) {
      const seen = visibleText((await asUser(t.stack, agent, 'GET', path)).body);
      for (const s of secrets) if (seen.includes(s)) found.add(s);
    }
  expect([...found].sort()).toEqual([...secrets].sort());
});

test('the customer request comments a customer reads are all public', async () => {
  const r = await asUser(t.stack, USERS.installer, 'GET', `/rest/servicedeskapi/request/${t.s1}/comment`);
  expect(r.status).toBe(200);
  const values = (r.body as { values: { public: boolean }[] }).values;
  expect(values.every((c) => c.public)).toBe(true);
  // Bob is asked nothing by the app: S1 declares no customer message.
  expect(values).toEqual([]);
});

test('the app sent customers nothing: the outbox holds only the request receipts', () => {
  const outbox = t.stack.site.store.data.outbox;
  expect(outbox.map((m) => m.kind)).toEqual(outbox.map(() => 'request-created'));
  for (const s of internalTexts()) for (const m of outbox) expect(m.text).not.toContain(s);
});
