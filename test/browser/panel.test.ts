// The panel and glance in real chromium on the local site: approve, refusals, needs-attention.
import { APP_ACCOUNT_ID } from '../../local/contracts';
import {
  AGENT,
  commentsOf,
  launch,
  openIssue,
  OUTSIDER,
  S1_BODY,
  S1_SUBJECT,
  s1AtApproval,
  screenshot,
  serve,
  statusOf,
  type Browser,
  type Served,
} from './harness';

let s: Served;
let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b.close();
});
beforeEach(async () => {
  s = await serve();
});
afterEach(async () => {
  await s.close();
});

test('an agent approves in the panel: CS goes back to To Do and SS-1 gets an internal comment', async () => {
  await s1AtApproval(s);
  expect(await statusOf(s, 'CS-1')).toBe('On Hold');
  const before = (await commentsOf(s, 'SS-1')).length;
  const { page, panel, glance } = await openIssue(b, s, 'SS-1', { as: AGENT });
  await panel.getByTestId('approval-go-live-approval').getByText('No answer yet').waitFor();
  const progress = (await glance.getByTestId('glance-progress').textContent()) ?? '';
  await screenshot(page, 'approve-before');
  await panel.getByLabel('Note (optional)').fill('Approved on the phone with David');
  // By keyboard: from the note, Tab reaches Approve and Enter presses it.
  await page.keyboard.press('Tab');
  expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Approve');
  await page.keyboard.press('Enter');
  await panel.getByTestId('action-result').getByText('Done').waitFor();
  await panel
    .getByTestId('approval-answer')
    .getByText(/Approved by Priya Agent/)
    .waitFor();
  // The glance, another frame, follows the panel's change.
  await glance.getByTestId('glance-progress').filter({ hasNotText: progress }).waitFor();
  await screenshot(page, 'approve-after');
  await s.control('settle');
  expect(await statusOf(s, 'CS-1')).toBe('To Do');
  const added = (await commentsOf(s, 'SS-1')).slice(before);
  const internal = added.filter((c) => c.author.accountId === APP_ACCOUNT_ID && c.jsdPublic === false);
  expect(internal.length).toBeGreaterThan(0);
  expect(JSON.stringify(internal.map((c) => c.body))).toContain('Approved on the phone with David');
});

test('a user without permission on the issue is refused plainly, and nothing changes', async () => {
  await s1AtApproval(s);
  const before = await commentsOf(s, 'SS-1');
  const { page, panel, glance } = await openIssue(b, s, 'SS-1', { as: OUTSIDER });
  await panel
    .getByRole('alert')
    .getByText(/You do not have permission/)
    .waitFor();
  await glance
    .getByRole('alert')
    .getByText(/Ask a Jira admin/)
    .waitFor();
  expect(await panel.getByRole('button', { name: 'Approve' }).count()).toBe(0);
  await screenshot(page, 'refused-outsider');
  await s.control('settle');
  expect(await statusOf(s, 'CS-1')).toBe('On Hold');
  expect(await commentsOf(s, 'SS-1')).toHaveLength(before.length);
});

test('an agent who may see but not edit a ticket is refused when starting a playbook by hand', async () => {
  await s1AtApproval(s);
  // Priya is a member of CS: she sees CS-1, which has no run of its own, but may not edit it.
  const { page, panel } = await openIssue(b, s, 'CS-1', { as: AGENT });
  await panel.getByTestId('no-run').waitFor();
  await panel.getByRole('button', { name: 'Start playbook' }).click();
  await panel
    .getByRole('alert')
    .getByText(/You do not have permission/)
    .waitFor();
  await screenshot(page, 'refused-start-by-hand');
  const view = await s.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: 'CS-1' } },
    context: { accountId: '712020:chris-config' },
  });
  expect(view).toEqual({ ok: true, data: null });
});

test('the glance shows needs-attention for a run whose intake is missing', async () => {
  await s.control('email', {
    from: 'bob@sunpower-installers.example',
    subject: 'EverBright Partner Onboarding',
    body: '<p>Hello, please onboard us.</p>',
  });
  await s.control('settle');
  const { page, glance, panel } = await openIssue(b, s, 'SS-1', { as: AGENT });
  await glance.getByTestId('needs-attention').getByText('Needs attention').waitFor();
  await panel
    .getByTestId('needs-attention')
    .getByText(/What to do next/)
    .waitFor();
  await screenshot(page, 'glance-needs-attention');
});

test('on a ticket with no run an agent starts the playbook by hand, and the run appears', async () => {
  const setEnabled = (enabled: boolean) =>
    s.stack.runtime.invoke('admin-resolver', {
      call: { functionKey: 'setPlaybookEnabled', payload: { id: 'everbright-partner-onboarding', enabled } },
      context: { accountId: '712020:site-admin' },
    });
  // The ticket arrives while the playbook is switched off: no run starts.
  expect(await setEnabled(false)).toEqual(expect.objectContaining({ ok: true }));
  await s.control('email', { from: 'bob@sunpower-installers.example', subject: S1_SUBJECT, body: S1_BODY });
  await s.control('settle');
  expect(await setEnabled(true)).toEqual(expect.objectContaining({ ok: true }));
  const { page, panel, glance } = await openIssue(b, s, 'SS-1', { as: AGENT });
  await panel.getByTestId('no-run').waitFor();
  await screenshot(page, 'start-by-hand-before');
  await panel.getByRole('button', { name: 'Start playbook' }).click();
  await panel.getByTestId('panel').getByRole('heading', { name: 'Actions' }).waitFor();
  await glance.getByTestId('glance').waitFor();
  await screenshot(page, 'start-by-hand-after');
});
