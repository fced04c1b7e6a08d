// Atlassian's OpenAPI specs as validators: each spec loaded once per process, each operation's validators
// compiled on first use (Ajv), routing by openapi-backend's router.
//
// Why not OpenAPIBackend itself: it imports an ESM-only package that jest's module registry cannot load, and
// every test that starts the site would fail. Its router has no such import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { OpenAPIRouter } from 'openapi-backend/router';
import type { OpenAPIV3 } from 'openapi-types';

const SPEC_DIR = process.env.JIRA_SPEC_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'specs');
const FILES = { platform: 'jira-platform-swagger-v3.v3.json', jsm: 'jsm-servicedesk-swagger.v3.json' };

export interface SpecCheck {
  operationId: string | undefined;
  /** The matched operation's path template, e.g. /rest/api/3/issue/{issueIdOrKey}. */
  pathTemplate: string | undefined;
  errors: string[];
}

/**
 * `strict` also reports what Jira tolerates but a careful client never sends (query parameters not in the spec, a
 * body to an operation that takes none), and a 2xx status the operation does not list itself (no `default`).
 */
export interface CheckOptions {
  strict?: boolean;
}

export interface SpecRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
}

type Op = OpenAPIV3.OperationObject & { path: string; method: string; operationId: string };

class Spec {
  private router: OpenAPIRouter<OpenAPIV3.Document>;
  private ajv: Ajv;
  private coercing: Ajv;
  private ops = new Map<string, Op>();
  private cache = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenAPIV3.Document) {
    // Operation ids repeat in the JSM spec: key everything by method + path instead.
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
        const op = item?.[method];
        if (!op) continue;
        const id = `${method.toUpperCase()} ${path}`;
        const original = op.operationId ?? id;
        op.operationId = id;
        this.ops.set(id, { ...op, path, method, operationId: id, summary: original });
      }
    }
    this.router = new OpenAPIRouter({ definition: doc });
    const opts = {
      strict: false,
      validateFormats: false,
      validateSchema: false,
      allErrors: false,
      logger: false,
    } as const;
    this.ajv = new Ajv(opts);
    this.coercing = new Ajv({ ...opts, coerceTypes: 'array' });
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

  operationName(id: string): string {
    return this.ops.get(id)?.summary ?? id;
  }

  checkRequest(req: SpecRequest, { strict = false }: CheckOptions = {}): SpecCheck {
    const matched = this.router.matchOperation({
      method: req.method.toLowerCase(),
      path: req.path,
      headers: req.headers,
      query: req.query,
    });
    const none = { operationId: undefined, pathTemplate: undefined, errors: [] };
    if (!matched) return none;
    const id = `${req.method.toUpperCase()} ${matched.path}`;
    const op = this.ops.get(id);
    if (!op) return none;
    const errors: string[] = [];
    const params = (op.parameters ?? []) as OpenAPIV3.ParameterObject[];
    const pathParams: Record<string, unknown> = this.router.parseRequest(
      { method: req.method.toLowerCase(), path: req.path, headers: req.headers, query: req.query },
      matched,
    ).params as Record<string, unknown>;
    for (const p of params) {
      if (p.in !== 'query' && p.in !== 'path') continue;
      const raw: unknown = p.in === 'query' ? req.query[p.name] : pathParams[p.name];
      if (raw === undefined) {
        if (p.required) errors.push(`${p.in} parameter '${p.name}' is required`);
        continue;
      }
      const holder = { v: Array.isArray(raw) ? [...(raw as unknown[])] : raw };
      const fn = this.compile(`${id} param ${p.name}`, { type: 'object', properties: { v: p.schema ?? {} } }, true);
      if (!fn(holder)) errors.push(...describe(fn.errors, `${p.in} parameter '${p.name}'`, true));
    }
    if (strict) {
      const known = new Set(params.map((p) => p.name));
      for (const name of Object.keys(req.query))
        if (!known.has(name)) errors.push(`query parameter '${name}' is not in the spec`);
    }
    const rb = op.requestBody as OpenAPIV3.RequestBodyObject | undefined;
    const schema = rb?.content?.['application/json']?.schema;
    if (req.body === undefined) {
      if (rb?.required) errors.push('the request body is required');
    } else if (schema) {
      const fn = this.compile(`${id} body`, schema);
      if (!fn(req.body)) errors.push(...describe(fn.errors, 'body'));
    } else if (strict) errors.push('a body was sent to an operation that takes none');
    return { operationId: id, pathTemplate: op.path, errors };
  }

  checkResponse(id: string, status: number, body: unknown, { strict = false }: CheckOptions = {}): string[] {
    const op = this.ops.get(id);
    const fallback = strict && status < 400 ? undefined : op?.responses.default;
    const response = (op?.responses[String(status)] ?? fallback) as OpenAPIV3.ResponseObject | undefined;
    // Jira answers some errors an operation does not list (a 404 for a missing issue): only 2xx must be documented.
    if (!op || !response) return op && status < 400 ? [`status ${status} is not a documented response`] : [];
    const schema = response.content?.['application/json']?.schema;
    if (!schema || body === undefined) return [];
    const fn = this.compile(`${id} response ${status}`, schema);
    return fn(body) ? [] : describe(fn.errors, 'response');
  }
}

// A parameter is validated wrapped as { v: value } (so Ajv can coerce it): `holder` drops that wrapper's path.
function describe(errors: ErrorObject[] | null | undefined, where: string, holder = false): string[] {
  return (errors ?? []).map((e) => {
    const at = holder ? e.instancePath.replace(/^\/v/, '') : e.instancePath;
    return `${where}${at} ${e.message ?? 'is invalid'}`;
  });
}

let specs: { platform: Spec; jsm: Spec } | undefined;

function load(file: string): Spec {
  return new Spec(JSON.parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as OpenAPIV3.Document);
}

export function loadSpecs(): { platform: Spec; jsm: Spec } {
  specs ??= { platform: load(FILES.platform), jsm: load(FILES.jsm) };
  return specs;
}

function specFor(path: string): Spec {
  const s = loadSpecs();
  return path.startsWith('/rest/servicedeskapi') ? s.jsm : s.platform;
}

export function checkRequest(req: SpecRequest, options?: CheckOptions): SpecCheck {
  return specFor(req.path).checkRequest(req, options);
}

export function checkResponse(
  path: string,
  operationId: string,
  status: number,
  body: unknown,
  options?: CheckOptions,
): string[] {
  return specFor(path).checkResponse(operationId, status, body, options);
}
