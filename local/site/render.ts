// Issues, statuses, projects and links in the API's shapes.
import type { Issue, IssueLink, Project } from './model';
import type { Store } from './store';
import { renderCustomValue, userRef } from './field-values';
import { renderComment, visibleComments } from './comments-core';

export function jiraTime(iso: string): string;
export function jiraTime(iso: string | null): string | null;
export function jiraTime(iso: string | null): string | null {
  return iso ? iso.replace(/Z$/, '+0000') : null;
}

const CATEGORY = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

export function renderStatus(store: Store, issue: Issue, statusId: string, baseUrl: string) {
  const s = store.workflowOf(issue).statuses.find((x) => x.id === statusId);
  return {
    self: `${baseUrl}/rest/api/3/status/${statusId}`,
    id: statusId,
    name: s?.name ?? '',
    description: '',
    statusCategory: {
      self: `${baseUrl}/rest/api/3/statuscategory/${CATEGORY[s?.category ?? 'new'].id}`,
      ...CATEGORY[s?.category ?? 'new'],
    },
  };
}

export function renderProject(p: Project, baseUrl: string) {
  return {
    self: `${baseUrl}/rest/api/3/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: p.projectTypeKey,
    simplified: false,
  };
}

function linkedIssue(store: Store, id: string, baseUrl: string) {
  const i = store.issueById(id);
  return {
    id: i.id,
    key: i.key,
    self: `${baseUrl}/rest/api/3/issue/${i.id}`,
    fields: { summary: i.summary, status: renderStatus(store, i, i.statusId, baseUrl) },
  };
}

export function renderLinkFor(store: Store, issue: Issue, link: IssueLink, baseUrl: string) {
  const type = store.data.linkTypes.find((t) => t.id === link.typeId);
  const base = {
    id: link.id,
    self: `${baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: { ...type, self: `${baseUrl}/rest/api/3/issueLinkType/${link.typeId}` },
  };
  // The POST's inwardIssue is the link's source: it reads "<inward issue> duplicates <outward issue>".
  return link.inwardIssueId === issue.id
    ? { ...base, outwardIssue: linkedIssue(store, link.outwardIssueId, baseUrl) }
    : { ...base, inwardIssue: linkedIssue(store, link.inwardIssueId, baseUrl) };
}

export interface RenderOptions {
  fields?: string[] | undefined; // raw list from the request; undefined = *all
  defaultFields?: string; // '*all' (get issue) or 'id' (search)
  expand?: string[];
  properties?: string[];
  viewer: string | null;
}

export function renderIssue(store: Store, issue: Issue, baseUrl: string, o: RenderOptions) {
  const all = allFields(store, issue, baseUrl, o.viewer);
  const requested = o.fields && o.fields.length > 0 ? o.fields : [o.defaultFields ?? '*all'];
  const pick = new Set<string>();
  for (const f of requested) {
    if (f === '*all' || f === '*navigable') Object.keys(all).forEach((k) => pick.add(k));
    else if (f.startsWith('-')) pick.delete(f.slice(1));
    else if (f in all) pick.add(f);
  }
  for (const f of requested) if (f.startsWith('-')) pick.delete(f.slice(1));
  const fields: Record<string, unknown> = {};
  for (const k of pick) fields[k] = all[k];
  const out: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${baseUrl}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
  if (o.properties && o.properties.length > 0) {
    const props: Record<string, unknown> = {};
    const wanted = o.properties.includes('*all') ? Object.keys(issue.properties) : o.properties;
    for (const k of wanted) if (k in issue.properties) props[k] = issue.properties[k];
    out.properties = props;
  }
  if (o.expand?.includes('names')) {
    out.names = Object.fromEntries(
      Object.keys(fields).map((k) => [k, store.data.fields.find((f) => f.id === k)?.name ?? k]),
    );
  }
  if (o.expand?.includes('changelog')) {
    out.changelog = {
      startAt: 0,
      maxResults: issue.changelog.length,
      total: issue.changelog.length,
      histories: issue.changelog.map((h) => ({
        id: h.id,
        author: userRef(store, h.author, baseUrl),
        created: jiraTime(h.created),
        // The spec types from/to as strings: Jira leaves out the empty ones.
        items: h.items.map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== null))),
      })),
    };
  }
  return out;
}

function allFields(store: Store, issue: Issue, baseUrl: string, viewer: string | null): Record<string, unknown> {
  const project = store.projectOf(issue);
  const type = store.data.issueTypes.find((t) => t.id === issue.issueTypeId);
  const resolution = store.data.resolutions.find((r) => r.id === issue.resolutionId);
  const comments = visibleComments(store, issue, viewer, false);
  const out: Record<string, unknown> = {
    summary: issue.summary,
    description: issue.description,
    status: renderStatus(store, issue, issue.statusId, baseUrl),
    resolution: resolution ? { self: `${baseUrl}/rest/api/3/resolution/${resolution.id}`, ...resolution } : null,
    issuetype: type ? { self: `${baseUrl}/rest/api/3/issuetype/${type.id}`, ...type, hierarchyLevel: 0 } : null,
    project: renderProject(project, baseUrl),
    reporter: issue.reporter ? userRef(store, issue.reporter, baseUrl) : null,
    assignee: issue.assignee ? userRef(store, issue.assignee, baseUrl) : null,
    creator: userRef(store, issue.creator, baseUrl),
    created: jiraTime(issue.created),
    updated: jiraTime(issue.updated),
    resolutiondate: jiraTime(issue.resolutiondate),
    duedate: issue.duedate,
    labels: issue.labels,
    statuscategorychangedate: jiraTime(issue.updated),
    issuelinks: store.data.links
      .filter((l) => l.inwardIssueId === issue.id || l.outwardIssueId === issue.id)
      .map((l) => renderLinkFor(store, issue, l, baseUrl)),
    watches: {
      self: `${baseUrl}/rest/api/3/issue/${issue.key}/watchers`,
      watchCount: issue.watchers.length,
      isWatching: viewer !== null && issue.watchers.includes(viewer),
    },
    comment: {
      comments: comments.map((c) => renderComment(store, c, baseUrl)),
      self: `${baseUrl}/rest/api/3/issue/${issue.id}/comment`,
      maxResults: comments.length,
      total: comments.length,
      startAt: 0,
    },
  };
  for (const f of store.data.fields) out[f.id] = renderCustomValue(store, issue, f, baseUrl);
  return out;
}
