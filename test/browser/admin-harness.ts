// The admin page in chromium: /admin on the local stack (the built admin bundle in an iframe, invoke routed to
// admin-resolver), the resolver answers the page received, and a direct invoke through the page's own bridge.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { AGENT, openIssue, S1_BODY, S1_SUBJECT, type Browser, type Served } from './harness';

export const ADMIN = 'admin@goeverbright.com';
/** Each admin browser test walks several pages on a machine shared with other suites: time for that, not a wait. */
export const TEST_TIMEOUT = 150_000;
const ROOT = join(__dirname, '..', '..');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AdminPage {
  page: Page;
  frame: Frame;
  /** Every /local-runtime/invoke response body the page received, as text, in order. */
  answers: string[];
}

export async function openAdmin(
  b: Browser,
  s: Served,
  options: { as?: string; locale?: string; theme?: 'light' | 'dark' } = {},
): Promise<AdminPage> {
  if (!existsSync(join(ROOT, 'static', 'admin-page', 'build', 'index.html')))
    throw new Error('static/admin-page/build is missing: run `npm run build` first');
  const page = await b.context.newPage();
  // The host's frame fills the window: a tall window lets full-page screenshots show most of the page.
  await page.setViewportSize({ width: 1280, height: 2300 });
  const answers: string[] = [];
  page.on('response', (r) => {
    // A response still arriving when the page closes has no body to read any more: nothing to record.
    if (r.url().endsWith('/local-runtime/invoke'))
      r.text().then(
        (t) => answers.push(t),
        () => undefined,
      );
  });
  const q = new URLSearchParams({ as: options.as ?? ADMIN, theme: options.theme ?? 'light' });
  if (options.locale) q.set('locale', options.locale);
  await page.goto(`${s.url}/admin?${q.toString()}`);
  const frame = await (await page.locator('iframe#admin').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no admin frame');
  await frame.locator('[role=tablist], [role=alert]').first().waitFor();
  return { page, frame, answers };
}

/** Calls an admin resolver through the page's bridge, as the page's own code would. */
export function invokeFromPage(frame: Frame, functionKey: string, payload: object): Promise<unknown> {
  return frame.evaluate(
    ([key, body]) =>
      (window as unknown as { __bridge: { callBridge(n: string, p: unknown): Promise<unknown> } }).__bridge.callBridge(
        'invoke',
        { functionKey: key, payload: body },
      ),
    [functionKey, payload] as const,
  );
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** axe-core's serious and critical violations in the frame, one line each. */
export async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The playbook version the run on `key` is on, read through the issue panel's bridge as an agent. */
export async function runVersion(b: Browser, s: Served, key: string): Promise<{ version: number; name: string }> {
  const issue = await openIssue(b, s, key, { as: AGENT });
  const heading = await issue.panel.locator('#panel-title').textContent();
  const answer = (await invokeFromPage(issue.panel, 'getRun', { issueKey: key })) as {
    data: { playbookVersion: number };
  };
  await issue.page.close();
  return { version: answer.data.playbookVersion, name: heading ?? '' };
}

/** An S1 email from the installer: a new SS ticket with its run, everything settled. */
export async function s1Email(s: Served, installer: string): Promise<void> {
  const body = S1_BODY.replace('SunPower Installers', installer);
  await s.control('email', { from: 'bob@sunpower-installers.example', subject: S1_SUBJECT, body });
  await s.control('settle');
}
