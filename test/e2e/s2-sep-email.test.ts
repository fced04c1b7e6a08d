// S2 by email: Sara writes to the SEP desk with a colleague in CC. Jira shows an "Emailed request" (reporter Sara,
// the colleague a participant); no SEP flow starts on that request type, even once an agent sets the request type,
// until the agent starts the playbook by hand: then the onboarding flow reads the partner and CRM from the email.
import { startStack, type E2E } from './stack-harness';
import { FIELDS, IDS, SARA, sepSite } from './s2-flow';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterAll(() => e2e.close());

test('an emailed onboarding request: participants from CC, started by hand, intake from the email', async () => {
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

  // The agent files it under the right request type: a field change starts nothing by itself.
  await sep.edit(key, { [FIELDS.requestType]: '21' });
  expect(await sep.view(key)).toBeNull();
  const started = await sep.act(IDS.ewan, {
    issueKey: key,
    action: 'startByHand',
    playbookId: 'sep-partner-lifecycle',
  });
  expect(started.ok).toBe(true);
  expect(await sep.status(key, 'ob-pack-agreement')).toBe('active');
  // "Partner on our CRM: Yes" in the email: the question is not asked.
  expect(await sep.skipped(key, 'ob-crm-check')).toBe(true);
  expect(await sep.outbox(key)).toEqual([]);
});
