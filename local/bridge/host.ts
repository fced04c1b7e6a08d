// The bridge host on the local site: /browse/<KEY> (the issue view) and /local-bridge/<resource>/... (the built
// Custom UI, unmodified, with the bridge script injected before the bundle). ?as=email picks the acting user,
// ?locale=nb-NO the locale (default: the user's), ?theme=dark the colour mode.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { LocalRuntime } from '../runtime';
import type { ExtraHttpHandler } from '../site/server';
import { adminModule, adminViewHtml, DEFAULT_ADMIN } from './admin-view';
import { BRIDGE_CLIENT } from './client';
import { issueViewHtml } from './issue-view';
import { issueModules, type ModuleInfo } from './modules';

export const DEFAULT_ACTOR = 'priya@goeverbright.com';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): true {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
  return true;
}

/** The built page with window.__bridge defined first: a classic script in <head> runs before any module script. */
function hostedIndex(buildDir: string, url: URL, mod: ModuleInfo): string {
  const config = {
    issueKey: url.searchParams.get('issueKey') ?? '',
    moduleKey: mod.key,
    moduleType: mod.type,
    resolverFunction: mod.resolverFunction,
    as: url.searchParams.get('as') ?? DEFAULT_ACTOR,
    locale: url.searchParams.get('locale') ?? undefined,
    theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
  };
  const head = `<script>window.__localBridgeConfig = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script><script>${BRIDGE_CLIENT}</script>`;
  return readFileSync(join(buildDir, 'index.html'), 'utf8').replace(/<head>/i, `<head>${head}`);
}

export interface BridgeHostOptions {
  /** Repository root (default: two folders up from here). */
  root?: string;
}

export function createBridgeHost(options: BridgeHostOptions = {}): ExtraHttpHandler {
  const root = options.root ?? join(__dirname, '..', '..');
  const manifest = readFileSync(join(root, 'manifest.yml'), 'utf8');
  const modules = issueModules(manifest);
  const admin = adminModule(manifest);
  return (req, res) => {
    if (req.method !== 'GET') return Promise.resolve(false);
    const url = new URL(req.url ?? '/', 'http://local');
    const browse = /^\/browse\/([A-Z][A-Z0-9]*-\d+)$/.exec(url.pathname);
    if (browse?.[1]) {
      const html = issueViewHtml({
        issueKey: browse[1],
        as: url.searchParams.get('as') ?? DEFAULT_ACTOR,
        ...(url.searchParams.get('locale') ? { locale: url.searchParams.get('locale') ?? '' } : {}),
        theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
        glanceKey: modules.glance.key,
        panelKey: modules.panel.key,
      });
      return Promise.resolve(send(res, 200, TYPES['.html'] ?? '', html));
    }
    if (url.pathname === '/admin') {
      const html = adminViewHtml({
        as: url.searchParams.get('as') ?? DEFAULT_ADMIN,
        ...(url.searchParams.get('locale') ? { locale: url.searchParams.get('locale') ?? '' } : {}),
        theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
        moduleKey: admin.key,
      });
      return Promise.resolve(send(res, 200, TYPES['.html'] ?? '', html));
    }
    const page = /^\/local-bridge\/([a-z0-9-]+)\/(.+)$/.exec(url.pathname);
    if (!page?.[1] || !page[2]) return Promise.resolve(false);
    const buildDir = join(root, 'static', page[1], 'build');
    const file = normalize(join(buildDir, decodeURIComponent(page[2])));
    if (!file.startsWith(buildDir + sep) || !existsSync(file)) return Promise.resolve(false);
    if (page[2] === 'index.html') {
      const mod = [modules.glance, modules.panel, admin].find((m) => m.key === url.searchParams.get('moduleKey'));
      if (!mod) return Promise.resolve(send(res, 400, 'text/plain', 'unknown moduleKey'));
      return Promise.resolve(send(res, 200, TYPES['.html'] ?? '', hostedIndex(buildDir, url, mod)));
    }
    return Promise.resolve(send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file)));
  };
}

/**
 * POST /local-runtime/invoke for a stack served without local/runtime/plugin.ts (tests listen on
 * createLocalStack() directly): the same contract, { functionKey, call, context } in, { result } or { error } out.
 */
export function invokeRoute(runtime: Pick<LocalRuntime, 'invoke'>): ExtraHttpHandler {
  return async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://local').pathname !== '/local-runtime/invoke')
      return false;
    const { functionKey, call, context } = JSON.parse(body.toString('utf8')) as {
      functionKey: string;
      call: { functionKey: string; payload?: unknown };
      context: { accountId?: string };
    };
    try {
      const result = await runtime.invoke(functionKey, { call, context });
      return send(res, 200, 'application/json', JSON.stringify({ result }));
    } catch (e) {
      return send(res, 500, 'application/json', JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
    }
  };
}
