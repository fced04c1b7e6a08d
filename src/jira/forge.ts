// Binds the client to @forge/api. Whom the app acts as is the caller's choice, made here and nowhere else:
// asApp() for triggers, scheduled work and the queue; asUser() for panel actions taken by an agent.
import { asApp, asUser } from '@forge/api';
import { createJiraClient, type JiraClient, type JiraClientOptions } from './core/client';

export type JiraClientDeps = Omit<JiraClientOptions, 'transport'>;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Production defaults: the real clock and sleeper, console logging. Tests pass their own. */
export const forgeDefaults: JiraClientDeps = {
  clock: { now: () => new Date() },
  sleep: realSleep,
  log: {
    debug: (message, data) => console.debug(message, data ?? ''),
    warn: (message, data) => console.warn(message, data ?? ''),
  },
  // No timeoutMs: Forge's own invocation limit ends a hung call, and whether the platform's fetch bridge
  // honours an AbortSignal is unverified. Timeouts show up as transport errors and are handled as such.
};

/** Calls Jira as the app's own account (APP_ACCOUNT_ID): what `ignoreSelf` filters out. */
export function appJira(deps: JiraClientDeps = forgeDefaults): JiraClient {
  const { requestJira } = asApp();
  return createJiraClient({ ...deps, transport: requestJira });
}

/** Calls Jira as the user who invoked the resolver (or `accountId` when given). */
export function userJira(deps: JiraClientDeps = forgeDefaults, accountId?: string): JiraClient {
  const { requestJira } = asUser(accountId);
  return createJiraClient({ ...deps, transport: requestJira });
}
