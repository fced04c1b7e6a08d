// Files in and out of the admin page: a playbook created from a template starts disabled (enabled by keyboard from
// its own switch), exports as YAML, comes back in through the import field as a new playbook; the insight chart
// speaks its numbers and downloads as CSV.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { openAdmin, s1Email, TEST_TIMEOUT } from './admin-harness';
import { launch, screenshot, serve, type Browser, type Served } from './harness';

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

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const row = (frame: Frame, id: string) => frame.getByTestId(`playbook-row-${id}`);

test(
  'create from a template (disabled), export it, import the file as another playbook',
  async () => {
    const { page, frame } = await openAdmin(b, s);
    await frame.getByRole('button', { name: 'Create from template' }).click();
    const dialog = frame.getByTestId('create-dialog');
    await dialog.locator('#create-template').fill('EverBright');
    await page.keyboard.press('Enter');
    await dialog.getByLabel(/^Id/).fill('eb-copy');
    await dialog.getByLabel('Name (optional)').fill('EverBright copy');
    await dialog.getByRole('button', { name: /^Create/ }).click();
    await row(frame, 'eb-copy').waitFor();
    expect(await row(frame, 'eb-copy').getByRole('checkbox', { name: 'Enabled: EverBright copy' }).isChecked()).toBe(
      false,
    );

    await frame.getByTestId('playbook-detail').getByRole('heading', { name: 'EverBright copy' }).waitFor();
    // The enabled switch beside the editor is the playbook's own (no new version): the table follows at once.
    await frame.getByRole('checkbox', { name: 'Enabled: EverBright copy (applies at once, not versioned)' }).focus();
    await page.keyboard.press('Space');
    await row(frame, 'eb-copy').locator('input[type=checkbox]:checked').waitFor();
    expect(await row(frame, 'eb-copy').getByRole('checkbox').isChecked()).toBe(true);
    const exported = await downloaded(page, () => frame.getByRole('button', { name: 'Export YAML' }).click());
    expect(exported.name).toBe('eb-copy.v1.yaml');
    expect(exported.text).toMatch(/^id: "?eb-copy"?$/m);

    await frame.locator('#import-file').setInputFiles({
      name: 'eb-import.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(exported.text.replace(/^id: "?eb-copy"?$/m, 'id: eb-import')),
    });
    await frame.getByText('Imported eb-import as a new playbook (version 1).').waitFor();
    await row(frame, 'eb-import').waitFor();
    await screenshot(page, 'admin-imported');
    await page.close();
  },
  TEST_TIMEOUT,
);

test(
  'insight: the chart names its numbers, a table repeats them, and the CSV downloads',
  async () => {
    const { page, frame } = await openAdmin(b, s);
    await frame.getByRole('tab', { name: 'Insight' }).click();
    const chart = frame.getByTestId('chart-by-stage');
    await chart.waitFor();
    const described = await chart.evaluate((svg) =>
      (svg.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' | '),
    );
    expect(described).toMatch(/^Active runs by stage \| everbright-partner-onboarding · [\w-]+: 1$/);
    await frame.getByTestId('insight-by-stage').getByText('Show as a table').click();
    await frame.getByTestId('insight-by-stage').getByRole('cell', { name: '1', exact: true }).waitFor();
    await screenshot(page, 'admin-insight');

    const csv = await downloaded(page, () => frame.getByRole('button', { name: 'Download CSV' }).click());
    expect(csv.name).toMatch(/^onboarding-insight-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toContain('everbright-partner-onboarding');
    await page.close();
  },
  TEST_TIMEOUT,
);
