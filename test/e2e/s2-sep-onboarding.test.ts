// S2 partner onboarding over HTTP: Sara raises it through the JSM API, the SEP team works the checklist in the panel
// (gate with evidence, CMS accounts by the CMS admin only), routing to their queues on our CRM; the partner is told
// once and the request resolved. Without the CRM answer on the request, the panel asks and the API route follows.
import { startStack, type E2E } from './stack-harness';
import { FIELDS, IDS, sepSite } from './s2-flow';

let e2e: E2E;
let sep: ReturnType<typeof sepSite>;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
  sep = sepSite(e2e);
});
afterEach(() => e2e.close());

const ONBOARD = 'Northfield Council would like to publish its services on SEP. We use Dynamics 365 as our CRM.';

async function commonSteps(key: string): Promise<void> {
  const step = (as: string, stepId: string, extra: Record<string, unknown> = {}) =>
    sep.act(as, { issueKey: key, action: 'completeStep', stepId, ...extra });
  expect((await step(IDS.ewan, 'ob-contacts')).ok).toBe(true);
  expect((await step(IDS.ewan, 'ob-pack-agreement')).error?.reason).toBe('task.evidence-missing');
  expect((await step(IDS.kim, 'ob-pack-agreement', { note: 'Signed' })).error?.reason).toBe('task.not-allowed');
  expect(
    (await step(IDS.ewan, 'ob-pack-agreement', { note: 'Signed agreement in SharePoint/SEP/Northfield' })).ok,
  ).toBe(true);
  expect((await step(IDS.ewan, 'ob-partner-meetings')).ok).toBe(true);
  for (const item of ['style-guide', 'shared-terms', 'tags'])
    expect((await sep.act(IDS.ewan, { issueKey: key, action: 'checkItem', stepId: 'ob-style-guide', item })).ok).toBe(
      true,
    );
  expect(await sep.status(key, 'ob-style-guide')).toBe('done');
  // CMS accounts are the CMS administrator's: Ewan is refused, Cara does it.
  expect((await step(IDS.ewan, 'ob-cms-accounts')).error?.reason).toBe('task.not-allowed');
  expect((await step(IDS.cara, 'ob-cms-accounts')).ok).toBe(true);
  expect((await step(IDS.cara, 'ob-workqueues')).ok).toBe(true);
  expect((await step(IDS.cara, 'ob-partner-tags')).ok).toBe(true);
}

test('on our CRM: checklist with the gate, routing to their queues, the partner told once, resolved Done', async () => {
  const key = await sep.request('onboard', 'Partner onboarding: Northfield Council', ONBOARD, {
    [FIELDS.partnerOnCrm]: { value: 'Yes' },
  });
  const created = await sep.issue(key);
  expect(created.fields.reporter?.accountId).toBe(IDS.sara);
  expect(created.fields[FIELDS.organizations]).toEqual([expect.objectContaining({ name: 'Northfield Council' })]);
  expect(JSON.stringify(created.fields[FIELDS.requestType])).toContain('Partner onboarding');
  expect((await sep.view(key))?.playbookId).toBe('sep-partner-lifecycle');
  // The request says the partner is on our CRM: the question is not asked.
  expect(await sep.skipped(key, 'ob-crm-check')).toBe(true);

  await commonSteps(key);
  expect(await sep.status(key, 'ob-crm-api')).not.toBe('active');
  expect(await sep.status(key, 'ob-crm-routing')).toBe('active');
  expect(await sep.outbox(key)).toEqual([]);
  for (const item of ['discussed', 'configured', 'tested'])
    await sep.act(IDS.ewan, { issueKey: key, action: 'checkItem', stepId: 'ob-crm-routing', item });

  const done = await sep.issue(key);
  expect(done.fields.status.name).toBe('Resolved');
  expect(done.fields.resolution?.name).toBe('Done');
  const told = await sep.outbox(key);
  expect(told).toEqual([expect.objectContaining({ to: 'sara@northfield-council.example' })]);
  expect(told[0]?.text).toContain('Northfield Council is now set up on SEP');
  // The app's only customer-facing comment is the declared one; everything else it wrote is internal.
  const publicByApp = (await sep.appComments(key)).filter((c) => c.jsdPublic !== false);
  expect(publicByApp.map((c) => c.text.trim())).toEqual([expect.stringContaining('is now set up on SEP')]);
  expect((await sep.view(key))?.state).toBe('completed');
});

test('CRM not said: the panel asks, their own CRM means an API route, tested; routing to our queues skipped', async () => {
  const key = await sep.request('onboard', 'Partner onboarding: Northfield Council', 'We would like to join SEP.');
  expect(await sep.status(key, 'ob-crm-check')).toBe('active');
  await commonSteps(key);
  const unknown = await sep.act(IDS.ewan, { issueKey: key, action: 'decide', stepId: 'ob-crm-check', value: 'maybe' });
  expect(unknown.error?.reason).toBe('decision.unknown-option');
  expect((await sep.act(IDS.ewan, { issueKey: key, action: 'decide', stepId: 'ob-crm-check', value: 'no' })).ok).toBe(
    true,
  );
  expect(await sep.skipped(key, 'ob-crm-routing')).toBe(true);
  expect(await sep.status(key, 'ob-crm-api')).toBe('active');
  await sep.act(IDS.ewan, { issueKey: key, action: 'checkItem', stepId: 'ob-crm-api', item: 'built' });
  expect((await sep.issue(key)).fields.status.name).toBe('Open');
  await sep.act(IDS.ewan, { issueKey: key, action: 'checkItem', stepId: 'ob-crm-api', item: 'tested' });
  const done = await sep.issue(key);
  expect(done.fields.status.name).toBe('Resolved');
  expect(await sep.outbox(key)).toHaveLength(1);
});
