// S2 "Edit or remove a service" over HTTP: removing a service the registry knows as shared removes only the
// partner's routing logic (whatever the request says); an own service has its content removed; the registry loses
// the row and Sara is told once. An edit reviews the change, keeps the review date within 6 months and tells EPRS.
// Each request ends resolved (Done) when Sara is told.
import { startStack, type E2E } from './stack-harness';
import { FIELDS, IDS, SARA, sepSite } from './s2-flow';

let e2e: E2E;
let sep: ReturnType<typeof sepSite>;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
  sep = sepSite(e2e);
});
afterEach(() => e2e.close());

const PARKING = 'Resident parking permits';
const edit = (service: string, shared: 'Yes' | 'No', extra: Record<string, unknown> = {}) =>
  sep.request('edit', `Edit or remove: ${service}`, `Please see the fields for ${service}.`, {
    [FIELDS.serviceName]: service,
    [FIELDS.sharedService]: { value: shared },
    ...extra,
  });

async function removeAndFinish(key: string, task: string): Promise<void> {
  expect((await sep.act(IDS.ewan, { issueKey: key, action: 'decide', stepId: 'ed-change', value: 'remove' })).ok).toBe(
    true,
  );
  for (const stepId of [task, 'ed-export', 'ed-live'])
    expect((await sep.act(IDS.ewan, { issueKey: key, action: 'completeStep', stepId })).ok).toBe(true);
  await expectResolved(key);
}

/** What Jira shows at the end of a request: Resolved, with resolution Done. */
async function expectResolved(key: string): Promise<void> {
  const done = await sep.issue(key);
  expect([done.fields.status.name, done.fields.resolution?.name]).toEqual(['Resolved', 'Done']);
}

test('a shared service (so the registry says, though the request says not): only its routing logic goes', async () => {
  expect(await sep.registry()).toContainEqual({ partner: 'Northfield Council', service: PARKING, shared: true });
  const key = await edit(PARKING, 'No');
  expect(JSON.stringify((await sep.issue(key)).fields[FIELDS.requestType])).toContain('Edit or remove a service');
  expect(await sep.status(key, 'ed-change')).toBe('active');
  await removeAndFinish(key, 'ed-remove-routing');
  expect(await sep.skipped(key, 'ed-remove-content')).toBe(true);
  expect(await sep.skipped(key, 'ed-content')).toBe(true);
  const told = await sep.outbox(key);
  expect(told).toEqual([expect.objectContaining({ to: SARA })]);
  expect(told[0]?.text).toContain(`${PARKING} has been removed from SEP`);
  expect((await sep.registry()).filter((r) => r.service === PARKING)).toEqual([]);
  expect((await sep.view(key))?.state).toBe('completed');
});

test("an own service the registry does not list: the request's own answer says not shared, content removed", async () => {
  const key = await edit('Library opening hours', 'No');
  await removeAndFinish(key, 'ed-remove-content');
  expect(await sep.skipped(key, 'ed-remove-routing')).toBe(true);
  expect((await sep.outbox(key)).map((m) => m.text)).toEqual([
    expect.stringContaining('Library opening hours has been removed from SEP'),
  ]);
  // The shared service is untouched.
  expect(await sep.registry()).toContainEqual({ partner: 'Northfield Council', service: PARKING, shared: true });
});

test('an edit: the review date on the request (270 days ahead) is set back; reviewed, EPRS told, live', async () => {
  const key = await edit(PARKING, 'Yes', { [FIELDS.reviewDate]: '2026-11-27' });
  expect((await sep.act(IDS.ewan, { issueKey: key, action: 'decide', stepId: 'ed-change', value: 'edit' })).ok).toBe(
    true,
  );
  expect(await sep.skipped(key, 'ed-remove-routing')).toBe(true);
  const dateStep = await sep.status(key, 'ed-review-date');
  const comments = await sep.appComments(key);
  const reverted = comments.find((c) => c.text.includes('Review date 2026-11-27 was not accepted'));
  // What Jira shows: the date is no longer on the ticket and an internal note says why.
  expect({
    dateStep,
    field: (await sep.issue(key)).fields[FIELDS.reviewDate] ?? null,
    note: reverted?.jsdPublic,
  }).toEqual({
    dateStep: 'active',
    field: null,
    note: false,
  });
  expect((await sep.act(IDS.cara, { issueKey: key, action: 'completeStep', stepId: 'ed-content' })).ok).toBe(true);
  expect((await sep.act(IDS.ewan, { issueKey: key, action: 'completeStep', stepId: 'ed-review' })).ok).toBe(true);
  const eprs = (await sep.appComments(key)).find((c) => c.text.includes('Please update its KB article if needed'));
  expect(eprs).toMatchObject({ jsdPublic: false, mentioned: [IDS.kim] });
  await sep.edit(key, { [FIELDS.reviewDate]: '2026-06-01' }, 'cara.cms@sep.example');
  expect(await sep.status(key, 'ed-review-date')).toBe('done');
  for (const stepId of ['ed-routing', 'ed-live'])
    expect((await sep.act(IDS.ewan, { issueKey: key, action: 'completeStep', stepId })).ok).toBe(true);
  expect((await sep.outbox(key)).map((m) => m.text)).toEqual([
    expect.stringContaining(`Your change to ${PARKING} is live on SEP`),
  ]);
  expect(await sep.registry()).toContainEqual({ partner: 'Northfield Council', service: PARKING, shared: true });
  // Resolved with the message; the run goes on, waiting for the next review date.
  await expectResolved(key);
  expect(await sep.status(key, 'ed-review-due')).toBe('active');
  expect((await sep.view(key))?.nextDueAt).toBe('2026-06-01T09:00:00.000Z');
});
