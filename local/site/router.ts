// Matches a method and path against the routes' `{param}` patterns.
import type { Route, RouteHandler } from './http';

interface Compiled {
  method: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
}

export class Router {
  private compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((r) => {
      const names: string[] = [];
      const source = r.pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { method: r.method, regex: new RegExp(`^${source}/?$`), names, handler: r.handler };
    });
  }

  match(
    method: string,
    path: string,
  ): { handler: RouteHandler; params: Record<string, string> } | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (c.method !== method) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
      return { handler: c.handler, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}
