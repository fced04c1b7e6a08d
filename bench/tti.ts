/**
 * Time to interactive of the Custom UI pages in headless chromium (playwright-core, Debian's /usr/bin/chromium),
 * on the local stack with the bridge host: from navigation to a known element visible. The issue panel: /browse/SS-1
 * of an S1 run waiting for its approval, until the approval card shows. The admin page: /admin, until its tabs show.
 * The first load is cold (nothing cached); the median of the next loads is the figure.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createLocalStack } from '../local/app';
import { createBridgeHost, invokeRoute } from '../local/bridge';
import { USERS } from '../local/site/seed-users';
import { median } from './harness';
import { people } from './soak/people';

const CHROMIUM = '/usr/bin/chromium';
// BENCH_TTI_ROOT: a folder holding manifest.yml and static/*/build of another commit, timed on this stack (before/after).
const ROOT = process.env.BENCH_TTI_ROOT ?? join(__dirname, '..');

export interface PageTti {
  page: string;
  url: string;
  until: string;
  coldMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  loads: number;
}

export interface TtiResult {
  pages: PageTti[];
  skipped: string[];
}

interface Target {
  page: string;
  path: string;
  until: string;
  ready: (page: Page) => Promise<void>;
}

async function timeLoads(context: BrowserContext, url: string, t: Target, loads: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url + t.path);
    await t.ready(page);
    times.push(performance.now() - start);
    await page.close();
  }
  return times;
}

export async function measureTti(loads = 6): Promise<TtiResult> {
  const skipped: string[] = [];
  if (!existsSync(CHROMIUM)) return { pages: [], skipped: [`${CHROMIUM} is missing (apt-get install chromium)`] };
  const stack = await createLocalStack({ responseCheck: 'log' });
  const server = await stack.listen(0, [createBridgeHost({ root: ROOT }), invokeRoute(stack.runtime)]);
  const info = console.info;
  console.info = () => undefined;
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    await stack.hooks.reset({ demo: false });
    // An S1 run waiting for its approval on SS-1: the panel has its fullest view to render.
    const p = people({ ...stack, settle: () => stack.runtime.settle() } as never);
    stack.site.sendEmail({
      from: 'bob@sunpower-installers.example',
      subject: 'EverBright Partner Onboarding',
      body: '<p>Contractor Installer name: SunPower Installers</p><p>Contractor Installer contact email: bob@sunpower-installers.example</p>',
    });
    await stack.runtime.settle();
    await p.moveTo('CS-1', 'On Hold', USERS.config);
    const targets: Target[] = [];
    if (existsSync(join(ROOT, 'static/issue-panel/build/index.html')))
      targets.push({
        page: 'issue panel',
        path: '/browse/SS-1?as=priya@goeverbright.com',
        until: 'the approval card in the panel frame',
        ready: async (page) => {
          const frame = await (await page.locator('iframe#panel').elementHandle())?.contentFrame();
          if (!frame) throw new Error('no panel frame');
          await frame.getByTestId('approval-go-live-approval').waitFor({ state: 'visible' });
        },
      });
    else skipped.push('issue panel: static/issue-panel/build is missing (npm run build)');
    const adminRoute = await fetch(`${server.url}/admin`);
    if (adminRoute.ok && existsSync(join(ROOT, 'static/admin-page/build/index.html')))
      targets.push({
        page: 'admin page',
        path: '/admin?as=admin@goeverbright.com',
        until: 'the tab list in the admin frame',
        ready: async (page) => {
          const frame = await (await page.locator('iframe#admin').elementHandle())?.contentFrame();
          if (!frame) throw new Error('no admin frame');
          await frame.locator('[role=tablist]').first().waitFor({ state: 'visible' });
        },
      });
    else
      skipped.push(
        `admin page: ${adminRoute.ok ? 'static/admin-page/build is missing' : 'no /admin route on the bridge host'}`,
      );
    const pages: PageTti[] = [];
    for (const t of targets) {
      const [cold = 0, ...warm] = await timeLoads(context, server.url, t, loads);
      pages.push({
        page: t.page,
        url: t.path,
        until: t.until,
        coldMs: Math.round(cold),
        medianMs: Math.round(median(warm)),
        minMs: Math.round(Math.min(...warm)),
        maxMs: Math.round(Math.max(...warm)),
        loads: warm.length,
      });
    }
    return { pages, skipped };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
    stack.stop();
    console.info = info;
  }
}
