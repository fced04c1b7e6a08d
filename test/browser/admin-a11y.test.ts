// axe-core on every tab of the admin page (a playbook open in the editor), in English and Norwegian, light and dark.
import { openAdmin, seriousViolations, TEST_TIMEOUT } from './admin-harness';
import { launch, S1_BODY, S1_SUBJECT, screenshot, serve, type Browser, type Served } from './harness';

let s: Served;
let b: Browser;
beforeAll(async () => {
  b = await launch();
  s = await serve();
  await s.control('email', { from: 'bob@sunpower-installers.example', subject: S1_SUBJECT, body: S1_BODY });
  await s.control('settle');
});
afterAll(async () => {
  await s.close();
  await b.close();
});

const cases = [
  { locale: 'en-US', theme: 'light', tabs: ['Playbooks', 'People', 'Slack', 'Insight'] },
  { locale: 'en-US', theme: 'dark', tabs: ['Playbooks', 'People', 'Slack', 'Insight'] },
  { locale: 'nb-NO', theme: 'light', tabs: ['Planer', 'Personer', 'Slack', 'Innsikt'] },
  { locale: 'nb-NO', theme: 'dark', tabs: ['Planer', 'Personer', 'Slack', 'Innsikt'] },
] as const;

test.each(cases)(
  '$locale $theme: no serious or critical axe violation on any tab',
  async ({ locale, theme, tabs }) => {
    const { page, frame } = await openAdmin(b, s, { locale, theme });
    await frame.locator(`html[data-color-mode="${theme}"]`).waitFor();
    await frame.getByTestId('open-everbright-partner-onboarding').click();
    await frame.locator('#yaml-editor').waitFor();
    const found: Record<string, string[]> = {};
    for (const [i, tab] of tabs.entries()) {
      await frame.getByRole('tab', { name: tab }).click();
      await frame.locator('[role=tabpanel]:not([hidden]) h2').first().waitFor();
      if (i === 3) await frame.getByTestId('chart-by-stage').waitFor();
      await screenshot(page, `admin-a11y-${locale}-${theme}-${i}`);
      found[tab] = await seriousViolations(frame);
    }
    expect(found).toEqual(Object.fromEntries(tabs.map((t) => [t, []])));
    await page.close();
  },
  TEST_TIMEOUT * 2,
);
