// The shape local/main.ts plugs in (LocalRuntimePlugin): the app stack on the site and clock main.ts made.
import type { JiraSite } from '../site';
import type { ManualClock } from '../site/clock';
import type { LocalRuntimeHooks } from '../site/control';
import { createLocalStack } from './stack';

export async function localPlugin(deps: {
  site: JiraSite;
  clock: ManualClock;
  baseUrl?: string;
}): Promise<{ hooks: LocalRuntimeHooks; http: [] }> {
  const stack = await createLocalStack({ site: deps.site, clock: deps.clock });
  return { hooks: stack.hooks, http: [] };
}

/** The factory name local/main.ts looks for: `LOCAL_RUNTIME_MODULE=./app/plugin npm start` runs the app too. */
export const createLocalRuntime = localPlugin;
