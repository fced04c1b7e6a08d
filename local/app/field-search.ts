// GET /rest/api/3/field/search (getFieldsPaginated) is what src/jira uses to find a field by name. Until the local
// site emulates it (it answers 501), it is answered here from the site's own GET /rest/api/3/field, filtered by
// `query` as Jira does (substring, any case). Any other answer of the site is passed through untouched.
import type { JiraHandler } from '../contracts';

export function withFieldSearch(handle: JiraHandler): JiraHandler {
  return async (request, principal) => {
    const url = new URL(request.url);
    if (url.pathname !== '/rest/api/3/field/search') return handle(request, principal);
    const first = await handle(request.clone(), principal);
    if (first.status !== 501) return first;
    const all = await handle(new Request(new URL('/rest/api/3/field', url), { headers: request.headers }), principal);
    if (!all.ok) return all;
    const fields = (await all.json()) as { name: string }[];
    const query = (url.searchParams.get('query') ?? '').toLowerCase();
    const values = fields.filter((f) => f.name.toLowerCase().includes(query));
    const body = { startAt: 0, maxResults: values.length, total: values.length, isLast: true, values };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
