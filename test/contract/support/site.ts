// The local site reached the production way: @forge/api's asApp()/asUser().requestJira -> __forge_fetch__ ->
// the local runtime's dispatcher -> the spec checker -> the site's JiraHandler.
import type { Clock } from '../../../local/contracts';
import { installForgeFetch, runInInvocation } from '../../../local/runtime/forge-fetch';
import { createJiraSite, type JiraSite } from '../../../local/site';
import { appJira, userJira, type JiraClient, type JiraClientDeps } from '../../../src/jira';
import { createSpecChecker, type SpecChecker } from './spec-check';

export interface ContractSite {
  readonly site: JiraSite;
  readonly checker: SpecChecker;
  readonly app: JiraClient;
  /** Runs `fn` as an invocation by `accountId`, with a client acting as that user. */
  asUser<T>(accountId: string, fn: (jira: JiraClient) => Promise<T>): Promise<T>;
  uninstall(): void;
}

export async function contractSite(): Promise<ContractSite> {
  await Promise.resolve();
  let now = new Date('2026-11-23T09:00:00Z');
  const clock: Clock = { now: () => now };
  const site = createJiraSite({ clock, automationRule: false, responseCheck: 'log', sleep: () => Promise.resolve() });
  const checker = createSpecChecker();
  const uninstall = installForgeFetch({ jira: checker.wrap(site.handle) });
  const deps: JiraClientDeps = {
    clock,
    sleep: (ms) => {
      now = new Date(now.getTime() + ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  };
  return {
    site,
    checker,
    app: appJira(deps),
    asUser: (accountId, fn) => runInInvocation({ accountId }, () => fn(userJira(deps))),
    uninstall,
  };
}

/** Operations seen, as catalog keys ("METHOD /path/{template}"). */
export function seenKeys(checker: SpecChecker): Set<string> {
  return new Set(checker.seen.map((c) => `${c.method} ${c.path}`));
}
