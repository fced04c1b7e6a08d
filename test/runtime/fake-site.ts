// A tiny stand-in for the local site: a few issues, the JiraHandler, and the SiteEvent stream.
import type { JiraHandler, Principal, SiteEvent, SiteEventListener } from '../../local/contracts';

export interface FakeSite {
  readonly jira: JiraHandler;
  readonly onSiteEvent: (listener: SiteEventListener) => () => void;
  emit(event: Omit<SiteEvent, 'at'>): void;
  readonly calls: { principal: Principal; path: string; platform: boolean }[];
}

const issue = {
  id: '10001',
  key: 'SS-1',
  fields: {
    summary: 'Onboard Acme',
    issuetype: { id: '10002', name: 'Service Request' },
    project: { id: '10000', key: 'SS' },
    reporter: { accountId: 'user-anna', displayName: 'Anna', emailAddress: 'anna@example.com' },
    assignee: null,
    creator: { accountId: 'user-anna', displayName: 'Anna' },
    status: { id: '1', name: 'Open' },
    created: '2026-03-02T09:00:00.000+0000',
    updated: '2026-03-02T09:00:00.000+0000',
    description: 'not part of the documented payload',
    labels: ['not', 'documented'],
  },
};

export function fakeSite(): FakeSite {
  const listeners = new Set<SiteEventListener>();
  const calls: FakeSite['calls'] = [];
  const jira: JiraHandler = (request, principal) => Promise.resolve(answer(request, principal));
  const answer = (request: Request, principal: Principal): Response => {
    const url = new URL(request.url);
    calls.push({ principal, path: url.pathname + url.search, platform: request.headers.has('x-local-runtime') });
    if (url.pathname === '/rest/api/3/myself') {
      return Response.json({ accountId: principal.kind === 'user' ? principal.accountId : 'app' });
    }
    if (url.pathname === '/rest/api/3/issue/10001' || url.pathname === '/rest/api/3/issue/SS-1') {
      return Response.json(issue);
    }
    if (url.pathname === '/rest/api/3/issue/10001/comment/30001') {
      const anna = { accountId: 'user-anna', displayName: 'Anna' };
      return Response.json({
        id: '30001',
        author: anna,
        updateAuthor: anna,
        body: { type: 'doc' },
        created: 'c',
        updated: 'u',
      });
    }
    if (url.pathname === '/rest/api/3/issueLink/40001') {
      const type = { id: '10003', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' };
      return Response.json({ id: '40001', type, inwardIssue: { id: '10002' }, outwardIssue: { id: '10001' } });
    }
    if (url.pathname === '/rest/api/3/issue/10002') {
      return Response.json({ id: '10002', key: 'CS-1', fields: { project: { id: '10100', key: 'CS' } } });
    }
    return Response.json({ errorMessages: ['not found'] }, { status: 404 });
  };
  return {
    jira,
    calls,
    onSiteEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of [...listeners]) listener({ at: '2026-03-02T09:00:00.000Z', ...event });
    },
  };
}
