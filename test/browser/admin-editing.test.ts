// Editing without losing work, and the playbook's other tools: a save that meets a newer version shows both and
// overwrites nothing; leaving the tab with unsaved edits asks first and keeps them; history diff and rollback
// (confirmed); moving a running run only through the preview; a dry run executes nothing; people picked by search.
import type { Frame } from 'playwright-core';
import { ADMIN, invokeFromPage, openAdmin, runVersion, s1Email, TEST_TIMEOUT } from './admin-harness';
import { commentsOf, launch, screenshot, serve, statusOf, type Browser, type Served } from './harness';

const S1 = 'everbright-partner-onboarding';

let s: Served;
let b: Browser;
beforeAll(async () => {
  b = await launch();
  s = await serve();
  await s1Email(s, 'SunPower Installers');
}, TEST_TIMEOUT);
afterAll(async () => {
  await s.close();
  await b.close();
});

async function openS1(frame: Frame): Promise<string> {
  await frame.getByTestId(`open-${S1}`).click();
  await frame.getByTestId('validation-state').getByText('No problems found.').waitFor();
  return frame.locator('#yaml-editor').inputValue();
}

test(
  'a conflicting save shows both versions and overwrites nothing; leaving the tab keeps the edits',
  async () => {
    const { page, frame } = await openAdmin(b, s, { as: ADMIN });
    const original = await openS1(frame);
    await frame.getByLabel('Description', { exact: true }).fill('Mine: a shorter description');

    // Leaving the tab (by keyboard: arrow along the tab list) asks first; Escape stays and keeps everything.
    await frame.getByRole('tab', { name: 'Playbooks' }).focus();
    await page.keyboard.press('ArrowRight');
    const dialog = frame.getByTestId('unsaved-dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await frame.getByRole('tab', { name: 'Playbooks' }).getAttribute('aria-selected')).toBe('true');
    await frame.getByRole('tab', { name: 'People' }).click();
    await dialog.getByRole('button', { name: 'Switch tab' }).click();
    await frame.getByRole('heading', { name: 'People directory' }).waitFor();
    await frame.getByRole('tab', { name: 'Playbooks' }).click();
    expect(await frame.getByLabel('Description', { exact: true }).inputValue()).toBe('Mine: a shorter description');

    // Someone else saves version 2 meanwhile.
    const theirs = original.replace(/^name: .*$/m, 'name: Theirs');
    const saved = (await invokeFromPage(frame, 'savePlaybook', { id: S1, yaml: theirs, expectedVersion: 1 })) as {
      ok: boolean;
    };
    expect(saved.ok).toBe(true);
    await frame.getByTestId('validation-state').getByText('No problems found.').waitFor();
    await frame.getByTestId('save-playbook').click();
    const conflict = frame.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.getByTestId('conflict-theirs').textContent()).toContain('name: Theirs');
    expect(await conflict.getByTestId('conflict-mine').textContent()).toContain('Mine: a shorter description');
    expect(await frame.getByTestId('save-playbook').isDisabled()).toBe(true);
    const versions = (await invokeFromPage(frame, 'listVersions', { id: S1 })) as { data: unknown[] };
    expect(versions.data).toHaveLength(2);
    await screenshot(page, 'admin-conflict');

    // Keeping mine makes theirs the base: the next Save is a deliberate version 3.
    await conflict.getByRole('button', { name: /Keep my edits/ }).click();
    await frame.getByTestId('save-playbook').click();
    await frame
      .getByTestId('saved')
      .getByText(/Saved as version 3/)
      .waitFor();
    await page.close();
  },
  TEST_TIMEOUT,
);

test(
  'history diff and a confirmed rollback; a running run moves only through the preview; a dry run does nothing',
  async () => {
    const { page, frame } = await openAdmin(b, s, { as: ADMIN });
    await openS1(frame);
    const history = frame.getByTestId('history');
    await history.getByRole('button', { name: 'Changes in v3' }).click();
    await history.getByTestId('diff').locator('[data-kind=added]').first().waitFor();
    expect(await history.getByTestId('diff').textContent()).toContain('Mine: a shorter description');

    await history.getByRole('button', { name: 'Roll back to v1' }).click();
    await frame.getByRole('dialog').getByRole('button', { name: 'Roll back to v1' }).click();
    await history.getByText('Saved version 4 with the content of version 1.').waitFor();
    // The untouched editor follows the new version.
    await frame.getByRole('heading', { name: 'Edit (from version 4)' }).waitFor();

    expect((await runVersion(b, s, 'SS-1')).version).toBe(1);
    await frame.getByRole('button', { name: /Preview moving running runs to version 4/ }).click();
    const preview = frame.getByTestId('migrate-dialog');
    await preview.getByText('SS-1').waitFor();
    await screenshot(page, 'admin-migrate-preview');
    const box = preview.getByRole('checkbox');
    if (!(await box.isChecked())) await box.check();
    await preview.getByRole('button', { name: 'Move 1 run(s)' }).click();
    await frame
      .getByTestId('migrate-result')
      .getByText(/Moved 1 run/)
      .waitFor();
    expect((await runVersion(b, s, 'SS-1')).version).toBe(4);

    const comments = (await commentsOf(s, 'SS-1')).length;
    const status = await statusOf(s, 'SS-1');
    await frame.getByLabel('Ticket key').fill('SS-1');
    await frame.getByRole('button', { name: 'Show what would happen' }).click();
    const dry = frame.getByTestId('dry-result');
    await dry.getByText('Nothing was executed.').waitFor();
    expect(await dry.locator('tbody tr').count()).toBeGreaterThan(0);
    await dry.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-dry-run');
    await s.control('settle');
    expect((await commentsOf(s, 'SS-1')).length).toBe(comments);
    expect(await statusOf(s, 'SS-1')).toBe(status);
    await page.close();
  },
  TEST_TIMEOUT,
);

test(
  'people: a new directory key gets a Jira user picked by search and is saved',
  async () => {
    const { page, frame } = await openAdmin(b, s, { as: ADMIN });
    await frame.getByRole('tab', { name: 'People' }).click();
    await frame.getByLabel('New person key (e.g. everbright.approver)').fill('kb.editor');
    await frame.getByRole('button', { name: 'Add person' }).click();
    await frame.locator('#user-kb\\.editor').fill('James');
    await frame.getByRole('option', { name: /James Carter/ }).click();
    await frame.getByTestId('save-directory').click();
    await frame
      .getByTestId('directory-status')
      .getByText(/^Saved\./)
      .waitFor();
    await screenshot(page, 'admin-people');
    const dir = (await invokeFromPage(frame, 'getDirectory', {})) as {
      data: { people: Record<string, { displayName: string }> };
    };
    expect(dir.data.people['kb.editor']?.displayName).toBe('James Carter');
    await page.close();
  },
  TEST_TIMEOUT,
);
