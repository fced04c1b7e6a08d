// Enhanced search: /rest/api/3/search/jql with nextPageToken paging, over the local JQL engine.
import { JiraError, ok, type Ctx, type Reply, type Route } from '../http';
import { compileJql, UNBOUNDED_MESSAGE } from '../jql';
import { jqlIssue, jqlSchema } from '../jql-adapter';
import { can } from '../permissions';
import { renderIssue } from '../render';
import { actor, list } from './common';

interface SearchInput {
  jql?: string;
  nextPageToken?: string;
  maxResults?: number;
  fields?: string[];
  expand?: string | string[];
  properties?: string[];
}

function search(ctx: Ctx, input: SearchInput): Reply {
  const me = actor(ctx);
  const compiled = compileJql(input.jql ?? '', jqlSchema(ctx.store, me));
  if (!compiled.ok) throw new JiraError(400, compiled.errorMessages);
  if (!compiled.query.bounded) throw new JiraError(400, [UNBOUNDED_MESSAGE]);
  const { query } = compiled;
  const views = ctx.store.data.issues
    .filter((i) => can(ctx.store, me, i, 'BROWSE_PROJECTS'))
    .map((i) => ({ issue: i, view: jqlIssue(ctx.store, i) }))
    .filter((x) => query.matches(x.view))
    .sort((a, b) => query.compare(a.view, b.view));
  const start = input.nextPageToken ? decodeToken(input.nextPageToken) : 0;
  const max = Math.min(Math.max(input.maxResults ?? 50, 1), 5000);
  const page = views.slice(start, start + max);
  const next = start + max < views.length ? encodeToken(start + max) : undefined;
  const expand = typeof input.expand === 'string' ? (list(input.expand) ?? []) : (input.expand ?? []);
  return ok({
    issues: page.map((x) =>
      renderIssue(ctx.store, x.issue, ctx.baseUrl, {
        fields: input.fields,
        defaultFields: 'id',
        expand,
        properties: input.properties ?? [],
        viewer: me,
      }),
    ),
    isLast: next === undefined,
    ...(next ? { nextPageToken: next } : {}),
  });
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeToken(token: string): number {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof v.o === 'number' && v.o >= 0) return v.o;
  } catch {
    // fall through to Jira's answer
  }
  throw new JiraError(400, ['The provided next page token is invalid or expired.']);
}

export const searchRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/search/jql',
    handler: (ctx) => {
      const q = ctx.query;
      const max = q.get('maxResults');
      return search(ctx, {
        jql: q.get('jql') ?? '',
        ...(q.get('nextPageToken') ? { nextPageToken: q.get('nextPageToken') as string } : {}),
        ...(max ? { maxResults: Number(max) } : {}),
        fields: q.getAll('fields').flatMap((f) => list(f) ?? []),
        expand: q.get('expand') ?? [],
        properties: q.getAll('properties').flatMap((f) => list(f) ?? []),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/search/jql',
    handler: (ctx) => search(ctx, ctx.body ?? {}),
  },
];
