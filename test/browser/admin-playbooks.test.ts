// An admin edits the S1 playbook in the browser: an error shows at its line and blocks saving; fixed, it saves as
// version 2; the next S1 email starts on version 2 while the run already going stays on version 1.
import type { Frame } from 'playwright-core';
import { ADMIN, openAdmin, runVersion, s1Email, type AdminPage, TEST_TIMEOUT } from './admin-harness';
import { launch, screenshot, serve, type Browser, type Served } from './harness';

const S1 = 'everbright-partner-onboarding';
const NEW_NAME = 'EverBright partner onboarding (revised)';

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

const editorText = (frame: Frame) => frame.locator('#yaml-editor').inputValue();

test(
  'an error shows at its line and blocks saving; the fixed playbook saves as version 2 and only new runs use it',
  async () => {
    await s1Email(s, 'SunPower Installers');
    expect((await runVersion(b, s, 'SS-1')).version).toBe(1);

    const admin: AdminPage = await openAdmin(b, s, { as: ADMIN });
    const { frame, page } = admin;
    await frame.getByTestId(`open-${S1}`).click();
    await frame.getByTestId('validation-state').getByText('No problems found.').waitFor();
    const original = await editorText(frame);

    // A step that depends on a step the playbook does not have.
    const lines = original.split('\n');
    const at = lines.findIndex((l) => /^\s+dependsOn: \[intake\]/.test(l));
    expect(at).toBeGreaterThan(0);
    lines[at] = (lines[at] ?? '').replace('[intake]', '[intaek]');
    await frame.locator('#yaml-editor').fill(lines.join('\n'));
    const message = frame.getByTestId(`line-message-${at + 1}`);
    await message.waitFor();
    expect(await message.textContent()).toContain('intaek');
    expect(await frame.getByTestId(`gutter-problem-${at + 1}`).count()).toBe(1);
    expect(await frame.getByTestId('save-playbook').isDisabled()).toBe(true);
    expect(await frame.getByTestId('save-blocked').textContent()).toMatch(/problem\(s\) listed below are fixed/);
    // The list names the line and takes the caret there.
    await frame
      .getByTestId('problem')
      .getByRole('button', { name: `Line ${at + 1}` })
      .click();
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('yaml-editor');
    const selected = await frame.evaluate(() => {
      const t = document.getElementById('yaml-editor') as HTMLTextAreaElement;
      return t.value.slice(t.selectionStart, t.selectionEnd);
    });
    expect(selected).toContain('intaek');
    await screenshot(page, 'admin-playbook-error');

    // Fixed, and renamed through the form.
    await frame.locator('#yaml-editor').fill(original);
    await frame.getByLabel('Name', { exact: true }).fill(NEW_NAME);
    await frame.getByTestId('validation-state').getByText('No problems found.').waitFor();
    await frame.getByLabel('What changed (optional, kept in the history)').fill('Clearer name');
    await frame.getByTestId('save-playbook').click();
    await frame
      .getByTestId('saved')
      .getByText(/Saved as version 2/)
      .waitFor();
    await frame.getByTestId(`playbook-row-${S1}`).getByRole('cell', { name: '2', exact: true }).waitFor();
    await frame.getByTestId('history').getByText('Clearer name', { exact: false }).waitFor();
    await screenshot(page, 'admin-playbook-saved');
    await page.close();

    await s1Email(s, 'Bright Homes Solar');
    const fresh = await runVersion(b, s, 'SS-2');
    expect(fresh.version).toBe(2);
    expect(fresh.name).toContain(NEW_NAME);
    const running = await runVersion(b, s, 'SS-1');
    expect(running.version).toBe(1);
    expect(running.name).not.toContain(NEW_NAME);
  },
  TEST_TIMEOUT,
);
