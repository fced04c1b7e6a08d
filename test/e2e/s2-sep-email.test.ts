// S2 by email: Sara writes to the SEP desk with a colleague in CC. Jira shows an "Emailed request" (reporter Sara,
// the colleague a participant); no SEP flow takes that request type. When an agent files it under "Partner
// onboarding", the playbooks are matched again and the onboarding flow starts by itself, reading the partner and CRM
// from the email. A second change of the request type starts nothing more: the ticket keeps its one run.
import { startStack, type E2E } from './stack-harness';
import { FIELDS, IDS, REQUEST_TYPES, SARA, sepSite } from './s2-flow';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterAll(() => e2e.close());

test('an emailed onboarding request: no flow until the request type is set, then one run, intake from the email', async () => {
  const sep = sepSite(e2e);
  const { key } = (await e2e.control('/local/email', {
    from: SARA,
    to: 'partners@sep.example',
    cc: ['tom.waste@northfield-council.example'],
    subject: 'Partner onboarding: Northfield Council',
    body: '<p>Hello SEP,</p><p>Partner organisation: Northfield Council</p><p>Partner on our CRM: Yes</p>',
  })) as { key: string };
  await e2e.control('/local/settle');
  const created = await sep.issue(key);
  expect(created.fields.reporter?.accountId).toBe(IDS.sara);
  expect(JSON.stringify(created.fields[FIELDS.requestType])).toContain('Emailed request');
  const participants = created.fields[FIELDS.participants] as { emailAddress?: string }[];
  expect(participants.map((p) => p.emailAddress)).toEqual(['tom.waste@northfield-council.example']);
  expect(await sep.view(key)).toBeNull();
  expect(await sep.appComments(key)).toEqual([]);

  // The agent files it under the right request type: the onboarding flow starts by itself.
  await sep.edit(key, { [FIELDS.requestType]: REQUEST_TYPES.onboard });
  const started = await sep.view(key);
  expect([started?.playbookId, started?.state]).toEqual(['sep-partner-lifecycle', 'active']);
  expect(await sep.status(key, 'ob-pack-agreement')).toBe('active');
  // "Partner on our CRM: Yes" in the email: the question is not asked.
  expect(await sep.skipped(key, 'ob-crm-check')).toBe(true);
  expect((await sep.act(IDS.ewan, { issueKey: key, action: 'completeStep', stepId: 'ob-contacts' })).ok).toBe(true);

  // A second change (filed under "Add a new service" by mistake) starts no second run: the first goes on as it was.
  await sep.edit(key, { [FIELDS.requestType]: REQUEST_TYPES.add });
  expect(JSON.stringify((await sep.issue(key)).fields[FIELDS.requestType])).toContain('Add a new service');
  expect(await sep.runStarts(key)).toBe(1);
  expect((await sep.view(key))?.runId).toBe(started?.runId);
  expect(await sep.status(key, 'ob-contacts')).toBe('done');
  expect((await sep.view(key))?.steps.map((s) => s.id)).not.toContain('add-content');
  expect(await sep.appComments(key)).toEqual([]);
  expect(await sep.outbox(key)).toEqual([]);
});

test('an edit of another field of an emailed request starts nothing', async () => {
  const sep = sepSite(e2e);
  const { key } = (await e2e.control('/local/email', {
    from: SARA,
    to: 'partners@sep.example',
    subject: 'Partner onboarding: Eastfield Council',
    body: '<p>Partner organisation: Eastfield Council</p>',
  })) as { key: string };
  await e2e.control('/local/settle');
  await sep.edit(key, { summary: 'Partner onboarding: Eastfield Council (from the website)' });
  expect(await sep.view(key)).toBeNull();
  expect(await sep.appComments(key)).toEqual([]);
});
