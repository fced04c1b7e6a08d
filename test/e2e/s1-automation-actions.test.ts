// The app's Jira Automation actions, run as an admin's rule would run them (POST /local/automation/action): start a
// playbook on a ticket no playbook matched, record an approval, cancel a run; bad inputs are refused, nothing done.
import { advance, appComments, IDS, issue, moveTo, PEOPLE, S1_EMAIL, sendEmail } from './s1-flow';
import { panelClient } from './panel-client';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterEach(() => e2e.close());

const action = async (name: string, inputs: Record<string, unknown>) =>
  (
    (await e2e.control('/local/automation/action', { action: name, inputs })) as {
      result: { ok: boolean; message: string };
    }
  ).result;
const run = async (key: string) =>
  (await e2e.get<{ value: { state: string; attention: string } }>(`/rest/api/3/issue/${key}/properties/onboarding-run`))
    .value;
// The stage is the stored run's (the panel's), not the issue property's.
const stage = async (key: string) => (await panelClient(e2e, '712020:priya-agent').view(key))?.stage;

async function onHold(): Promise<void> {
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
}

test('record-approval approves the pending approval: CS goes back to To Do', async () => {
  await onHold();
  const result = await action('record-approval', {
    issueKey: 'SS-1',
    decision: 'approve',
    note: 'Approved in the CAB meeting',
  });
  expect(result.ok).toBe(true);
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');
  expect(await stage('SS-1')).toBe('products-live');
});

test('cancel-run stops the run: no chaser after a day', async () => {
  await onHold();
  expect((await action('cancel-run', { issueKey: 'SS-1', reason: 'Installer withdrew' })).ok).toBe(true);
  expect((await run('SS-1')).state).toBe('cancelled');
  const before = (await appComments(e2e, 'SS-1')).length;
  await advance(e2e, 'PT25H');
  expect(await appComments(e2e, 'SS-1')).toHaveLength(before);
  expect(e2e.stack.slack.messages).toEqual([]);
});

test('start-playbook starts the named playbook on a ticket no playbook matched', async () => {
  const key = await sendEmail(e2e, PEOPLE.bob, 'New installer for you', S1_EMAIL);
  expect(await e2e.call('GET', `/rest/api/3/issue/${key}/properties/onboarding-run`, { as: PEOPLE.agent })).toEqual(
    expect.objectContaining({ status: 404 }) as unknown,
  );
  const result = await action('start-playbook', { issueKey: key, playbookId: 'everbright-partner-onboarding' });
  expect(result.ok).toBe(true);
  const ss = await issue(e2e, key);
  expect(ss.fields.reporter?.accountId).toBe(IDS.mailbox);
  expect((ss.fields.customfield_10050 as { value: string }).value).toBe('Integrated Finance');
});

test('a decision the action does not know is refused; the approval stays pending', async () => {
  await onHold();
  const result = await action('record-approval', { issueKey: 'SS-1', decision: 'maybe' });
  expect(result.ok).toBe(false);
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('On Hold');
  expect(await stage('SS-1')).toBe('go-live-approval');
});
