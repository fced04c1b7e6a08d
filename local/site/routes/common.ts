// Shared route steps: who is acting, finding an issue the way Jira hides it, permission checks.
import { ISSUE_NOT_FOUND, JiraError, type Ctx } from '../http';
import type { Issue } from '../model';
import { can, type ProjectPermission } from '../permissions';

export function actor(ctx: Ctx): string {
  if (!ctx.actorId)
    throw new JiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  return ctx.actorId;
}

/** An issue the actor cannot browse is "not found", exactly like a missing one. */
export function visibleIssue(ctx: Ctx, idOrKey: string | undefined): Issue {
  const issue = idOrKey ? ctx.store.issue(idOrKey) : undefined;
  if (!issue || !can(ctx.store, ctx.actorId, issue, 'BROWSE_PROJECTS')) throw new JiraError(404, [ISSUE_NOT_FOUND]);
  return issue;
}

const MESSAGES: Partial<Record<ProjectPermission, string>> = {
  EDIT_ISSUES: 'You do not have permission to edit issues in this project.',
  TRANSITION_ISSUES: 'You do not have permission to transition this issue.',
  ADD_COMMENTS: 'You do not have the permission to comment on this issue.',
  LINK_ISSUES: 'You do not have the permission to link issues.',
  ASSIGN_ISSUES: 'You do not have permission to assign issues.',
  MANAGE_WATCHERS: 'You do not have the permission to manage the watcher list.',
  MODIFY_REPORTER: 'You do not have permission to modify the reporter.',
  CREATE_ISSUES: 'You do not have permission to create issues in this project.',
  EDIT_ALL_COMMENTS: 'You do not have the permission to edit this comment.',
};

export function requirePermission(ctx: Ctx, issue: Issue, permission: ProjectPermission): void {
  if (!can(ctx.store, ctx.actorId, issue, permission))
    throw new JiraError(403, [MESSAGES[permission] ?? `You do not have the ${permission} permission.`]);
}

export function list(param: string | null): string[] | undefined {
  return param === null
    ? undefined
    : param
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

export function allParams(ctx: Ctx, name: string): string[] | undefined {
  const values = ctx.query.getAll(name);
  return values.length === 0 ? undefined : values.flatMap((v) => list(v) ?? []);
}
