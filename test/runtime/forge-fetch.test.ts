import api, { asApp, asUser, route } from '@forge/api';
import { APP_ACCOUNT_ID, type JiraHandler, type Principal } from '../../local/contracts';
import { installForgeFetch, runInInvocation } from '../../local/runtime/forge-fetch';

/** A tiny Jira: /myself answers who the request acts as; everything else echoes method, path and body. */
const seen: { principal: Principal; method: string; path: string; body: string }[] = [];
const fakeJira: JiraHandler = async (request, principal) => {
  const url = new URL(request.url);
  const body = await request.text();
  seen.push({ principal, method: request.method, path: url.pathname + url.search, body });
  if (url.pathname === '/rest/api/3/myself') {
    const accountId = principal.kind === 'app' ? APP_ACCOUNT_ID : principal.kind === 'user' ? principal.accountId : '';
    return Response.json({ accountId });
  }
  return new Response(null, { status: 204 });
};

let uninstall: () => void;
beforeEach(() => {
  seen.length = 0;
  uninstall = installForgeFetch({ jira: fakeJira });
});
afterEach(() => uninstall());

async function myself(response: Promise<{ json(): Promise<unknown> }>): Promise<string> {
  const body = (await (await response).json()) as { accountId: string };
  return body.accountId;
}

test('asApp() reaches the Jira handler as the app', async () => {
  expect(await myself(asApp().requestJira(route`/rest/api/3/myself`))).toBe(APP_ACCOUNT_ID);
  expect(seen[0]?.principal).toEqual({ kind: 'app' });
});

test('asUser() acts as the user who invoked the function', async () => {
  const id = await runInInvocation({ accountId: 'user-42' }, () =>
    myself(asUser().requestJira(route`/rest/api/3/myself`)),
  );
  expect(id).toBe('user-42');
  expect(seen[0]?.principal).toEqual({ kind: 'user', accountId: 'user-42' });
});

test('concurrent invocations keep their own user', async () => {
  const ids = await Promise.all(
    ['a', 'b', 'c'].map((who) =>
      runInInvocation({ accountId: who }, async () => {
        await Promise.resolve();
        return myself(api.asUser().requestJira(route`/rest/api/3/myself`));
      }),
    ),
  );
  expect(ids).toEqual(['a', 'b', 'c']);
});

test('asUser(id) names the user explicitly', async () => {
  expect(await myself(asUser('explicit').requestJira(route`/rest/api/3/myself`))).toBe('explicit');
});

test('asUser() without an invoking user fails as Forge does', async () => {
  await expect(asUser().requestJira(route`/rest/api/3/myself`)).rejects.toThrow('Authentication Required');
  expect(seen).toHaveLength(0);
});

test('method, query and body arrive as a WHATWG Request', async () => {
  const key = 'SS-1';
  const response = await asApp().requestJira(route`/rest/api/3/issue/${key}/comment?expand=${'renderedBody'}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ body: 'hi' }),
  });
  expect(response.status).toBe(204);
  expect(seen[0]).toMatchObject({
    method: 'POST',
    path: '/rest/api/3/issue/SS-1/comment?expand=renderedBody',
    body: '{"body":"hi"}',
  });
});

test('bare requestJira is refused so code always says whom it acts as', async () => {
  await expect(api.requestJira(route`/rest/api/3/myself`)).rejects.toThrow();
});

test('without allowImpersonation asUser(id) may only name the invoking user', async () => {
  uninstall();
  uninstall = installForgeFetch({ jira: fakeJira, allowImpersonation: false });
  await runInInvocation({ accountId: 'anna' }, async () => {
    expect(await myself(asUser('anna').requestJira(route`/rest/api/3/myself`))).toBe('anna');
    await expect(asUser('bob').requestJira(route`/rest/api/3/myself`)).rejects.toThrow();
  });
  await expect(asUser('bob').requestJira(route`/rest/api/3/myself`)).rejects.toThrow();
  expect(seen.map((s) => s.principal)).toEqual([{ kind: 'user', accountId: 'anna' }]);
});
