// axe-core in real chromium: no serious or critical violation in the glance or the panel, in English and
// Norwegian, light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { FIXTURE_SUMMARY, installFixture } from '../integration/panel-fixture';
import { AGENT, launch, openIssue, s1AtApproval, screenshot, serve, type Browser, type Served } from './harness';
import { describeTraining, newSi, sydneyDay, SUPPORT } from './s3-week-kit';

const AXE = readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

let s: Served;
let b: Browser;
let s3 = '';
beforeAll(async () => {
  b = await launch();
  s = await serve();
  await s1AtApproval(s);
  // SS-2: the fixture playbook, for the step actions, the week timeline, the history and a refusal.
  await installFixture();
  await s.control('email', { from: 'bob@sunpower-installers.example', subject: FIXTURE_SUMMARY, body: '<p>Hi</p>' });
  await s.control('settle');
  // An S3 run in its fourth week: the glance's week, and a step card with its description in two languages.
  await describeTraining();
  s3 = await newSi(s, await sydneyDay(s, -23));
  // Three onboardings through the app on a shared machine: a generous bound; every wait is on a condition.
}, 90_000);
afterAll(async () => {
  await s.close();
  await b.close();
});

const cases = [
  { locale: 'en-US', theme: 'light', heading: 'Actions', preview: 'Preview the new dates' },
  { locale: 'en-US', theme: 'dark', heading: 'Actions', preview: 'Preview the new dates' },
  {
    locale: 'nb-NO',
    theme: 'light',
    heading: 'Handlinger',
    preview: 'Forhåndsvis de nye datoene',
  },
  {
    locale: 'nb-NO',
    theme: 'dark',
    heading: 'Handlinger',
    preview: 'Forhåndsvis de nye datoene',
  },
] as const;

test.each(cases)('$locale $theme: no serious or critical axe violation', async ({ locale, theme, heading }) => {
  const { page, panel, glance } = await openIssue(b, s, 'SS-1', { as: AGENT, locale, theme });
  await panel.getByRole('heading', { name: heading }).waitFor();
  await panel.locator(`html[data-color-mode="${theme}"]`).waitFor();
  await screenshot(page, `a11y-${locale}-${theme}`);
  expect(await seriousViolations(panel)).toEqual([]);
  expect(await seriousViolations(glance)).toEqual([]);
  await page.close();
});

test.each(cases)(
  '$locale $theme: step actions, week timeline, history, defer preview and a refusal pass axe',
  async ({ locale, theme, heading, preview }) => {
    const { page, panel, glance } = await openIssue(b, s, 'SS-2', { as: AGENT, locale, theme });
    await panel.getByRole('heading', { name: heading }).waitFor();
    await panel.locator(`html[data-color-mode="${theme}"]`).waitFor();
    await panel.getByTestId('timeline').waitFor();
    // Open every "why" and the newest change's trace, show a deferral preview and a refusal (the past).
    await panel.getByTestId('history-item').first().locator('summary').click();
    for (const summary of await panel.locator('[data-testid^="step-"] summary').all()) await summary.click();
    const card = panel.getByTestId('act-training');
    await card.locator('input[type=date]').fill('2099-01-05');
    await card.getByRole('button', { name: preview }).click();
    await card.getByTestId('defer-preview').waitFor();
    const follow = panel.getByTestId('act-follow-up');
    await follow.locator('input[type=date]').fill('2020-01-06');
    await follow.getByRole('button', { name: preview }).click();
    await follow.getByRole('alert').waitFor();
    await screenshot(page, `a11y-steps-${locale}-${theme}`);
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await seriousViolations(glance)).toEqual([]);
    await page.close();
  },
  // Many steps on a machine shared with other suites: a generous bound, the waits are all on conditions.
  60_000,
);

test.each(cases)(
  '$locale $theme: the glance week, the marked week row and a step card pass axe',
  async ({ locale, theme }) => {
    const { page, panel, glance } = await openIssue(b, s, s3, { as: SUPPORT, locale, theme });
    await glance.getByTestId('glance-week').waitFor();
    await panel.getByTestId('this-week').waitFor();
    await panel.getByTestId('desc-week-6-training').waitFor();
    await panel.locator(`html[data-color-mode="${theme}"]`).waitFor();
    await screenshot(page, `a11y-s3-week-${locale}-${theme}`);
    expect(await seriousViolations(glance)).toEqual([]);
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
  },
);
