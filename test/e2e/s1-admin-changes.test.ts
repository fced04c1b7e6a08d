// S1 when an admin changed the site under a running onboarding: the config workflow lost a status, the app lost a
// permission on CS, the approver was deactivated. Each shows in Jira; nothing is half-done silently.
import { advance, appComments, IDS, issue, moveTo, PEOPLE, S1_EMAIL, sendEmail } from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterEach(() => e2e.close());

async function property(key: string): Promise<{ attention: string; attentionCodes: string[]; stage: string }> {
  const r = await e2e.get<{ value: { attention: string; attentionCodes: string[]; stage: string } }>(
    `/rest/api/3/issue/${key}/properties/onboarding-run`,
  );
  return r.value;
}

async function comment(key: string, as: string, text: string): Promise<number> {
  const body = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  const r = await e2e.call('POST', `/rest/api/3/issue/${key}/comment`, { as, body: { body } });
  await e2e.control('/local/settle');
  return r.status;
}

async function onboardingOnHold(): Promise<void> {
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
}

test('CS workflow without "To Do": approval leaves CS On Hold, an internal comment names the status and the statuses', async () => {
  await onboardingOnHold();
  expect((await property('SS-1')).attention).toBe('no');
  await e2e.control('/local/workflow', { project: 'CS', from: 'To Do', to: 'Backlog' });
  await comment('SS-1', PEOPLE.david, 'Approved, go ahead.');
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('On Hold');
  const failed = (await appComments(e2e, 'SS-1')).filter((c) => c.text.includes('"To Do"'));
  expect(failed).toHaveLength(1);
  expect(failed[0]?.jsdPublic).toBe(false);
  for (const name of ['Backlog', 'In Progress', 'Done']) expect(failed[0]?.text).toContain(name);
  const run = await property('SS-1');
  expect(run.attention).toBe('yes');
  expect(run.attentionCodes).toEqual(['command.not_found']);
});

test('the app may not transition CS: needs attention with what to fix, CS unchanged, nothing else claimed done', async () => {
  await onboardingOnHold();
  await e2e.control('/local/permissions', {
    project: 'CS',
    permissions: ['BROWSE_PROJECTS', 'ADD_COMMENTS', 'LINK_ISSUES', 'EDIT_ISSUES'],
  });
  await comment('SS-1', PEOPLE.david, 'Approved.');
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('On Hold');
  const failed = (await appComments(e2e, 'SS-1')).filter((c) => c.text.includes('failed'));
  expect(failed).toHaveLength(1);
  expect(failed[0]?.text).toContain('CS');
  expect(failed[0]?.text).toContain('permission');
  expect(failed[0]?.jsdPublic).toBe(false);
  expect((await property('SS-1')).attention).toBe('yes');
  // The config team finishing CS by hand still completes the run once the permission is back.
  await e2e.control('/local/permissions', { project: 'CS', permissions: null });
  await moveTo(e2e, 'CS-1', 'Done', PEOPLE.chris);
  expect((await issue(e2e, 'SS-1')).fields.status.name).toBe('Resolved');
});

test('a deactivated approver: he cannot answer, the chasers run out and the fallback is asked and approves', async () => {
  await e2e.control('/local/users', { email: PEOPLE.david, active: false });
  await onboardingOnHold();
  expect(await comment('SS-1', PEOPLE.david, 'Approved.')).toBe(401);
  for (let i = 0; i < 4; i += 1) await advance(e2e, 'PT25H');
  const escalation = (await appComments(e2e, 'SS-1')).find((c) => c.mentioned.includes(IDS.rachel));
  expect(escalation?.jsdPublic).toBe(false);
  expect(await comment('SS-1', PEOPLE.rachel, 'Approved, go ahead.')).toBe(201);
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');
});
