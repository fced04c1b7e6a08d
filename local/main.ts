// `npm start`: the local Jira site with the app on the local Forge runtime, and the pages, on one port.
import { join } from 'node:path';
import { createJiraSite } from './site';
import { ManualClock } from './site/clock';
import type { LocalRuntimeHooks } from './site/control';
import { homePage } from './pages/home';
import { createBridgeHost } from './bridge';
import { createLocalRuntime } from './runtime/plugin';
import type { ExtraHttpHandler } from './site/server';
import { startServer } from './site/server';
import { control } from './site/control';
import { existsSync } from 'node:fs';

/** What the app's runtime plugs into the site's server: the control hooks and extra routes. */
export interface LocalRuntimePlugin {
  hooks: LocalRuntimeHooks;
  http?: ExtraHttpHandler[];
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const baseUrl = `http://localhost:${port}`;
  const clock = new ManualClock(new Date());
  const stateFile = process.env.LOCAL_STATE_FILE ? join(process.cwd(), process.env.LOCAL_STATE_FILE) : undefined;
  const loaded = !!stateFile && existsSync(stateFile);
  const site = createJiraSite({
    clock,
    baseUrl,
    ...(stateFile ? { stateFile } : {}),
    onSpecViolation: (note) => console.warn(`[local site] response breaks Atlassian's spec: ${note}`),
  });
  const plugin = await createLocalRuntime({ site, clock });
  const { url } = await startServer({
    site,
    clock,
    hooks: plugin.hooks,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    extra: [homePage, ...(plugin.http ?? []), createBridgeHost()],
  });
  await site.ready();
  // A newcomer's first look: the demo tickets, unless a saved site was loaded.
  if (!loaded) {
    await control({ site, clock, hooks: plugin.hooks }, 'POST', new URL(`${url}/local/reset`), { demo: true });
  }
  console.log(`Local Jira site with the app installed: ${url}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
