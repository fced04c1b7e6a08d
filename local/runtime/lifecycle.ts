// Forge's app life cycle events (https://developer.atlassian.com/platform/forge/events-reference/life-cycle/):
// `avi:forge:installed:app` when the app is installed on a site, `avi:forge:upgraded:app` when an installed app is
// upgraded. Payload as documented: `{ id, installerAccountId? | upgraderAccountId?, app: { id, version },
// environment?: { id }, context? }` (context is the site's ARI). The runtime delivers it to every `trigger` module
// listing the event, with `{ installContext }` as the second argument, like any product event.
//
// Local choices (the docs are silent): a fresh start or a reset() is an install; a start on storage kept in the
// KVS state file is an upgrade to the version now running; the installation and environment ids are fixed.

export type LifecycleEvent = 'avi:forge:installed:app' | 'avi:forge:upgraded:app';

export const LOCAL_INSTALLATION_ID = '00000000-0000-4000-8000-0000000f0123';
export const LOCAL_ENVIRONMENT_ID = '00000000-0000-4000-8000-0000000e0001';
export const LOCAL_APP_VERSION = '1.0.0';

export interface LifecycleFacts {
  readonly appId: string;
  readonly installContext: string;
  readonly appVersion?: string;
  /** Who installed or upgraded the app (documented as optional: left out when not given). */
  readonly accountId?: string;
}

export function lifecyclePayload(event: LifecycleEvent, facts: LifecycleFacts): Record<string, unknown> {
  const who = event === 'avi:forge:installed:app' ? 'installerAccountId' : 'upgraderAccountId';
  return {
    id: LOCAL_INSTALLATION_ID,
    ...(facts.accountId === undefined ? {} : { [who]: facts.accountId }),
    app: { id: facts.appId, version: facts.appVersion ?? LOCAL_APP_VERSION },
    environment: { id: LOCAL_ENVIRONMENT_ID },
    context: facts.installContext,
  };
}
