/**
 * What the shell reads from its surroundings: the clock and the app's own account id. Forge gives neither as an
 * argument, so they are module settings with production defaults; the local stack replaces them (its clock moves).
 */
export interface Clock {
  now(): Date;
}

const realClock: Clock = { now: () => new Date() };
let clock: Clock = realClock;

/** The account id the app acts as through asApp(). Set ONBOARDING_APP_ACCOUNT_ID on deploy (forge variables). */
const DEFAULT_APP_ACCOUNT_ID = '557058:onboarding-playbooks-app';
let appAccountId = process.env.ONBOARDING_APP_ACCOUNT_ID ?? DEFAULT_APP_ACCOUNT_ID;

export function now(): Date {
  return clock.now();
}

export function appAccount(): string {
  return appAccountId;
}

/** For the local stack and tests: the site's clock and account. Returns the restore. */
export function configureRuntime(options: { clock?: Clock; appAccountId?: string }): () => void {
  const before = { clock, appAccountId };
  if (options.clock) clock = options.clock;
  if (options.appAccountId) appAccountId = options.appAccountId;
  return () => {
    clock = before.clock;
    appAccountId = before.appAccountId;
  };
}
