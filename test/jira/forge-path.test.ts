// The client through the real @forge/api path (asApp/asUser -> __forge_fetch__), with an in-test JiraHandler.
import type { JiraHandler, Principal } from '../../local/contracts';
import { installForgeFetch, runInInvocation } from '../../local/runtime/forge-fetch';
import { appJira, getIssue, userJira, type JiraClientDeps } from '../../src/jira';

const seen: Principal[] = [];
let answer: (request: Request) => Response | Promise<Response> = () => new Response(null, { status: 500 });
const handler: JiraHandler = async (request, principal) => {
  seen.push(principal);
  return answer(request);
};
const sleeps: number[] = [];
const deps: JiraClientDeps = {
  clock: { now: () => new Date('2026-11-25T12:00:00Z') },
  sleep: (ms) => {
    sleeps.push(ms);
    return Promise.resolve();
  },
  random: () => 0,
};
const issue = { id: '1', key: 'SS-1', fields: {} };
const ok = () => new Response(JSON.stringify(issue), { status: 200, headers: { 'content-type': 'application/json' } });

let uninstall: () => void;
beforeAll(() => {
  uninstall = installForgeFetch({ jira: handler });
});
afterAll(() => uninstall());
beforeEach(() => {
  seen.length = 0;
  sleeps.length = 0;
});

it('asApp() reaches Jira as the app, asUser() as the invoking user', async () => {
  answer = ok;
  await getIssue(appJira(deps), { issueIdOrKey: 'SS-1', fields: [] });
  await runInInvocation({ accountId: '712020:priya-agent' }, () =>
    getIssue(userJira(deps), { issueIdOrKey: 'SS-1', fields: [] }),
  );
  expect(seen).toEqual([{ kind: 'app' }, { kind: 'user', accountId: '712020:priya-agent' }]);
});

it('asUser() without a user is UNAUTHORIZED, not retried', async () => {
  answer = ok;
  await expect(getIssue(userJira(deps), { issueIdOrKey: 'SS-1', fields: [] })).rejects.toMatchObject({
    code: 'UNAUTHORIZED',
  });
  expect(seen).toEqual([]);
  expect(sleeps).toEqual([]);
});

it('a read that times out is retried with backoff', async () => {
  let calls = 0;
  answer = () => {
    calls += 1;
    if (calls === 1) throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    return ok();
  };
  const result = await getIssue(appJira(deps), { issueIdOrKey: 'SS-1', fields: [] });
  expect(result.key).toBe('SS-1');
  expect(calls).toBe(2);
  expect(sleeps).toHaveLength(1);
});
