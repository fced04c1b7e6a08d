// Site metadata: fields, projects, resolutions, server info.
import { JiraError, ok, type Route } from '../http';
import { renderProject } from '../render';
import { can } from '../permissions';
import { actor } from './common';

const SYSTEM_FIELDS: [string, string, string][] = [
  ['summary', 'Summary', 'string'],
  ['description', 'Description', 'string'],
  ['status', 'Status', 'status'],
  ['resolution', 'Resolution', 'resolution'],
  ['issuetype', 'Issue Type', 'issuetype'],
  ['project', 'Project', 'project'],
  ['reporter', 'Reporter', 'user'],
  ['assignee', 'Assignee', 'user'],
  ['labels', 'Labels', 'array'],
  ['duedate', 'Due date', 'date'],
  ['created', 'Created', 'datetime'],
  ['updated', 'Updated', 'datetime'],
  ['resolutiondate', 'Resolved', 'datetime'],
  ['issuelinks', 'Linked Issues', 'array'],
  ['comment', 'Comment', 'comments-page'],
  ['watches', 'Watchers', 'watches'],
];

const SCHEMA_TYPE: Record<string, string> = {
  option: 'option',
  date: 'date',
  string: 'string',
  text: 'string',
  number: 'number',
  organizations: 'array',
  users: 'array',
  requesttype: 'sd-customerrequesttype',
};

export const metaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/field',
    handler: (ctx) => {
      actor(ctx);
      const system = SYSTEM_FIELDS.map(([id, name, type]) => ({
        id,
        key: id,
        name,
        custom: false,
        orderable: true,
        navigable: true,
        searchable: true,
        clauseNames: [id],
        schema: { type, system: id },
      }));
      const custom = ctx.store.data.fields.map((f) => {
        const n = f.id.replace('customfield_', '');
        return {
          id: f.id,
          key: f.id,
          name: f.name,
          custom: true,
          orderable: true,
          navigable: true,
          searchable: true,
          clauseNames: [`cf[${n}]`, f.name],
          schema: {
            type: SCHEMA_TYPE[f.kind] ?? 'string',
            custom: f.custom,
            customId: Number(n),
            ...(f.kind === 'organizations' ? { items: 'sd-customerorganization' } : {}),
            ...(f.kind === 'users' ? { items: 'user' } : {}),
          },
        };
      });
      return ok([...system, ...custom]);
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/project/{projectIdOrKey}',
    handler: (ctx) => {
      const me = actor(ctx);
      const p = ctx.store.project(ctx.params.projectIdOrKey ?? '');
      if (!p || !can(ctx.store, me, p, 'BROWSE_PROJECTS'))
        throw new JiraError(404, [`No project could be found with key '${ctx.params.projectIdOrKey ?? ''}'.`]);
      const types = ctx.store.data.issueTypes.filter((t) => p.issueTypeIds.includes(t.id));
      return ok({
        ...renderProject(p, ctx.baseUrl),
        issueTypes: types.map((t) => ({ self: `${ctx.baseUrl}/rest/api/3/issuetype/${t.id}`, ...t })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/resolution',
    handler: (ctx) => {
      actor(ctx);
      return ok(
        ctx.store.data.resolutions.map((r) => ({ self: `${ctx.baseUrl}/rest/api/3/resolution/${r.id}`, ...r })),
      );
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/serverInfo',
    handler: (ctx) =>
      ok({
        baseUrl: ctx.baseUrl,
        version: '1001.0.0-SNAPSHOT',
        deploymentType: 'Cloud',
        serverTitle: 'Local Jira site',
        serverTime: ctx.store.now().replace(/Z$/, '+0000'),
      }),
  },
];
