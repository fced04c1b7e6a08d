// S1's other branches over HTTP: escalation to the fallback, an answer by reply email (a comment), decline,
// an answer email that could belong to two runs, and a CS ticket that never appears.
import { advance, appComments, IDS, issue, moveTo, PEOPLE, S1_EMAIL, sendEmail } from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterEach(() => e2e.close());

async function onboardingOnHold(): Promise<void> {
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
}

async function property(key: string): Promise<{ attention: string; stage: string; state: string }> {
  const r = await e2e.get<{ value: { attention: string; stage: string; state: string } }>(
    `/rest/api/3/issue/${key}/properties/onboarding-run`,
  );
  return r.value;
}

async function comment(key: string, as: string, text: string): Promise<void> {
  const body = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  const r = await e2e.call('POST', `/rest/api/3/issue/${key}/comment`, { as, body: { body } });
  expect(r.status).toBe(201);
  await e2e.control('/local/settle');
}

test('three chasers, then the fallback is asked; her comment approves', async () => {
  await onboardingOnHold();
  for (let i = 0; i < 4; i += 1) await advance(e2e, 'PT25H');
  const comments = await appComments(e2e, 'SS-1');
  const reminders = comments.filter((c) => c.text.includes('Reminder'));
  expect(reminders).toHaveLength(3);
  const escalation = comments.find((c) => c.text.includes('has not answered after three reminders'));
  expect(escalation?.mentioned).toContain(IDS.rachel);
  await comment('SS-1', PEOPLE.rachel, 'Approved, go ahead.');
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');
});

test('a reply email with the ticket key becomes a comment on SS-1 and counts as the answer', async () => {
  await onboardingOnHold();
  const key = await sendEmail(e2e, PEOPLE.david, 'RE: [SS-1] EverBright Partner Onboarding', '<p>Approved.</p>');
  expect(key).toBe('SS-1');
  expect((await e2e.call('GET', '/rest/api/3/issue/SS-2', { as: PEOPLE.agent })).status).toBe(404);
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');
});

test('decline: an internal note for the account manager and David, CS stays On Hold, the run needs attention', async () => {
  await onboardingOnHold();
  await comment('SS-1', PEOPLE.david, 'Declined, not yet.');
  const note = (await appComments(e2e, 'SS-1')).find((c) => c.text.includes('was declined'));
  expect(note?.mentioned).toEqual([IDS.ken, IDS.david]);
  expect(note?.jsdPublic).toBe(false);
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('On Hold');
  expect((await property('SS-1')).attention).toBe('yes');
});

test('an answer email that fits two pending runs guesses nothing: both need attention, the email stays open', async () => {
  await onboardingOnHold();
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-2', 'On Hold', PEOPLE.chris);
  const key = await sendEmail(e2e, PEOPLE.david, 'Products', '<p>Approved for SunPower Installers.</p>');
  expect(key).toBe('SS-3');
  const answer = await issue(e2e, 'SS-3');
  expect(answer.fields.issuelinks ?? []).toEqual([]);
  expect(answer.fields.resolution).toBeNull();
  expect((await property('SS-1')).attention).toBe('yes');
  expect((await property('SS-2')).attention).toBe('yes');
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('On Hold');
});

test('no CS ticket within two days: the run needs attention', async () => {
  await e2e.control('/local/automation', { enabled: false });
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  expect((await property('SS-1')).attention).toBe('no');
  await advance(e2e, 'P2DT2H');
  expect((await property('SS-1')).attention).toBe('yes');
});
