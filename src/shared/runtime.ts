/**
 * What the shell reads from its surroundings: the clock and the app's own account id. Forge gives neither as an
 * argument, so they are module settings with production defaults; the local stack replaces them (its clock moves).
 */
export interface Clock {
  now(): Date;
}

const realClock: Clock = { now: () => new Date() };
let clock: Clock = realClock;
const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
let sleeper: (ms: number) => Promise<void> = realSleep;

/** The account id the app acts as through asApp(). Set ONBOARDING_APP_ACCOUNT_ID on deploy (forge variables). */
const DEFAULT_APP_ACCOUNT_ID = '557058:onboarding-playbooks-app';
let appAccountId = process.env.ONBOARDING_APP_ACCOUNT_ID ?? DEFAULT_APP_ACCOUNT_ID;

export function now(): Date {
  return clock.now();
}

/** How the Jira client waits between retries (the local stack does not wait on a clock it moves itself). */
export function sleep(ms: number): Promise<void> {
  return sleeper(ms);
}

export function appAccount(): string {
  return appAccountId;
}

/** For the local stack and tests: the site's clock and account. Returns the restore. */
export function configureRuntime(options: {
  clock?: Clock;
  appAccountId?: string;
  sleep?: (ms: number) => Promise<void>;
}): () => void {
  const before = { clock, appAccountId, sleeper };
  if (options.clock) clock = options.clock;
  if (options.sleep) sleeper = options.sleep;
  if (options.appAccountId) appAccountId = options.appAccountId;
  return () => {
    clock = before.clock;
    sleeper = before.sleeper;
    appAccountId = before.appAccountId;
  };
}
