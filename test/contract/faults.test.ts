// src/jira against the local site with injected 429s, 5xx and timeouts (seeded, so a failure replays):
// every call either succeeds or fails with a typed transient error, and no comment is ever written twice,
// even when the caller re-runs a failed command the way the queue does.
import { addComment, createIssue, doc, editIssue, getRecentComments, isJiraError, paragraph } from '../../src/jira';
import { contractSite, type ContractSite } from './support/site';

let ctx: ContractSite;
let key: string;

beforeAll(async () => {
  ctx = await contractSite();
  key = (
    await createIssue(ctx.app, { fields: { project: { key: 'SS' }, issuetype: { id: '10100' }, summary: 'Faults' } })
  ).key;
});

afterAll(() => ctx.uninstall());

/** Runs a command like the queue: on a transient failure, once more later. */
async function asQueue<T>(run: () => Promise<T>): Promise<T | 'gave-up'> {
  for (let delivery = 1; delivery <= 3; delivery += 1) {
    try {
      return await run();
    } catch (error) {
      if (!isJiraError(error) || !error.transient) throw error;
    }
  }
  return 'gave-up';
}

it.each([11, 12, 13])('no comment is written twice under faults (seed %i)', async (seed) => {
  ctx.site.setFaults({ rate429: 0.25, rate5xx: 0.15, rateTimeout: 0.1, retryAfterSeconds: 2, seed });
  const outcomes: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    const commandKey = `seed${seed}:comment:${i}`;
    const body = doc(paragraph(`Note ${i}`));
    const result = await asQueue(() => addComment(ctx.app, { issueIdOrKey: key, body, internal: true, commandKey }));
    outcomes.push(result === 'gave-up' ? 'gave-up' : 'ok');
  }
  ctx.site.setFaults({});
  const comments = await getRecentComments(ctx.app, key, 100);
  const keys = comments
    .map((c) => c.properties.find((p) => p.key === 'onboarding.command')?.value as { key: string } | undefined)
    .map((v) => v?.key)
    .filter((k): k is string => k?.startsWith(`seed${seed}:`) ?? false);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.length).toBe(outcomes.filter((o) => o === 'ok').length);
  expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(0);
});

it('idempotent edits get through bounded retries and leave one value', async () => {
  ctx.site.setFaults({ rate429: 0.3, rate5xx: 0.2, retryAfterSeconds: 1, seed: 5 });
  const result = await asQueue(() => editIssue(ctx.app, key, { selects: { customfield_10050: 'Integrated Finance' } }));
  ctx.site.setFaults({});
  expect(result).not.toBe('gave-up');
});

it('every request under faults still matched the specs', () => {
  expect(ctx.checker.violations).toEqual([]);
});
