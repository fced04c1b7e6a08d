// /rest/api/3/issue: create, read, edit, assign, transitions.
import { body, fieldError, JiraError, noContent, ok, type Route } from '../http';
import { createIssue, editIssue, type IssueInput } from '../issues-core';
import { can } from '../permissions';
import { renderIssue, renderStatus } from '../render';
import { availableTransitions, doTransition } from '../transitions-core';
import { actor, allParams, requirePermission, visibleIssue } from './common';

export const issueRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/rest/api/3/issue',
    handler: (ctx) => {
      const me = actor(ctx);
      const input = body<IssueInput>(ctx);
      const ref = input.fields?.project as { id?: string; key?: string } | undefined;
      const project = ref ? ctx.store.project(ref.key ?? ref.id ?? '') : undefined;
      if (!project || !can(ctx.store, me, project, 'BROWSE_PROJECTS'))
        throw fieldError('project', 'Specify a valid project ID or key');
      if (!can(ctx.store, me, project, 'CREATE_ISSUES'))
        throw new JiraError(403, ['You do not have permission to create issues in this project.']);
      if (input.fields && 'reporter' in input.fields && !can(ctx.store, me, project, 'MODIFY_REPORTER'))
        throw fieldError(
          'reporter',
          "Field 'reporter' cannot be set. It is not on the appropriate screen, or unknown.",
        );
      const issue = createIssue(ctx.store, me, project, input);
      return ok({ id: issue.id, key: issue.key, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}` }, 201);
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}',
    handler: (ctx) => {
      actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      return ok(
        renderIssue(ctx.store, issue, ctx.baseUrl, {
          fields: allParams(ctx, 'fields'),
          expand: allParams(ctx, 'expand') ?? [],
          properties: allParams(ctx, 'properties') ?? [],
          viewer: ctx.actorId,
        }),
      );
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}',
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      requirePermission(ctx, issue, 'EDIT_ISSUES');
      const input = body<IssueInput>(ctx);
      if ((input.fields && 'reporter' in input.fields) || input.update?.reporter)
        requirePermission(ctx, issue, 'MODIFY_REPORTER');
      editIssue(ctx.store, issue, me, input);
      if (ctx.query.get('returnIssue') === 'true')
        return ok(renderIssue(ctx.store, issue, ctx.baseUrl, { viewer: me }));
      return noContent;
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/assignee',
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      requirePermission(ctx, issue, 'ASSIGN_ISSUES');
      const accountId = body<{ accountId: string | null }>(ctx).accountId ?? null;
      if (accountId && !can(ctx.store, accountId, issue, 'ASSIGNABLE_USER'))
        throw fieldError('assignee', `User '${accountId}' cannot be assigned issues.`);
      editIssue(ctx.store, issue, me, { fields: { assignee: accountId ? { accountId } : null } });
      return noContent;
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handler: (ctx) => {
      actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      const withFields = (allParams(ctx, 'expand') ?? []).includes('transitions.fields');
      const mayTransition = can(ctx.store, ctx.actorId, issue, 'TRANSITION_ISSUES');
      const transitions = mayTransition ? availableTransitions(ctx.store, issue) : [];
      const only = ctx.query.get('transitionId');
      return ok({
        expand: 'transitions',
        transitions: transitions
          .filter((t) => !only || t.id === only)
          .map((t) => ({
            id: t.id,
            name: t.name,
            to: renderStatus(ctx.store, issue, t.to, ctx.baseUrl),
            hasScreen: !!t.resolution && 'required' in t.resolution,
            isGlobal: t.from === 'any',
            isInitial: false,
            isAvailable: true,
            isConditional: false,
            isLooped: false,
            ...(withFields
              ? {
                  fields:
                    t.resolution && 'required' in t.resolution
                      ? {
                          resolution: {
                            required: true,
                            name: 'Resolution',
                            key: 'resolution',
                            schema: { type: 'resolution', system: 'resolution' },
                            operations: ['set'],
                            allowedValues: ctx.store.data.resolutions.map((r) => ({
                              ...r,
                              self: `${ctx.baseUrl}/rest/api/3/resolution/${r.id}`,
                            })),
                          },
                        }
                      : {},
                }
              : {}),
          })),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      requirePermission(ctx, issue, 'TRANSITION_ISSUES');
      const input = body<IssueInput & { transition: { id?: string } }>(ctx);
      const id = input.transition?.id;
      if (!id) throw new JiraError(400, ['Transition id must be specified.']);
      doTransition(ctx.store, issue, me, String(id), input);
      return noContent;
    },
  },
];
