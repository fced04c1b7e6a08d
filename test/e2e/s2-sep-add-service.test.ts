// S2 "Add a new service" over HTTP: Sara's request, the content checklist in the panel, the preview sent to her,
// a review flagged back to its owner and returned, EPRS and the interest list told on approval, the review date
// (a later one set back with an internal note; the panel refuses it), live, and on the review date a linked review
// ticket that starts the edit flow while the content owner is told.
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

const CARA_EMAIL = 'cara.cms@sep.example';
let key = '';
const act = (as: string, payload: Record<string, unknown>) => sep.act(as, { issueKey: key, ...payload });

test('the request starts the add-service flow; Northfield is onboarded, so routing will be skipped', async () => {
  key = await sep.request(
    'add',
    'New service: Northfield bulky waste collection',
    'Please add our bulky waste collection service.\nContent type: Waste and recycling',
    { [FIELDS.serviceName]: 'Bulky waste collection', [FIELDS.sharedService]: { value: 'No' } },
  );
  const created = await sep.issue(key);
  expect(created.fields.reporter?.accountId).toBe(IDS.sara);
  expect(created.fields[FIELDS.serviceName]).toBe('Bulky waste collection');
  expect(JSON.stringify(created.fields[FIELDS.requestType])).toContain('Add a new service');
  const view = await sep.view(key);
  expect(view?.steps.map((s) => s.id)).toContain('add-review-ticket');
  expect(await sep.status(key, 'add-discussion')).toBe('active');
});

test('the content checklist done: Sara is sent the preview (one customer message), the review waits', async () => {
  for (const stepId of ['add-discussion', 'add-sep-discussion', 'add-kb'])
    expect((await act(IDS.ewan, { action: 'completeStep', stepId })).ok).toBe(true);
  for (const item of ['content', 'start', 'owner'])
    expect((await act(IDS.cara, { action: 'checkItem', stepId: 'add-content', item })).ok).toBe(true);
  const told = await sep.outbox(key);
  expect(told).toEqual([expect.objectContaining({ to: SARA })]);
  expect(told[0]?.text).toContain('Bulky waste collection is ready for you to preview');
  expect(await sep.status(key, 'add-review')).toBe('active');
});

test('flagged: a reason is needed and only the SEP team may; the content goes back to its owner with it', async () => {
  expect((await act(IDS.ewan, { action: 'flag', stepId: 'add-review' })).error?.reason).toBe('review.reason-missing');
  expect((await act(IDS.kim, { action: 'flag', stepId: 'add-review', note: 'x' })).error?.reason).toBe(
    'review.not-allowed',
  );
  const flagged = await act(IDS.ewan, { action: 'flag', stepId: 'add-review', note: 'The 2026 charges are missing' });
  expect(flagged.ok).toBe(true);
  expect(await sep.status(key, 'add-content')).toBe('active');
  expect(await sep.status(key, 'add-review')).toBe('pending');
  const note = (await sep.appComments(key)).find((c) => c.text.includes('The 2026 charges are missing'));
  expect(note?.jsdPublic).toBe(false);
  // Back for review once its owner has fixed it; the preview is not sent again.
  expect((await act(IDS.cara, { action: 'completeStep', stepId: 'add-content', note: 'Charges added' })).ok).toBe(true);
  expect(await sep.status(key, 'add-review')).toBe('active');
  expect(await sep.outbox(key)).toHaveLength(1);
});

test('approved: EPRS mentioned about the KB, the waste-and-recycling interest list told, routing skipped', async () => {
  expect((await act(IDS.ewan, { action: 'completeStep', stepId: 'add-review' })).ok).toBe(true);
  const comments = await sep.appComments(key);
  const eprs = comments.find((c) => c.text.includes('make sure its KB article is ready'));
  expect(eprs).toMatchObject({ jsdPublic: false, mentioned: [IDS.kim] });
  const interest = comments.find((c) => c.text.includes('New content was added to SEP'));
  expect(interest?.jsdPublic).toBe(false);
  expect([...(interest?.mentioned ?? [])].sort()).toEqual([IDS.cara, IDS.kim].sort());
  expect(await sep.skipped(key, 'add-routing')).toBe(true);
  expect(await sep.status(key, 'add-review-date')).toBe('active');
});

