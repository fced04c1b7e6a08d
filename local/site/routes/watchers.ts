// Watchers. The POST body is a bare JSON string (the account id), as in Atlassian's spec.
import { JiraError, noContent, ok, type Route } from '../http';
import { userRef } from '../field-values';
import { can } from '../permissions';
import { actor, requirePermission, visibleIssue } from './common';

export const watcherRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/watchers',
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      const mayView = can(ctx.store, me, issue, 'VIEW_VOTERS_AND_WATCHERS');
      return ok({
        self: `${ctx.baseUrl}/rest/api/3/issue/${issue.key}/watchers`,
        isWatching: issue.watchers.includes(me),
        watchCount: issue.watchers.length,
        watchers: mayView ? issue.watchers.map((id) => userRef(ctx.store, id, ctx.baseUrl)) : [],
      });
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/watchers',
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      const accountId = typeof ctx.body === 'string' ? ctx.body : me;
      if (accountId !== me) requirePermission(ctx, issue, 'MANAGE_WATCHERS');
      const user = ctx.store.user(accountId);
      if (!user) throw new JiraError(404, [`The user with account ID '${accountId}' does not exist.`]);
      // Jira lets only someone who can browse the issue watch it.
      if (!can(ctx.store, accountId, issue, 'BROWSE_PROJECTS'))
        throw new JiraError(400, [`The user "${user.displayName}" does not have permission to view this issue.`]);
      if (!issue.watchers.includes(accountId)) issue.watchers.push(accountId);
      return noContent;
    },
  },
  {
    method: 'DELETE',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/watchers',
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      const accountId = ctx.query.get('accountId');
      if (!accountId) throw new JiraError(400, ['accountId is required.']);
      if (accountId !== me) requirePermission(ctx, issue, 'MANAGE_WATCHERS');
      issue.watchers = issue.watchers.filter((w) => w !== accountId);
      return noContent;
    },
  },
];
