// Step actions in real chromium on the fixture playbook: tick a checklist, flag a problem with a reason (refused
// first, shown plainly), record a decision, waive and sign off; the history says why each change happened.
import { FIXTURE_SUMMARY, installFixture } from '../integration/panel-fixture';
import { AGENT, launch, openIssue, screenshot, serve, type Browser, type Served } from './harness';

const BOB = 'bob@sunpower-installers.example';
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
  await installFixture();
  await s.control('email', { from: BOB, subject: FIXTURE_SUMMARY, body: '<p>Please set us up.</p>' });
  await s.control('settle');
});
afterEach(async () => {
  await s.close();
}, 60_000);

const stepStatus = async (id: string): Promise<string | undefined> => {
  const r = (await s.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: 'SS-1' } },
    context: { accountId: '712020:priya-agent' },
  })) as { data: { steps: { id: string; status: string }[] } };
  return r.data.steps.find((x) => x.id === id)?.status;
};

test('checklist by keyboard, a refused flag explained, the flag with its reason, and why it happened', async () => {
  const { page, panel } = await openIssue(b, s, 'SS-1', { as: AGENT });
  const card = panel.getByTestId('act-prepare');
  await card.getByRole('heading', { name: 'Prepare the account' }).waitFor();
  await screenshot(page, 'steps-before');
  // Space on a focused checkbox ticks it.
  await card.getByLabel('Documents received').focus();
  await page.keyboard.press('Space');
  await card.getByLabel('Documents received').and(panel.locator(':checked')).waitFor();
  // The box shows the server's state: it stays clear until the run says the item is ticked.
  await card.getByLabel('Account created').click();
  await panel.getByTestId('act-check-prepare').waitFor();
  expect(await stepStatus('prepare')).toBe('done');

  const review = panel.getByTestId('act-check-prepare');
  await review.getByRole('button', { name: 'Flag a problem' }).click();
  await review
    .getByRole('alert')
    .getByText(/Flagging a problem needs the reason/)
    .waitFor();
  await screenshot(page, 'steps-flag-refused');
  await review.getByLabel(/Note, evidence or reason/).fill('The documents are not signed');
  await review.getByRole('button', { name: 'Flag a problem' }).click();
  await panel.getByTestId('act-prepare').waitFor();
  expect(await stepStatus('prepare')).toBe('active');
  expect(await stepStatus('check-prepare')).toBe('pending');

  const newest = panel.getByTestId('history-item').first();
  await newest.getByText(/problem flagged by Priya Agent/).click();
  await newest.getByText('A problem was flagged: the task went back to its owner').waitFor();
  await screenshot(page, 'steps-flagged-why');
}, 60_000);

test('a decision, then the sign-off: a waiver without a reason is refused, with one it counts', async () => {
  const act = (payload: Record<string, unknown>) =>
    s.stack.runtime.invoke('panel-resolver', {
      call: { functionKey: 'act', payload: { issueKey: 'SS-1', requestId: JSON.stringify(payload), ...payload } },
      context: { accountId: '712020:priya-agent' },
    });
  await act({ action: 'checkItem', stepId: 'prepare', item: 'docs' });
  await act({ action: 'checkItem', stepId: 'prepare', item: 'account' });
  await act({ action: 'completeStep', stepId: 'check-prepare' });
  await s.control('settle');
  const { page, panel } = await openIssue(b, s, 'SS-1', { as: AGENT });
  const decision = panel.getByTestId('act-go');
  await decision.getByText('Go ahead with SS-1?').waitFor();
  await decision.getByRole('button', { name: 'Choose: Go ahead' }).click();
  const signoff = panel.getByTestId('act-handover');
  await signoff.waitFor();
  await signoff.getByRole('button', { name: 'Waive Customer' }).click();
  await signoff
    .getByRole('alert')
    .getByText(/Waiving a sign-off needs the reason/)
    .waitFor();
  await signoff.getByRole('button', { name: 'Sign off for Team lead' }).click();
  await signoff
    .getByRole('alert')
    .getByText(/You may not sign off for this party/)
    .waitFor();
  await screenshot(page, 'signoff-refused');
  await signoff.getByLabel(/Note, evidence or reason/).fill('Customer signed the handover on paper');
  await signoff.getByRole('button', { name: 'Waive Customer' }).click();
  await signoff
    .getByTestId('party-customer')
    .getByText(/Signed off by Priya Agent .* \(waived\)/)
    .waitFor();
  expect(await stepStatus('handover')).toBe('active');
  await screenshot(page, 'signoff-waived');
}, 60_000);
