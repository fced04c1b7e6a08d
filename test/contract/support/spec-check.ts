// Atlassian's OpenAPI specs as a checking wrapper around a JiraHandler: every request and every response that
// passes through is validated, and the operations seen are recorded by method + path template.
// openapi-backend's router matches operations; Ajv validates (OpenAPIBackend itself imports an ESM-only
// package jest cannot load, its router does not).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { OpenAPIRouter } from 'openapi-backend/router';
import type { OpenAPIV3 } from 'openapi-types';
import type { JiraHandler } from '../../../local/contracts';

const specDir = process.env.JIRA_SPEC_DIR ?? join(__dirname, '..', '..', '..', '..', 'shared', 'specs');

class Spec {
  private readonly router: OpenAPIRouter<OpenAPIV3.Document>;
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, logger: false });
  private readonly coercing = new Ajv({ strict: false, validateFormats: false, logger: false, coerceTypes: 'array' });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file: string) {
    const doc = JSON.parse(readFileSync(join(specDir, file), 'utf8')) as OpenAPIV3.Document;
    this.router = new OpenAPIRouter({ definition: doc });
    const root = { $id: 'spec', components: doc.components };
    this.ajv.addSchema(root);
    this.coercing.addSchema(root);
  }

  private compile(key: string, schema: unknown, coerce = false): ValidateFunction {
    let fn = this.cache.get(key);
    if (!fn) {
      const rooted = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/')) as object;
      fn = (coerce ? this.coercing : this.ajv).compile(rooted);
      this.cache.set(key, fn);
    }
    return fn;
  }

  match(method: string, path: string, query: Record<string, string | string[]>) {
    return this.router.matchOperation({ method: method.toLowerCase(), path, headers: {}, query });
  }

  checkRequest(
    op: OpenAPIV3.OperationObject & { path: string; method: string },
    query: Record<string, unknown>,
    pathParams: Record<string, string>,
    body: unknown,
  ): string[] {
    const id = `${op.method} ${op.path}`;
    const errors: string[] = [];
    for (const p of (op.parameters ?? []) as OpenAPIV3.ParameterObject[]) {
      if (p.in !== 'query' && p.in !== 'path') continue;
      const raw = p.in === 'query' ? query[p.name] : pathParams[p.name];
      if (raw === undefined) {
        if (p.required) errors.push(`${p.in} parameter ${p.name} is required`);
        continue;
      }
      const fn = this.compile(`${id} ${p.name}`, { type: 'object', properties: { v: p.schema ?? {} } }, true);
      if (!fn({ v: raw })) errors.push(...describe(fn.errors, `${p.in} parameter ${p.name}`));
    }
    const known = new Set(((op.parameters ?? []) as OpenAPIV3.ParameterObject[]).map((p) => p.name));
    for (const name of Object.keys(query))
      if (!known.has(name)) errors.push(`query parameter ${name} is not in the spec`);
    const requestBody = op.requestBody as OpenAPIV3.RequestBodyObject | undefined;
    const schema = requestBody?.content['application/json']?.schema;
    if (body === undefined) {
      if (requestBody?.required) errors.push('the request body is required');
    } else if (schema) {
      const fn = this.compile(`${id} body`, schema);
      if (!fn(body)) errors.push(...describe(fn.errors, 'body'));
    } else errors.push('a body was sent to an operation that takes none');
    return errors;
  }

  checkResponse(
    op: OpenAPIV3.OperationObject & { path: string; method: string },
    status: number,
    body: unknown,
  ): string[] {
    const response = op.responses[String(status)] as OpenAPIV3.ResponseObject | undefined;
    // Jira answers some errors an operation does not list (a 404 for a missing issue): only 2xx must be documented.
    if (!response) return status < 400 ? [`status ${status} is not a documented response`] : [];
    const schema = response.content?.['application/json']?.schema;
    if (!schema || body === undefined) return [];
    const fn = this.compile(`${op.method} ${op.path} ${status}`, schema);
    return fn(body) ? [] : describe(fn.errors, 'response');
  }
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}`);
}

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

let specs: { platform: Spec; jsm: Spec } | undefined;

export function createSpecChecker(): SpecChecker {
  specs ??= {
    platform: new Spec('jira-platform-swagger-v3.v3.json'),
    jsm: new Spec('jsm-servicedesk-swagger.v3.json'),
  };
  const { platform, jsm } = specs;
  const seen: SeenCall[] = [];
  const violations: string[] = [];
  const wrap =
    (handler: JiraHandler): JiraHandler =>
    async (request, principal) => {
      const url = new URL(request.url);
      const spec = url.pathname.startsWith('/rest/servicedeskapi') ? jsm : platform;
      const text = request.method === 'GET' ? '' : await request.clone().text();
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const all = url.searchParams.getAll(key);
        query[key] = all.length === 1 ? (all[0] ?? '') : all;
      }
      const op = spec.match(request.method, url.pathname, query);
      const label = `${request.method} ${url.pathname}`;
      if (!op) violations.push(`${label}: no such operation in the spec`);
      else {
        const pathParams = pathParamsOf(op.path, url.pathname);
        const body = text === '' ? undefined : (JSON.parse(text) as unknown);
        violations.push(...spec.checkRequest(op, query, pathParams, body).map((e) => `${label} request: ${e}`));
      }
      const response = await handler(request, principal);
      if (op) {
        seen.push({ method: request.method, path: op.path, status: response.status });
        const bodyText = await response.clone().text();
        const body = bodyText === '' ? undefined : (JSON.parse(bodyText) as unknown);
        violations.push(
          ...spec.checkResponse(op, response.status, body).map((e) => `${label} ${response.status}: ${e}`),
        );
      }
      return response;
    };
  return { wrap, seen, violations };
}

function pathParamsOf(template: string, path: string): Record<string, string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`);
  const values = pattern.exec(path)?.slice(1) ?? [];
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values[i] ?? '')]));
}
