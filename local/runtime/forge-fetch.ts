// The local stand-in for Forge's internal `global.__forge_fetch__(target, path, init)`, through which
// @forge/api (requestJira, asApp/asUser, __requestAtlassianAsApp), @forge/kvs and @forge/events reach the platform.
//
// What the packages send (read from node_modules, @forge/api 8.3, @forge/kvs 1.6, @forge/events 3.0):
//   asApp().requestJira(route`/x`)    -> ({ type: 'fpp', provider: 'app',  remote: 'jira' }, '/x', init)
//   asUser().requestJira(route`/x`)   -> ({ type: 'fpp', provider: 'user', remote: 'jira', accountId: undefined }, ...)
//     (asUser(id) puts id in accountId; without it the platform uses the invoking user)
//   requestJira(route`/x`) (bare)     -> ({ type: 'fpp', provider: 'none', remote: 'jira' }, ...)
//   kvs.*  (no runtime.kvs.url)       -> ({ type: 'kvs', provider: 'app', remote: 'kvs' }, '/api/v1/get', POST json)
//   new Queue({key}).push(...)        -> ({ type: 'fpp', provider: 'app', remote: 'stargate' },
//                                         '/webhook/queue/publish/{contextAri}/...', POST json) and .../stats, .../cancel
// Errors travel as a Response with a `forge-proxy-error` header (api throws ProxyRequestError / NeedsAuthenticationError).
//
// Install BEFORE importing app modules. @forge/api captures `globalThis.fetch` at load for its egress `fetch`,
// so `egress` only takes effect for an @forge/api loaded afterwards (test/runtime/egress.test.ts). @forge/kvs
// picks its transport at load from __forge_runtime__ (ours has no kvs.url, which gives the same path as none).
// `__forge_fetch__` itself is looked up on every call, so swapping routes later is fine.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { JiraHandler, Principal } from '../contracts';

/** The target object @forge/* passes as the first argument. */
export interface ForgeFetchTarget {
  readonly type: string;
  readonly provider?: string;
  readonly remote?: string;
  readonly accountId?: string;
  readonly contextAri?: string;
}

/** A platform service (KVS, queue) as a request handler: the path is the package's, e.g. `/api/v1/get`. */
export type ServiceHandler = (request: Request) => Promise<Response>;

export interface ForgeRoutes {
  readonly jira: JiraHandler;
  readonly kvs?: ServiceHandler;
  readonly queue?: ServiceHandler;
  /** Egress `fetch` from @forge/api. Only used if installed before @forge/api loads (it captures fetch then). */
  readonly egress?: typeof fetch;
  /**
   * Whether asUser(accountId) may act as someone other than the invoking user (Forge: a scope declared with
   * `allowImpersonation: true`). Default true; the runtime sets it from manifest.yml.
   */
  readonly allowImpersonation?: boolean;
}

/** What the platform knows about the current invocation: who invoked it (absent for triggers by the system). */
export interface InvocationScope {
  readonly accountId?: string;
  readonly moduleKey?: string;
  readonly invocationId?: string;
}

const invocation = new AsyncLocalStorage<InvocationScope>();

/** Runs `fn` as one invocation: asUser() inside it acts as `scope.accountId`. */
export function runInInvocation<T>(scope: InvocationScope, fn: () => T): T {
  return invocation.run(scope, fn);
}

export function currentInvocation(): InvocationScope | undefined {
  return invocation.getStore();
}

/** Base URL the WHATWG Requests are built on; handlers read `new URL(request.url).pathname + search`. */
export const LOCAL_SITE_URL = 'https://local-site.atlassian.net';
const KVS_URL = 'https://kvs.local';
const STARGATE_URL = 'https://api.atlassian.local';

type ForgeFetch = (target: ForgeFetchTarget, path: string, init?: RequestInit) => Promise<Response>;
interface ForgeGlobals {
  __forge_fetch__?: ForgeFetch;
  fetch: typeof fetch;
}

function proxyError(code: string, status: number, message: string): Response {
  return new Response(JSON.stringify({ message }), {
    status,
    headers: { 'forge-proxy-error': code, 'content-type': 'application/json' },
  });
}

function principalFor(target: ForgeFetchTarget, allowImpersonation: boolean): Principal | Response {
  if (target.provider === 'app') return { kind: 'app' };
  if (target.provider === 'user') {
    const invoker = invocation.getStore()?.accountId;
    const accountId = target.accountId ?? invoker;
    if (!accountId) return proxyError('NEEDS_AUTHENTICATION_ERR', 401, 'asUser() outside an invocation with a user');
    if (accountId !== invoker && !allowImpersonation) {
      return proxyError('PROXY_ERR', 403, `asUser(${accountId}) needs a scope with allowImpersonation in manifest.yml`);
    }
    return { kind: 'user', accountId };
  }
  // Bare requestJira (provider 'none'): refused so app code always says whom it acts as.
  return proxyError('PROXY_ERR', 403, `requestJira without asApp()/asUser() is not supported locally`);
}

/** Builds the dispatcher; exported for tests that want it without touching globals. */
export function createForgeFetch(routes: ForgeRoutes): ForgeFetch {
  return async (target, path, init) => {
    if (target.type === 'kvs') {
      if (!routes.kvs) return proxyError('PROXY_ERR', 502, 'no KVS installed');
      return routes.kvs(new Request(KVS_URL + path, init));
    }
    if (target.type === 'fpp' && target.remote === 'jira') {
      const principal = principalFor(target, routes.allowImpersonation ?? true);
      if (principal instanceof Response) return principal;
      return routes.jira(new Request(LOCAL_SITE_URL + path, init), principal);
    }
    if (target.type === 'fpp' && target.remote === 'stargate' && path.startsWith('/webhook/queue/')) {
      if (!routes.queue) return proxyError('PROXY_ERR', 502, 'no queue installed');
      return routes.queue(new Request(STARGATE_URL + path, init));
    }
    return proxyError('INVALID_REMOTE_ERR', 400, `no local route for ${JSON.stringify(target)} ${path}`);
  };
}

let previous: { forgeFetch: ForgeFetch | undefined; fetch: typeof fetch } | undefined;

/** Installs `global.__forge_fetch__` (and the egress fetch if given). Returns the uninstall. */
export function installForgeFetch(routes: ForgeRoutes): () => void {
  const g = globalThis as unknown as ForgeGlobals;
  previous ??= { forgeFetch: g.__forge_fetch__, fetch: g.fetch };
  g.__forge_fetch__ = createForgeFetch(routes);
  if (routes.egress) g.fetch = routes.egress;
  return uninstallForgeFetch;
}

/** Restores what was there before the first install. */
export function uninstallForgeFetch(): void {
  if (!previous) return;
  const g = globalThis as unknown as ForgeGlobals;
  if (previous.forgeFetch) g.__forge_fetch__ = previous.forgeFetch;
  else delete g.__forge_fetch__;
  g.fetch = previous.fetch;
  previous = undefined;
}
