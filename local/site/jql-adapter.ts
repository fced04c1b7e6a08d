// Adapts the site's issues and schema to the JQL engine's plain view (local/site/jql/types.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  propertyAliasesFromManifest,
  type JqlCustomField,
  type JqlIssue,
  type JqlPropertyAlias,
  type JqlSchema,
} from './jql';
import { adfToText } from './adf';
import type { CustomField, Issue } from './model';
import type { Store } from './store';
import { can } from './permissions';
import { FIELDS } from './seed';

const MANIFEST = process.env.FORGE_MANIFEST ?? join(__dirname, '..', '..', 'manifest.yml');

let aliases: Record<string, JqlPropertyAlias> | undefined;

/** Search aliases of the manifest's jira:entityProperty, as Jira indexes them once the app is installed. */
export function propertyAliases(): Record<string, JqlPropertyAlias> {
  if (!aliases) {
    const manifest = parse(readFileSync(MANIFEST, 'utf8')) as { modules?: Record<string, unknown> } | null;
    aliases = propertyAliasesFromManifest(manifest?.modules?.['jira:entityProperty']);
  }
  return aliases;
}

/** JSM's request type field is also searched as "Customer Request Type", its older name. */
const REQUEST_TYPE_JQL_NAMES = ['Customer Request Type'];

function jqlType(f: CustomField): JqlCustomField['type'] {
  switch (f.kind) {
    case 'option':
      return 'option';
    case 'date':
      return 'date';
    case 'number':
      return 'number';
    case 'text':
      return 'text';
    case 'users':
      return 'user';
    case 'requesttype':
      return 'option';
    case 'organizations':
      return 'array';
    default:
      return 'string';
  }
}

export function jqlSchema(store: Store, currentUser: string | null): JqlSchema {
  const fieldsByName: Record<string, JqlCustomField> = {};
  // Request types are searched by name: one option per distinct name ("Emailed request" is in every desk).
  const requestTypeNames = [...new Set(store.data.requestTypes.map((r) => r.name))];
  for (const f of store.data.fields) {
    const field: JqlCustomField = {
      id: f.id,
      type: jqlType(f),
      ...(f.options
        ? {
            options: f.options.map((o) => o.value),
            optionIds: Object.fromEntries(f.options.map((o) => [o.id, o.value])),
          }
        : {}),
      ...(f.kind === 'requesttype' ? { options: requestTypeNames } : {}),
    };
    fieldsByName[f.name] = field;
    if (f.kind === 'requesttype') for (const name of REQUEST_TYPE_JQL_NAMES) fieldsByName[name] = field;
  }
  // A project the searcher cannot browse does not exist for them, as in Jira.
  const projects = store.data.projects.filter((p) => can(store, currentUser, p, 'BROWSE_PROJECTS'));
  const statuses = new Map<string, string>();
  for (const w of store.data.workflows) for (const s of w.statuses) statuses.set(s.id, s.name);
  return {
    fieldsByName,
    propertyAliases: propertyAliases(),
    knownValues: {
      projects: projects.map((p) => p.key),
      projectNames: Object.fromEntries(projects.map((p) => [p.name, p.key])),
      projectIds: Object.fromEntries(projects.map((p) => [p.id, p.key])),
      statuses: [...new Set(statuses.values())],
      statusIds: Object.fromEntries(statuses),
      issueTypes: store.data.issueTypes.map((t) => t.name),
      issueTypeIds: Object.fromEntries(store.data.issueTypes.map((t) => [t.id, t.name])),
      resolutions: store.data.resolutions.map((r) => r.name),
      resolutionIds: Object.fromEntries(store.data.resolutions.map((r) => [r.id, r.name])),
      issueKeys: store.data.issues.filter((i) => can(store, currentUser, i, 'BROWSE_PROJECTS')).map((i) => i.key),
      users: store.data.users.map((u) => u.accountId),
    },
    now: store.clock.now(),
    timeZone: store.user(currentUser)?.timeZone ?? 'UTC',
    currentUser,
  };
}

function jqlValue(store: Store, f: CustomField, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (f.kind) {
    case 'option':
      return { value: f.options?.find((o) => o.id === v)?.value, id: v };
    case 'organizations':
      return (v as string[]).map((id) => ({ id, name: store.data.organizations.find((o) => o.id === id)?.name }));
    case 'users':
      return (v as string[]).map((accountId) => ({ accountId }));
    case 'requesttype': {
      const rt = store.data.requestTypes.find((r) => r.id === v);
      return rt ? { name: rt.name, key: rt.key, id: rt.id } : null;
    }
    default:
      return v;
  }
}

export function jqlIssue(store: Store, issue: Issue): JqlIssue {
  const wf = store.workflowOf(issue);
  const status = wf.statuses.find((s) => s.id === issue.statusId);
  const fields: Record<string, unknown> = {};
  for (const f of store.data.fields)
    fields[f.id] = jqlValue(store, f, f.id === FIELDS.participants ? issue.participants : issue.custom[f.id]);
  const linked = store.data.links
    .filter((l) => l.inwardIssueId === issue.id || l.outwardIssueId === issue.id)
    .map((l) => store.issueById(l.inwardIssueId === issue.id ? l.outwardIssueId : l.inwardIssueId).key);
  return {
    id: issue.id,
    key: issue.key,
    projectKey: issue.projectKey,
    issueType: store.data.issueTypes.find((t) => t.id === issue.issueTypeId)?.name ?? '',
    status: status?.name ?? '',
    statusCategory: status?.category ?? 'new',
    resolution: store.data.resolutions.find((r) => r.id === issue.resolutionId)?.name ?? null,
    summary: issue.summary,
    description: issue.description ? adfToText(issue.description) : null,
    comments: store.data.comments.filter((c) => c.issueId === issue.id).map((c) => adfToText(c.body)),
    created: issue.created,
    updated: issue.updated,
    resolutiondate: issue.resolutiondate,
    duedate: issue.duedate,
    reporter: issue.reporter,
    assignee: issue.assignee,
    labels: issue.labels,
    fields,
    properties: issue.properties,
    linkedKeys: linked,
    watchers: issue.watchers,
  };
}
