// Shapes a SiteEvent into the payload Forge documents for it, and nothing more (docs/FORGE_EVENTS.md):
// a richer payload would let the app skip GETs it must make on Jira Cloud.
// Issue fields come from the site at delivery time, read as the app through the JiraHandler with the
// `x-local-runtime` header so the site can leave these reads out of the app's call log.
import type { JiraHandler, SiteEvent } from '../contracts';
import { LOCAL_SITE_URL } from './forge-fetch';

/** A GET on the site as the platform (not the app); resolves to JSON, or undefined on a non-2xx answer. */
export type PlatformRead = (path: string) => Promise<unknown>;

const READ_ATTEMPTS = 5;

/** Reads as the platform: a 429, 5xx or timeout (the site's fault injection) is tried again, as Forge would. */
export function platformRead(jira: JiraHandler): PlatformRead {
  return async (path) => {
    for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt += 1) {
      const request = new Request(LOCAL_SITE_URL + path, { headers: { 'x-local-runtime': 'event-payload' } });
      try {
        const response = await jira(request, { kind: 'app' });
        if (response.ok) return (await response.json()) as unknown;
        if (response.status !== 429 && response.status < 500) return undefined;
      } catch {
        // A timeout from the site's fault injection: try again.
      }
    }
    return undefined;
  };
}

/** The `Issue.fields` Forge documents for issue events. */
const ISSUE_FIELDS = [
  'summary',
  'issuetype',
  'creator',
  'created',
  'project',
  'reporter',
  'assignee',
  'updated',
  'status',
];
const USER_FIELDS = new Set(['creator', 'reporter', 'assignee']);

interface JiraIssue {
  id?: string;
  key?: string;
  fields?: Record<string, unknown>;
}

function userRef(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value ?? null;
  return { accountId: (value as { accountId?: unknown }).accountId };
}

async function issueFor(read: PlatformRead, issueId: string, issueKey: string | undefined): Promise<JiraIssue> {
  const found = (await read(`/rest/api/3/issue/${encodeURIComponent(issueId)}?fields=${ISSUE_FIELDS.join(',')}`)) as
    JiraIssue | undefined;
  const fields: Record<string, unknown> = {};
  for (const name of ISSUE_FIELDS) {
    const value = found?.fields?.[name];
    if (value !== undefined) fields[name] = USER_FIELDS.has(name) ? userRef(value) : value;
  }
  return { id: issueId, key: found?.key ?? issueKey ?? '', fields };
}

function associatedUsers(accountId: string): { associatedUsers: { accountId: string }[] } {
  return { associatedUsers: [{ accountId }] };
}

async function linkPayload(read: PlatformRead, event: SiteEvent): Promise<Record<string, unknown>> {
  const link = event.link;
  if (!link) throw new Error(`SiteEvent ${event.id} (${event.type}) has no link`);
  const [linkJson, source, destination] = (await Promise.all([
    read(`/rest/api/3/issueLink/${encodeURIComponent(link.id)}`),
    read(`/rest/api/3/issue/${encodeURIComponent(link.sourceIssueId)}?fields=project`),
    read(`/rest/api/3/issue/${encodeURIComponent(link.destinationIssueId)}?fields=project`),
  ])) as [{ type?: Record<string, unknown> } | undefined, JiraIssue | undefined, JiraIssue | undefined];
  const type = linkJson?.type;
  const projectId = (issue: JiraIssue | undefined): unknown => (issue?.fields?.project as { id?: unknown })?.id;
  return {
    id: link.id,
    sourceIssueId: link.sourceIssueId,
    destinationIssueId: link.destinationIssueId,
    sourceProjectId: projectId(source),
    destinationProjectId: projectId(destination),
    issueLinkType: { id: type?.id, name: type?.name ?? link.typeName, inward: type?.inward, outward: type?.outward },
  };
}

async function commentPayload(read: PlatformRead, event: SiteEvent): Promise<Record<string, unknown>> {
  const issueId = event.issueId ?? '';
  const commentId = event.commentId ?? '';
  const c = (await read(
    `/rest/api/3/issue/${encodeURIComponent(issueId)}/comment/${encodeURIComponent(commentId)}`,
  )) as Record<string, unknown> | undefined;
  return {
    id: commentId,
    author: userRef(c?.author),
    body: c?.body,
    updateAuthor: userRef(c?.updateAuthor),
    created: c?.created,
    updated: c?.updated,
  };
}

/** The Forge payload for one delivery of `event`. */
export async function forgePayload(read: PlatformRead, event: SiteEvent): Promise<Record<string, unknown>> {
  const base = { eventType: event.type, atlassianId: event.actorAccountId };
  if (event.type === 'avi:jira:created:issuelink') return { ...base, ...(await linkPayload(read, event)) };
  if (!event.issueId) throw new Error(`SiteEvent ${event.id} (${event.type}) has no issueId`);
  const issue = await issueFor(read, event.issueId, event.issueKey);
  switch (event.type) {
    case 'avi:jira:created:issue':
      return { ...base, issue, associatedUsers: associatedUsers(event.actorAccountId) };
    case 'avi:jira:updated:issue':
      return {
        ...base,
        issue,
        associatedUsers: associatedUsers(event.actorAccountId),
        changelog: { id: event.changelog?.id, items: event.changelog?.items.map((item) => ({ ...item })) ?? [] },
      };
    case 'avi:jira:commented:issue':
      return { ...base, issue, comment: await commentPayload(read, event) };
  }
}