test('a review date more than 6 months ahead is set back with an internal note; the panel refuses one', async () => {
  await sep.edit(key, { [FIELDS.reviewDate]: '2026-12-01' }, CARA_EMAIL);
  expect((await sep.issue(key)).fields[FIELDS.reviewDate] ?? null).toBeNull();
  const note = (await sep.appComments(key)).find((c) => c.text.includes('Review date 2026-12-01 was not accepted'));
  expect(note?.jsdPublic).toBe(false);
  expect(note?.text).toContain('more than 6 month(s) ahead');
  expect(await sep.status(key, 'add-review-date')).toBe('active');
  const refused = await act(IDS.cara, { action: 'setDate', stepId: 'add-review-date', value: '2026-12-01' });
  expect(refused.ok).toBe(false);
  expect((await sep.issue(key)).fields[FIELDS.reviewDate] ?? null).toBeNull();
  expect(await sep.status(key, 'add-review-date')).toBe('active');
});

test('a date within the limit is kept; live: registered, Sara told and the request resolved; the run waits for the date', async () => {
  expect((await act(IDS.cara, { action: 'setDate', stepId: 'add-review-date', value: '2026-03-09' })).ok).toBe(true);
  expect((await sep.issue(key)).fields[FIELDS.reviewDate]).toBe('2026-03-09');
  expect(await sep.status(key, 'add-review-date')).toBe('done');
  expect((await act(IDS.ewan, { action: 'completeStep', stepId: 'add-live' })).ok).toBe(true);
  const told = await sep.outbox(key);
  expect(told).toHaveLength(2);
  expect(told[1]?.text).toContain('Bulky waste collection is now live on SEP');
  expect(await sep.status(key, 'add-review-due')).toBe('active');
  expect((await sep.view(key))?.nextDueAt).toBe('2026-03-09T09:00:00.000Z');
  const resolved = await sep.issue(key);
  expect([resolved.fields.status.name, resolved.fields.resolution?.name]).toEqual(['Resolved', 'Done']);
  // The partner's message comes before the resolution, and is the last thing the app writes on the request.
  const last = (await sep.appComments(key)).at(-1);
  expect(last).toMatchObject({ jsdPublic: true });
  expect(last?.text).toContain('is now live on SEP');
});

test('the review date comes: a linked review ticket starts the edit flow; the content owner is told', async () => {
  await sep.advance('P6D');
  expect((await sep.issue(key)).fields.issuelinks ?? []).toEqual([]);
  await sep.advance('P1DT1H');
  const links = (await sep.issue(key)).fields.issuelinks ?? [];
  expect(links).toHaveLength(1);
  expect(links[0]?.type.name).toBe('Relates');
  // Relates, outward from the service's request to the review ticket.
  const reviewKey = links[0]?.outwardIssue?.key ?? '';
  expect(reviewKey).toMatch(/^SEP-\d+$/);
  const review = await sep.issue(reviewKey);
  expect(review.fields.issuelinks?.map((l) => l.inwardIssue?.key)).toEqual([key]);
  expect(review.fields.summary).toBe('Service review due: Bulky waste collection (Northfield Council)');
  expect(JSON.stringify(review.fields[FIELDS.requestType])).toContain('Edit or remove a service');
  // Raised for Sara in Northfield Council (organization 3): she sees it in the portal, as her own requests.
  expect(review.fields.reporter?.accountId).toBe(IDS.sara);
  expect(review.fields[FIELDS.organizations]).toEqual([
    expect.objectContaining({ id: '3', name: 'Northfield Council' }),
  ]);
  const portal = await e2e.get<{ values: { issueKey: string }[] }>('/rest/servicedeskapi/request', SARA);
  expect(portal.values.map((r) => r.issueKey)).toContain(reviewKey);
  const reviewRun = await sep.view(reviewKey);
  expect(reviewRun?.playbookId).toBe('sep-partner-lifecycle');
  expect(await sep.status(reviewKey, 'ed-change')).toBe('active');
  const owner = (await sep.appComments(key)).find((c) => c.text.includes('The review date of Bulky waste collection'));
  expect(owner).toMatchObject({ jsdPublic: false, mentioned: [IDS.ewan] });
  expect((await sep.view(key))?.state).toBe('completed');
  expect(await sep.outbox(key)).toHaveLength(2);
  // The original request stays resolved once: the reminder reopens nothing.
  expect((await sep.issue(key)).fields.resolution?.name).toBe('Done');
});
