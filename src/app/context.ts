/** What one handler invocation works with: the Jira client (as the app), a name cache, the clock and settings. */
import type { DecideContext } from '../domain/engine';
import type { JiraClient } from '../jira';
import { appJira, forgeDefaults } from '../jira';
import { appAccount, now, sleep } from '../shared/runtime';
import { loadDirectory, loadSlackWebhook } from '../storage';
import { loadRegistries } from '../storage/registries';
import { NameCache } from './names';
import { IssueStatuses } from './statuses';

/** The Jira client's settings: the injected clock and sleeper (see src/shared/runtime.ts). */
export function jiraDeps(): typeof forgeDefaults {
  return { ...forgeDefaults, clock: { now }, sleep };
}

export interface Invocation {
  jira: JiraClient;
  names: NameCache;
  /** Issue statuses read or set in this invocation (optional: an invocation built elsewhere may go without). */
  statuses?: IssueStatuses;
  now: Date;
  decide: DecideContext;
  slackWebhook: string | undefined;
  log(message: string): void;
}

export async function openInvocation(jira: JiraClient = appJira(jiraDeps())): Promise<Invocation> {
  const [directory, slackWebhook, registries] = await Promise.all([
    loadDirectory(),
    loadSlackWebhook(),
    loadRegistries(),
  ]);
  return {
    jira,
    names: new NameCache(jira),
    statuses: new IssueStatuses(),
    now: now(),
    decide: { directory, registries, appAccountId: appAccount(), slackConfigured: slackWebhook !== undefined },
    slackWebhook,
    log: (message) => console.info(`[onboarding] ${message}`),
  };
}
