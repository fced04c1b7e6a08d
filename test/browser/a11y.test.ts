// axe-core in real chromium: no serious or critical violation in the glance or the panel, in English and
// Norwegian, light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { AGENT, launch, openIssue, s1AtApproval, screenshot, serve, type Browser, type Served } from './harness';

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
beforeAll(async () => {
  b = await launch();
  s = await serve();
  await s1AtApproval(s);
});
afterAll(async () => {
  await s.close();
  await b.close();
});

const cases = [
  { locale: 'en-US', theme: 'light', heading: 'Actions' },
  { locale: 'en-US', theme: 'dark', heading: 'Actions' },
  { locale: 'nb-NO', theme: 'light', heading: 'Handlinger' },
  { locale: 'nb-NO', theme: 'dark', heading: 'Handlinger' },
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
