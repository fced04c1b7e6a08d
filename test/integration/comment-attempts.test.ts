// A comment is posted once per command key, with no search before a first attempt: the executor records the
// attempt in the ledger first, so only a command whose attempt is recorded can have reached Jira before.
import { jiraDeps } from '../../src/app/context';
import { attemptKey, execute } from '../../src/app/executor';
import { NameCache } from '../../src/app/names';
import type { PerformContext } from '../../src/app/perform';
import type { Command } from '../../src/domain/engine';
import { appJira } from '../../src/jira';
import { loadRunRecord } from '../../src/storage';
import { inProcessStack, S1_BODY, type InProcess } from './stack';

let p: InProcess;
let ctx: PerformContext;
beforeAll(async () => {
  p = await inProcessStack();
  await p.email('bob@sunpower-installers.example', 'EverBright Partner Onboarding', S1_BODY);
  const record = await loadRunRecord('SS-1');
  if (!record) throw new Error('no run on SS-1');
  const jira = appJira(jiraDeps());
  ctx = { jira, names: new NameCache(jira), run: record.run, slackWebhook: undefined, warn: () => undefined };
});
afterAll(() => p.stack.stop());

const comment = (key: string, text: string): Command => ({
  type: 'comment',
  key,
  issue: { key: 'SS-1' },
  visibility: 'internal',
  body: [{ type: 'text', text }],
});

async function commentsSaying(text: string): Promise<number> {
  const r = await p.rest('GET', '/rest/api/3/issue/SS-1/comment?maxResults=100', '712020:priya-agent');
  const page = r.body as { comments: { body: unknown }[] };
  return page.comments.filter((c) => JSON.stringify(c.body).includes(text)).length;
}

test('a first attempt posts without searching the comments first', async () => {
  const before = p.appCalls().length;
  const ledger: string[] = [];
  const result = await execute(ctx, [comment('bench/first', 'First attempt.')], new Set(), (keys) => {
    ledger.push(...keys);
    return Promise.resolve();
  });
  expect(result.applied).toEqual(['bench/first']);
  expect(ledger).toEqual([attemptKey('bench/first'), 'bench/first']);
  expect(await commentsSaying('First attempt.')).toBe(1);
  expect(p.appCalls().slice(before)).toEqual(['POST /rest/api/3/issue/SS-1/comment']);
});

test('an attempt that posted and died before the ledger was saved is found, not posted again', async () => {
  const ledger: string[] = [];
  const dying = (keys: string[]): Promise<void> => {
    if (keys.includes('bench/second'))
      return Promise.reject(new Error('the invocation ended before the ledger was saved'));
    ledger.push(...keys);
    return Promise.resolve();
  };
  await expect(execute(ctx, [comment('bench/second', 'Second.')], new Set(), dying)).rejects.toThrow('ended');
  expect(ledger).toEqual([attemptKey('bench/second')]);
  const retry = await execute(ctx, [comment('bench/second', 'Second.')], new Set(ledger), (keys) => {
    ledger.push(...keys);
    return Promise.resolve();
  });
  expect(retry.applied).toEqual(['bench/second']);
  expect(await commentsSaying('Second.')).toBe(1);
});
