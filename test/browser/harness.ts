// The local stack on a free port with the bridge host, and Debian chromium driven by playwright-core.
// No skipping: without chromium or a built bundle these tests fail and say what to do.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { createLocalStack, type LocalStack } from '../../local/app';
import { createBridgeHost, invokeRoute } from '../../local/bridge';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
export const RESULTS = join(ROOT, 'test-results', 'browser');

export const AGENT = 'priya@goeverbright.com';
export const OUTSIDER = 'olga@goeverbright.com';
export const CONFIG = 'chris@goeverbright.com';
export const S1_SUBJECT = 'EverBright Partner Onboarding';
export const S1_BODY =
  '<p>Contractor Installer name: SunPower Installers</p><p>Contractor Installer contact email: bob@sunpower-installers.example</p>';

export interface Served {
  stack: LocalStack;
  url: string;
  /** The site's REST API over HTTP as a user (Basic auth picks the user by email). */
  rest(method: string, path: string, as: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** The site's /local/ control surface. */
  control(path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function serve(): Promise<Served> {
  if (!existsSync(join(ROOT, 'static', 'issue-panel', 'build', 'index.html')))
    throw new Error('static/issue-panel/build is missing: run `npm run build` first');
  const stack = await createLocalStack({ responseCheck: 'throw' });
  const server = await stack.listen(0, [createBridgeHost({ root: ROOT }), invokeRoute(stack.runtime)]);
  const url = server.url;
  const rest: Served['rest'] = async (method, path, as, body) => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${as}:local`).toString('base64')}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await r.text();
    return { status: r.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const control: Served['control'] = async (path, body = {}) => {
    const r = await fetch(`${url}/local/${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`/local/${path} answered ${r.status}: ${await r.text()}`);
    return r.json();
  };
  await control('reset', { demo: false });
  return {
    stack,
    url,
    rest,
    control,
    async close() {
      await server.close();
      stack.stop();
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (scripts/test-all.sh does it)`);
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 1400 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface IssuePage {
  page: Page;
  panel: Frame;
  glance: Frame;
}

/** Opens /browse/<key> and waits until both frames have rendered past their spinner. */
export async function openIssue(
  b: Browser,
  s: Served,
  key: string,
  options: { as?: string; locale?: string; theme?: 'light' | 'dark' } = {},
): Promise<IssuePage> {
  const page = await b.context.newPage();
  const q = new URLSearchParams({ as: options.as ?? AGENT, theme: options.theme ?? 'light' });
  if (options.locale) q.set('locale', options.locale);
  await page.goto(`${s.url}/browse/${key}?${q.toString()}`);
  const frameOf = async (id: string): Promise<Frame> => {
    const handle = await page.locator(`iframe#${id}`).elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error(`no ${id} frame`);
    await frame.locator('main, section, [role=alert]').first().waitFor();
    return frame;
  };
  return { page, panel: await frameOf('panel'), glance: await frameOf('glance') };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

/** S1 up to the approval: the email opens SS-1, the config team puts CS-1 On Hold. */
export async function s1AtApproval(s: Served): Promise<void> {
  await s.control('email', { from: 'bob@sunpower-installers.example', subject: S1_SUBJECT, body: S1_BODY });
  await s.control('settle');
  const t = await s.rest('GET', '/rest/api/3/issue/CS-1/transitions', CONFIG);
  const onHold = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === 'On Hold',
  );
  if (!onHold) throw new Error('CS-1 has no On Hold transition');
  await s.rest('POST', '/rest/api/3/issue/CS-1/transitions', CONFIG, { transition: { id: onHold.id } });
  await s.control('settle');
}

export async function statusOf(s: Served, key: string): Promise<string> {
  const r = await s.rest('GET', `/rest/api/3/issue/${key}?fields=status`, AGENT);
  return (r.body as { fields: { status: { name: string } } }).fields.status.name;
}

export interface SiteComment {
  author: { accountId: string };
  body: unknown;
  jsdPublic?: boolean;
}

export async function commentsOf(s: Served, key: string): Promise<SiteComment[]> {
  const r = await s.rest('GET', `/rest/api/3/issue/${key}/comment`, AGENT);
  return (r.body as { comments: SiteComment[] }).comments;
}
