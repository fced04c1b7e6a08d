// The site over HTTP (node:http): Basic auth picks the acting user by email, /local/ is the control surface,
// anything else the runtime or the pages may serve first.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Principal } from '../contracts';
import { control, type ControlDeps } from './control';
import { SiteTimeoutError } from './faults';

/** Serves a request the site does not (pages, bridge): true when it answered. */
export type ExtraHttpHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<boolean>;

export interface ServerOptions extends ControlDeps {
  port?: number;
  host?: string;
  extra?: ExtraHttpHandler[];
}

function principalOf(deps: ControlDeps, header: string | undefined): Principal | 'unknown' {
  if (!header) return { kind: 'anonymous' };
  const m = /^Basic\s+(.+)$/i.exec(header);
  if (!m) return 'unknown';
  const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
  const email = decoded.split(':')[0] ?? '';
  const user = deps.site.store.userByEmail(email);
  return user?.active ? { kind: 'user', accountId: user.accountId } : 'unknown';
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify(body));
}

async function serve(o: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readAll(req);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = (req.method ?? 'GET').toUpperCase();
  if (url.pathname.startsWith('/local/')) {
    let parsed: unknown;
    try {
      parsed = body.length > 0 ? (JSON.parse(body.toString('utf8')) as unknown) : undefined;
    } catch {
      return send(res, 400, { errorMessages: ['The body is not JSON.'], errors: {} });
    }
    const reply = await control(o, method, url, parsed);
    return send(res, reply.status, reply.body);
  }
  if (url.pathname.startsWith('/rest/')) {
    const principal = principalOf(o, req.headers.authorization);
    if (principal === 'unknown')
      return send(res, 401, { errorMessages: ['Basic authentication with an unknown user.'], errors: {} });
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const request = new Request(url.toString(), {
      method,
      headers,
      ...(body.length > 0 && method !== 'GET' ? { body: new Uint8Array(body) } : {}),
    });
    try {
      const response = await o.site.handle(request, principal);
      const out: Record<string, string> = {};
      response.headers.forEach((v, k) => (out[k] = v));
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      if (e instanceof SiteTimeoutError) {
        res.socket?.destroy();
        return;
      }
      throw e;
    }
    return;
  }
  for (const handler of o.extra ?? []) if (await handler(req, res, body)) return;
  send(res, 404, { errorMessages: [`Nothing at ${url.pathname}`], errors: {} });
}

export function startServer(o: ServerOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    serve(o, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { errorMessages: [`Local site error: ${String(e)}`], errors: {} });
      else res.end();
    });
  });
  return new Promise((resolve) => {
    server.listen(o.port ?? 8080, o.host ?? '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ server, url: `http://localhost:${port}` });
    });
  });
}
