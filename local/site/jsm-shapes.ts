// JSM servicedeskapi shapes: paged lists, dates, users, requests.
import type { Issue, Organization, SiteUser } from './model';
import type { Store } from './store';
import { FIELDS } from './seed';
import { categoryName } from './field-values';
import { adfToText } from './adf';

export function paged<T>(all: T[], start: number, limit: number, baseUrl: string, path: string) {
  const values = all.slice(start, start + limit);
  return {
    size: values.length,
    start,
    limit,
    isLastPage: start + limit >= all.length,
    values,
    _links: { base: baseUrl, context: '', self: `${baseUrl}${path}` },
  };
}

export function pageParams(query: URLSearchParams): { start: number; limit: number } {
  const start = Math.max(0, Number(query.get('start') ?? 0) || 0);
  const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50) || 50));
  return { start, limit };
}

export function dateDto(iso: string) {
  const d = new Date(iso);
  return {
    iso8601: iso.replace(/\.\d{3}Z$/, '+0000'),
    jira: iso.replace(/Z$/, '+0000'),
    friendly: d.toUTCString(),
    epochMillis: d.getTime(),
  };
}

export function userDto(u: SiteUser, baseUrl: string) {
  return {
    accountId: u.accountId,
    ...(u.emailAddress ? { emailAddress: u.emailAddress } : {}),
    displayName: u.displayName,
    active: u.active,
    timeZone: u.timeZone,
    _links: { self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(u.accountId)}` },
  };
}

export function orgDto(o: Organization, baseUrl: string) {
  return { id: o.id, name: o.name, _links: { self: `${baseUrl}/rest/servicedeskapi/organization/${o.id}` } };
}

export function requestDto(store: Store, issue: Issue, baseUrl: string) {
  const status = store.workflowOf(issue).statuses.find((s) => s.id === issue.statusId);
  const reporter = store.user(issue.reporter);
  const project = store.projectOf(issue);
  return {
    issueId: issue.id,
    issueKey: issue.key,
    requestTypeId: (issue.custom[FIELDS.requestType] as string | undefined) ?? '',
    serviceDeskId: project.serviceDeskId ?? '',
    createdDate: dateDto(issue.created),
    ...(reporter ? { reporter: userDto(reporter, baseUrl) } : {}),
    requestFieldValues: [
      { fieldId: 'summary', label: 'Summary', value: issue.summary },
      { fieldId: 'description', label: 'Description', value: issue.description ? adfToText(issue.description) : '' },
    ],
    currentStatus: {
      status: status?.name ?? '',
      statusCategory: categoryName(status?.category),
      statusDate: dateDto(issue.updated),
    },
    _links: {
      jiraRest: `${baseUrl}/rest/api/2/issue/${issue.id}`,
      web: `${baseUrl}/servicedesk/customer/portal/${project.serviceDeskId ?? ''}/${issue.key}`,
      self: `${baseUrl}/rest/servicedeskapi/request/${issue.id}`,
    },
  };
}
