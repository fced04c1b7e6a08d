// GET /rest/api/3/mypermissions and POST /rest/api/3/permissions/check, answered from the site's permissions.
import { body, JiraError, ok, type Route } from '../http';
import type { Project } from '../model';
import {
  GLOBAL_PERMISSIONS,
  PROJECT_PERMISSIONS,
  globalPermissions,
  projectPermissions,
  type GlobalPermission,
  type ProjectPermission,
} from '../permissions';
import { actor, list, visibleIssue } from './common';

const isProjectPermission = (k: string): k is ProjectPermission =>
  (PROJECT_PERMISSIONS as readonly string[]).includes(k);
const isGlobalPermission = (k: string): k is GlobalPermission => (GLOBAL_PERMISSIONS as readonly string[]).includes(k);

function title(key: string): string {
  return key
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export const permissionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/mypermissions',
    handler: (ctx) => {
      const me = actor(ctx);
      const keys = list(ctx.query.get('permissions')) ?? [];
      if (keys.length === 0) throw new JiraError(400, ['The permissions query parameter is required.']);
      const unknown = keys.filter((k) => !isProjectPermission(k) && !isGlobalPermission(k));
      if (unknown.length > 0)
        throw new JiraError(
          400,
          unknown.map((k) => `No project permissions with key ${k}`),
        );
      let project: Project | undefined;
      const issueRef = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
      const projectRef = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
      if (issueRef) project = ctx.store.projectOf(visibleIssue(ctx, issueRef));
      else if (projectRef) {
        project = ctx.store.project(projectRef);
        if (!project) throw new JiraError(404, [`No project could be found with key '${projectRef}'.`]);
      }
      const granted = project ? projectPermissions(ctx.store, me, project) : undefined;
      const global = globalPermissions(ctx.store, me);
      const anyProject = (k: ProjectPermission) =>
        ctx.store.data.projects.some((p) => projectPermissions(ctx.store, me, p).has(k));
      const permissions: Record<string, unknown> = {};
      for (const k of keys) {
        const have = isGlobalPermission(k)
          ? global.has(k)
          : granted
            ? granted.has(k as ProjectPermission)
            : anyProject(k as ProjectPermission);
        permissions[k] = {
          id: k,
          key: k,
          name: title(k),
          type: isGlobalPermission(k) ? 'GLOBAL' : 'PROJECT',
          description: title(k),
          havePermission: have,
        };
      }
      return ok({ permissions });
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/permissions/check',
    handler: (ctx) => {
      const me = actor(ctx);
      const b = body<{
        accountId: string;
        globalPermissions: string[];
        projectPermissions: { permissions: string[]; projects?: number[]; issues?: number[] }[];
      }>(ctx);
      const who = b.accountId ?? me;
      if (who !== me && !globalPermissions(ctx.store, me).has('ADMINISTER'))
        throw new JiraError(403, ['Only Jira administrators can check the permissions of other users.']);
      const global = globalPermissions(ctx.store, who);
      const projectPerms = (b.projectPermissions ?? []).flatMap((req) =>
        req.permissions.map((permission) => {
          if (!isProjectPermission(permission)) throw new JiraError(400, [`Unrecognized permission: ${permission}`]);
          const projects = (req.projects ?? []).filter((id) => {
            const p = ctx.store.project(String(id));
            return p && projectPermissions(ctx.store, who, p).has(permission);
          });
          const issues = (req.issues ?? []).filter((id) => {
            const i = ctx.store.issue(String(id));
            return i && projectPermissions(ctx.store, who, ctx.store.projectOf(i)).has(permission);
          });
          return { permission, projects, issues };
        }),
      );
      return ok({
        globalPermissions: (b.globalPermissions ?? []).filter((k) => isGlobalPermission(k) && global.has(k)),
        projectPermissions: projectPerms,
      });
    },
  },
];
