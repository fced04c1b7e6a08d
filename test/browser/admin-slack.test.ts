// The Slack webhook on the admin page: replaced through a masked field, tested, cleared; neither the page's DOM nor
// any resolver answer it received ever holds the URL, only its last four characters.
import { LOCAL_SLACK_WEBHOOK } from '../../local/app/slack';
import { openAdmin, TEST_TIMEOUT } from './admin-harness';
import { launch, screenshot, serve, type Browser, type Served } from './harness';

const NEW_WEBHOOK = 'https://hooks.slack.com/services/T0NEW/B0NEW/q9SECRETtokenwxyz';
const secretsOf = (url: string) => [url, url.slice(url.lastIndexOf('/') + 1, -4)];

let s: Served;
let b: Browser;
beforeAll(async () => {
  b = await launch();
  s = await serve();
});
afterAll(async () => {
  await s.close();
  await b.close();
});

test(
  'set, test and clear the webhook; it never comes back in full',
  async () => {
    const { page, frame, answers } = await openAdmin(b, s);
    await frame.getByTestId('tab-slack').click();
    const status = frame.getByTestId('slack-status');
    await status.getByText(`ends in ····${LOCAL_SLACK_WEBHOOK.slice(-4)}`).waitFor();

    const field = frame.locator('#slack-url');
    expect(await field.getAttribute('type')).toBe('password');
    await field.fill(NEW_WEBHOOK);
    await field.press('Enter');
    await status.getByText('ends in ····wxyz').waitFor();
    expect(await field.inputValue()).toBe('');

    const sent = s.stack.slack.messages.length;
    await frame.getByRole('button', { name: 'Send a test message' }).click();
    await frame.getByTestId('slack-note').getByText('Test message sent').waitFor();
    expect(s.stack.slack.messages.length).toBe(sent + 1);
    await screenshot(page, 'admin-slack');

    const html = `${await page.content()}${await frame.content()}`;
    for (const secret of [...secretsOf(NEW_WEBHOOK), ...secretsOf(LOCAL_SLACK_WEBHOOK)]) {
      expect(html).not.toContain(secret);
      for (const answer of answers) expect(answer).not.toContain(secret);
    }

    await frame.getByRole('button', { name: 'Remove webhook' }).click();
    await frame.getByRole('dialog').getByRole('button', { name: 'Remove webhook' }).click();
    await status.getByText('Not configured').waitFor();
    await page.close();
  },
  TEST_TIMEOUT,
);
