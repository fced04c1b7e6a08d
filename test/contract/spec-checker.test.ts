// The contract checker must catch what the contract tests rely on it to catch: each deliberately wrong request
// or reply below goes through a tiny handler that answers as told, and must leave exactly its violation.
import type { JiraHandler } from '../../local/contracts';
import { createSpecChecker } from './support/spec-check';

const ISSUE = 'https://site.test/rest/api/3/issue/SS-1';

function replying(status: number, body?: unknown): JiraHandler {
  return () =>
    Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
}

async function violationsOf(request: Request, handler: JiraHandler) {
  const checker = createSpecChecker();
  await checker.wrap(handler)(request, { kind: 'app' });
  return { violations: checker.violations, seen: checker.seen };
}

const jsonBody = (method: string, body: unknown) => ({
  method,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

it('passes a request and reply that follow the spec, recording the path template', async () => {
  const { violations, seen } = await violationsOf(
    new Request(ISSUE, jsonBody('PUT', { fields: { summary: 'Welcome' } })),
    replying(204),
  );
  expect(violations).toEqual([]);
  expect(seen).toEqual([{ method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}', status: 204 }]);
});

it('flags a query parameter the operation does not have', async () => {
  const { violations } = await violationsOf(new Request(`${ISSUE}?fields=summary&colour=red`), replying(404));
  expect(violations).toEqual(["GET /rest/api/3/issue/SS-1 request: query parameter 'colour' is not in the spec"]);
});

it('flags a body the operation schema refuses', async () => {
  const { violations } = await violationsOf(new Request(ISSUE, jsonBody('PUT', { fields: 'x' })), replying(204));
  expect(violations).toEqual([expect.stringContaining('PUT /rest/api/3/issue/SS-1 request: body/fields')]);
});

it('flags a body sent to an operation that takes none', async () => {
  const { violations } = await violationsOf(new Request(ISSUE, jsonBody('DELETE', { force: true })), replying(204));
  expect(violations).toEqual([
    'DELETE /rest/api/3/issue/SS-1 request: a body was sent to an operation that takes none',
  ]);
});

it('flags a 2xx status the operation does not document', async () => {
  const { violations } = await violationsOf(new Request(ISSUE), replying(202, { id: '10000', key: 'SS-1' }));
  expect(violations).toEqual(['GET /rest/api/3/issue/SS-1 202: status 202 is not a documented response']);
});

it('flags a reply body that breaks the response schema', async () => {
  const { violations } = await violationsOf(new Request(ISSUE), replying(200, { id: 10000, key: ['SS-1'] }));
  expect(violations).toEqual([expect.stringMatching(/^GET \/rest\/api\/3\/issue\/SS-1 200: response\/(id|key) /)]);
});

it('flags a path that is no operation at all', async () => {
  const { violations } = await violationsOf(new Request('https://site.test/rest/api/3/nowhere'), replying(404));
  expect(violations).toEqual(['GET /rest/api/3/nowhere: no such operation in the spec']);
});
