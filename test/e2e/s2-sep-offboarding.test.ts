// S2 "Partner removed from SEP" over HTTP: accounts closed (CMS by its admin), content exported, the partner's shared
// service keeps its content (only routing removed), all partners informed, off the live site; the registry forgets
// the partner, Sara is told once and the request resolved. A later "Add a new service" then gets the routing step.
import { startStack, type E2E } from './stack-harness';
import { FIELDS, IDS, SARA, sepSite } from './s2-flow';

let e2e: E2E;
let sep: ReturnType<typeof sepSite>;
beforeAll(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
  sep = sepSite(e2e);
});
afterAll(() => e2e.close());

test('offboarding Northfield: routing only for its shared service, registry emptied, told once, resolved', async () => {
  const key = await sep.request('offboard', 'Remove Northfield Council from SEP', 'We are leaving SEP at month end.');
  const created = await sep.issue(key);
  expect(created.fields.reporter?.accountId).toBe(IDS.sara);
  expect(JSON.stringify(created.fields[FIELDS.requestType])).toContain('Partner removed from SEP');
  expect(created.fields[FIELDS.organizations]).toEqual([expect.objectContaining({ name: 'Northfield Council' })]);
  const step = (as: string, stepId: string) => sep.act(as, { issueKey: key, action: 'completeStep', stepId });
  expect((await step(IDS.ewan, 'off-accounts')).error?.reason).toBe('task.not-allowed');
  for (const [as, id] of [
    [IDS.cara, 'off-accounts'],
    [IDS.ewan, 'off-other-accounts'],
    [IDS.ewan, 'off-export'],
    [IDS.ewan, 'off-inform'],
  ] as const)
    expect((await step(as, id)).ok).toBe(true);
  // Northfield has only a shared service: its routing goes, no own content to remove.
  expect(await sep.status(key, 'off-remove-routing')).toBe('active');
  expect(await sep.skipped(key, 'off-remove-content')).toBe(true);
  expect((await step(IDS.ewan, 'off-remove-routing')).ok).toBe(true);
  expect(await sep.outbox(key)).toEqual([]);
  expect((await step(IDS.ewan, 'off-live')).ok).toBe(true);

  const done = await sep.issue(key);
  expect(done.fields.status.name).toBe('Resolved');
  expect(done.fields.resolution?.name).toBe('Done');
  const told = await sep.outbox(key);
  expect(told).toEqual([expect.objectContaining({ to: SARA })]);
  expect(told[0]?.text).toContain("Northfield Council's services are no longer on SEP");
  const publicByApp = (await sep.appComments(key)).filter((c) => c.jsdPublic !== false);
  expect(publicByApp).toHaveLength(1);
  expect((await sep.registry()).filter((r) => r.partner === 'Northfield Council')).toEqual([]);
});

test('a partner the registry no longer knows: a new service needs routing to the partner', async () => {
  const key = await sep.request('add', 'New service: Northfield libraries', 'Please add our library service.', {
    [FIELDS.serviceName]: 'Libraries',
    [FIELDS.sharedService]: { value: 'No' },
  });
  for (const stepId of ['add-discussion', 'add-sep-discussion', 'add-kb', 'add-content'])
    await sep.act(IDS.ewan, { issueKey: key, action: 'completeStep', stepId });
  for (const item of ['content', 'start', 'owner'])
    await sep.act(IDS.cara, { issueKey: key, action: 'checkItem', stepId: 'add-content', item });
  expect((await sep.act(IDS.ewan, { issueKey: key, action: 'completeStep', stepId: 'add-review' })).ok).toBe(true);
  expect(await sep.status(key, 'add-routing')).toBe('active');
  // No kind of content given: the "all services" interest list (Cara) is told.
  const interest = (await sep.appComments(key)).find((c) => c.text.includes('New content was added to SEP'));
  expect(interest?.mentioned).toEqual([IDS.cara]);
});
