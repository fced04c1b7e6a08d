// A checking wrapper around a JiraHandler: every request and every response that passes through is validated
// against Atlassian's OpenAPI specs by the local site's own validators (local/site/spec.ts) in strict mode, and
// the operations seen are recorded by method + path template.
import type { JiraHandler } from '../../../local/contracts';
import { checkRequest, checkResponse } from '../../../local/site/spec';

export interface SeenCall {
  readonly method: string;
  /** The spec's path template, e.g. /rest/api/3/issue/{issueIdOrKey}. */
  readonly path: string;
  readonly status: number;
}

export interface SpecChecker {
  wrap(handler: JiraHandler): JiraHandler;
  readonly seen: SeenCall[];
  readonly violations: string[];
}

export function createSpecChecker(): SpecChecker {
  const seen: SeenCall[] = [];
  const violations: string[] = [];
  const wrap =
    (handler: JiraHandler): JiraHandler =>
    async (request, principal) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.clone().text();
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const all = url.searchParams.getAll(key);
        query[key] = all.length === 1 ? (all[0] ?? '') : all;
      }
      const headers: Record<string, string> = {};
      request.headers.forEach((v, k) => (headers[k] = v));
      const body = text === '' ? undefined : (JSON.parse(text) as unknown);
      const label = `${request.method} ${url.pathname}`;
      const check = checkRequest(
        { method: request.method, path: url.pathname, query, headers, body },
        { strict: true },
      );
      if (!check.operationId) violations.push(`${label}: no such operation in the spec`);
      violations.push(...check.errors.map((e) => `${label} request: ${e}`));
      const response = await handler(request, principal);
      if (check.operationId && check.pathTemplate) {
        seen.push({ method: request.method, path: check.pathTemplate, status: response.status });
        const bodyText = await response.clone().text();
        const replyBody = bodyText === '' ? undefined : (JSON.parse(bodyText) as unknown);
        const errors = checkResponse(url.pathname, check.operationId, response.status, replyBody, { strict: true });
        violations.push(...errors.map((e) => `${label} ${response.status}: ${e}`));
      }
      return response;
    };
  return { wrap, seen, violations };
}
