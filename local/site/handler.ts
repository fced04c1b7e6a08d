// One REST call through the site: faults, authentication, spec check, the route, the response check, the log.
import type { Principal } from '../contracts';
import { APP_ACCOUNT_ID } from '../contracts';
import { JiraError, JsmError, type Reply, type SiteServices } from './http';
import type { Router } from './router';
import { checkRequest, checkResponse } from './spec';
import type { Store } from './store';
import { SiteTimeoutError, type FaultInjector } from './faults';

export interface HandlerDeps {
  store: Store;
  router: Router;
  faults: FaultInjector;
  services: SiteServices;
  baseUrl: string;
  /** 'throw': a response that breaks the spec becomes a 500 (tests); 'log': it is only recorded. */
  responseCheck: 'throw' | 'log';
  specViolations: string[];
  onSpecViolation?: ((note: string) => void) | undefined;
  afterRequest: () => void;
  sleep: (ms: number) => Promise<void>;
}

/** Set by local/runtime/event-payload.ts on the reads it makes to build Forge event payloads. */
export const PLATFORM_HEADER = 'x-local-runtime';

function errorReply(path: string, status: number, messages: string[], errors: Record<string, string> = {}): Reply {
  if (path.startsWith('/rest/servicedeskapi'))
    return {
      status,
      body: {
        errorMessage: messages.join(' ') || Object.values(errors).join(' '),
        i18nErrorMessage: { i18nKey: 'sd.error', parameters: [] },
      },
    };
  return { status, body: { errorMessages: messages, errors } };
}

function actorOf(store: Store, principal: Principal): string | null {
  if (principal.kind === 'app') return APP_ACCOUNT_ID;
  if (principal.kind === 'user') return store.user(principal.accountId)?.active ? principal.accountId : null;
  return null;
}

async function readBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: `Unexpected character in the request body: ${(e as Error).message}` };
  }
}

export async function handleRest(deps: HandlerDeps, request: Request, principal: Principal): Promise<Response> {
  const { store } = deps;
  const url = new URL(request.url, 'http://site.local');
  const path = url.pathname;
  const method = request.method.toUpperCase();
  const actorId = actorOf(store, principal);
  // The local runtime's reads for event payloads are the platform's, not the app's: Forge's own reads see none of
  // the app's rate limits, so they draw no fault and are marked so call counts can leave them out.
  const platform = request.headers.get(PLATFORM_HEADER) === 'event-payload';
  const marks = platform ? { purpose: 'event-payload' as const } : {};
  let reply: Reply;
  try {
    reply = await produce(deps, request, url, actorId, principal, platform);
  } catch (e) {
    if (e instanceof SiteTimeoutError)
      store.log({ kind: 'rest', method, path: path + url.search, note: 'timeout (injected)', ...marks });
    throw e;
  }
  store.log({
    kind: 'rest',
    method,
    path: path + url.search,
    status: reply.status,
    ...(actorId ? { actor: actorId } : {}),
    ...marks,
  });
  const headers = new Headers(reply.headers);
  if (reply.body === undefined || reply.status === 204) return new Response(null, { status: reply.status, headers });
  headers.set('content-type', 'application/json;charset=UTF-8');
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
}

async function produce(
  deps: HandlerDeps,
  request: Request,
  url: URL,
  actorId: string | null,
  principal: Principal,
  platform: boolean,
): Promise<Reply> {
  const path = url.pathname;
  const method = request.method.toUpperCase();
  if (!platform && deps.faults.latencyMs > 0) await deps.sleep(deps.faults.latencyMs);
  const fault = platform ? { kind: 'none' as const } : deps.faults.next();
  if (fault.kind === 'timeout') throw new SiteTimeoutError();
  if (fault.kind === '429')
    return {
      ...errorReply(path, 429, ['Rate limit exceeded.']),
      headers: { 'Retry-After': String(fault.retryAfter), 'X-RateLimit-Reason': 'jira-burst-based' },
    };
  if (fault.kind === '5xx') return errorReply(path, fault.status, ['Internal server error (injected fault).']);

  if (principal.kind === 'anonymous' || !actorId)
    return errorReply(path, 401, ['You are not authenticated. Authentication required to perform this operation.']);
  const parsed = await readBody(request);
  if (!parsed.ok) return errorReply(path, 400, [parsed.message]);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length === 1 ? (all[0] ?? '') : all;
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => (headers[k] = v));
  if (parsed.value !== undefined) headers['content-type'] ??= 'application/json';
  const check = checkRequest({ method, path, query, headers, body: parsed.value });
  if (!check.operationId) return errorReply(path, 404, [`No REST resource at ${method} ${path} in Atlassian's API.`]);
  if (check.errors.length > 0)
    return errorReply(
      path,
      400,
      check.errors.map((e) => `Request does not match the API: ${e}`),
    );

  const match = deps.router.match(method, path);
  if (!match || match === 'method-not-allowed')
    return errorReply(path, 501, [`${check.operationId} is in Atlassian's API but not emulated by the local site.`]);
  let reply: Reply;
  try {
    reply = await match.handler({
      store: deps.store,
      principal,
      actor: deps.store.user(actorId) ?? null,
      actorId,
      params: match.params,
      query: url.searchParams,
      body: parsed.value,
      baseUrl: deps.baseUrl,
      services: deps.services,
    });
    if (method !== 'GET') deps.afterRequest();
  } catch (e) {
    if (e instanceof JiraError) reply = errorReply(path, e.status, e.errorMessages, e.errors);
    else if (e instanceof JsmError) reply = errorReply(path, e.status, [e.errorMessage]);
    else {
      // A bug in the site answers like Jira's own failures do, and is recorded so tests see it.
      const note = `${method} ${path} -> 500: site error ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
      deps.specViolations.push(note);
      deps.onSpecViolation?.(note);
      reply = errorReply(path, 500, ['Internal server error.']);
    }
  }
  if (method !== 'GET') deps.store.save();
  if (reply.status !== 204 && reply.body !== undefined) {
    const violations = checkResponse(path, check.operationId, reply.status, reply.body);
    if (violations.length > 0) {
      const note = `${method} ${path} -> ${reply.status}: ${violations.slice(0, 5).join('; ')}`;
      deps.specViolations.push(note);
      deps.onSpecViolation?.(note);
      if (deps.responseCheck === 'throw')
        return errorReply(path, 500, [`Local site bug, response breaks the spec: ${note}`]);
    }
  }
  return reply;
}
