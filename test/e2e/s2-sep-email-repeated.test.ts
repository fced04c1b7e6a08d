// S2 by email with every product event delivered twice: the request type set by an agent starts one run, not two.
import { startStack, type E2E } from './stack-harness';
import { FIELDS, IDS, REQUEST_TYPES, SARA, sepSite } from './s2-flow';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack({ duplicateRate: 1, seed: 11 });
  await e2e.control('/local/reset');
});
afterAll(() => e2e.close());

test('the request type change delivered twice: the onboarding flow starts once', async () => {
  const sep = sepSite(e2e);
  const { key } = (await e2e.control('/local/email', {
    from: SARA,
    to: 'partners@sep.example',
    subject: 'Partner onboarding: Northfield Council',
    body: '<p>Partner organisation: Northfield Council</p><p>Partner on our CRM: No</p>',
  })) as { key: string };
  await e2e.control('/local/settle');
  expect(await sep.view(key)).toBeNull();
  await sep.edit(key, { [FIELDS.requestType]: REQUEST_TYPES.onboard });
  expect(await sep.runStarts(key)).toBe(1);
  expect(await sep.status(key, 'ob-pack-agreement')).toBe('active');
  expect(await sep.skipped(key, 'ob-crm-check')).toBe(true);
  expect((await sep.view(key))?.runId).toBe(`sep-partner-lifecycle:${key}`);
  // The runtime did deliver every event twice, the request type change among them.
  const updates = e2e.stack.runtime
    .log()
    .filter((l) => l.kind === 'event' && l.detail?.startsWith('avi:jira:updated:issue') === true)
    .map((l) => l.detail);
  expect(updates.length).toBeGreaterThanOrEqual(2);
  expect(updates.length).toBe(2 * new Set(updates).size);
  expect(await sep.appComments(key)).toEqual([]);
  expect(IDS.sara).toBe((await sep.issue(key)).fields.reporter?.accountId);
});
