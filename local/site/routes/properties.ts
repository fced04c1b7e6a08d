// Issue entity properties: PUT answers 201 when it creates the property and 200 when it replaces it.
import { JiraError, noContent, ok, type Route } from '../http';
import { actor, requirePermission, visibleIssue } from './common';

export const propertyRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties',
    handler: (ctx) => {
      actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      return ok({
        keys: Object.keys(issue.properties).map((key) => ({
          key,
          self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`,
        })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: (ctx) => {
      actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      const key = ctx.params.propertyKey ?? '';
      if (!(key in issue.properties)) throw new JiraError(404, [`The property with key '${key}' does not exist.`]);
      return ok({ key, value: issue.properties[key] });
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: (ctx) => {
      actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      requirePermission(ctx, issue, 'EDIT_ISSUES');
      const key = ctx.params.propertyKey ?? '';
      if (key.length > 255) throw new JiraError(400, ['The property key cannot be longer than 255 characters.']);
      if (JSON.stringify(ctx.body ?? null).length > 32768)
        throw new JiraError(400, ['The property value is too large: the limit is 32768 bytes.']);
      const existed = key in issue.properties;
      issue.properties[key] = ctx.body ?? null;
      return { status: existed ? 200 : 201, body: {} };
    },
  },
  {
    method: 'DELETE',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: (ctx) => {
      actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      requirePermission(ctx, issue, 'EDIT_ISSUES');
      const key = ctx.params.propertyKey ?? '';
      if (!(key in issue.properties)) throw new JiraError(404, [`The property with key '${key}' does not exist.`]);
      delete issue.properties[key];
      return noContent;
    },
  },
];
