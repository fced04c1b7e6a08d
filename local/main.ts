// `npm start`: the local Jira site, the Forge runtime (when present) and the pages, on one port.
import { join } from 'node:path';
import { createJiraSite } from './site';
import { ManualClock } from './site/clock';
import { noRuntimeHooks, type LocalRuntimeHooks } from './site/control';
import type { ExtraHttpHandler } from './site/server';
import { startServer } from './site/server';
import { control } from './site/control';
import { existsSync } from 'node:fs';

/** What local/runtime/plugin.ts may export to plug the app in (the site runs without it). */
export interface LocalRuntimePlugin {
  hooks: LocalRuntimeHooks;
  http?: ExtraHttpHandler[];
}
type Factory = (deps: {
  site: ReturnType<typeof createJiraSite>;
  clock: ManualClock;
  baseUrl: string;
}) => LocalRuntimePlugin | Promise<LocalRuntimePlugin>;

async function loadRuntime(): Promise<Factory | undefined> {
  const path = process.env.LOCAL_RUNTIME_MODULE ?? './runtime/plugin';
  try {
    const mod = (await import(path)) as { createLocalRuntime?: Factory };
    return mod.createLocalRuntime;
  } catch (e) {
    if (
      (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' ||
      (e as { code?: string }).code === 'MODULE_NOT_FOUND'
    )
      return undefined;
    throw e;
  }
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
  const factory = await loadRuntime();
  const plugin: LocalRuntimePlugin = factory ? await factory({ site, clock, baseUrl }) : { hooks: noRuntimeHooks };
  const { url } = await startServer({
    site,
    clock,
    hooks: plugin.hooks,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    extra: plugin.http ?? [],
  });
  await site.ready();
  // A newcomer's first look: the demo tickets, unless a saved site was loaded.
  if (!loaded) {
    await control({ site, clock, hooks: plugin.hooks }, 'POST', new URL(`${url}/local/reset`), { demo: true });
  }
  console.log(`Local Jira site: ${url}${factory ? '' : ' (site only: no local/runtime/plugin.ts yet)'}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
