// /rest/api/3/issue/{key}/comment and comment properties.
import { body, fieldError, JiraError, noContent, ok, type Ctx, type Route } from '../http';
import type { Adf, Comment } from '../model';
import { addComment, renderComment, visibleComments } from '../comments-core';
import { isAdf } from '../adf';
import { actor, allParams, requirePermission, visibleIssue } from './common';

function findComment(ctx: Ctx, id: string | undefined): Comment {
  const c = ctx.store.data.comments.find((x) => x.id === id);
  const onIssue = ctx.params.issueIdOrKey ? ctx.store.issue(ctx.params.issueIdOrKey) : undefined;
  if (!c || (ctx.params.issueIdOrKey && onIssue?.id !== c.issueId))
    throw new JiraError(404, ['Can not find a comment for the id: ' + String(id) + '.']);
  visibleIssue(ctx, c.issueId);
  return c;
}

function checkBody(value: unknown): Adf {
  if (!isAdf(value)) throw fieldError('comment', 'Comment body can not be empty!');
  return value;
}

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handler: (ctx) => {
      actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      const startAt = Number(ctx.query.get('startAt') ?? 0);
      const maxResults = Number(ctx.query.get('maxResults') ?? 5000);
      let all = visibleComments(ctx.store, issue, ctx.actorId, false);
      if (ctx.query.get('orderBy') === '-created') all = [...all].reverse();
      const withProps = (allParams(ctx, 'expand') ?? []).includes('properties');
      return ok({
        startAt,
        maxResults,
        total: all.length,
        comments: all
          .slice(startAt, startAt + maxResults)
          .map((c) => renderComment(ctx.store, c, ctx.baseUrl, withProps)),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = visibleIssue(ctx, ctx.params.issueIdOrKey);
      requirePermission(ctx, issue, 'ADD_COMMENTS');
      const b = body<{ body: unknown; properties: { key: string; value: unknown }[] }>(ctx);
      const props = Object.fromEntries((b.properties ?? []).map((p) => [p.key, p.value]));
      const c = addComment(ctx.store, issue, me, checkBody(b.body), props);
      return ok(renderComment(ctx.store, c, ctx.baseUrl, true), 201);
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}',
    handler: (ctx) => {
      actor(ctx);
      const c = findComment(ctx, ctx.params.id);
      return ok(renderComment(ctx.store, c, ctx.baseUrl, (allParams(ctx, 'expand') ?? []).includes('properties')));
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}',
    handler: (ctx) => {
      const me = actor(ctx);
      const c = findComment(ctx, ctx.params.id);
      if (c.author !== me) requirePermission(ctx, ctx.store.issueById(c.issueId), 'EDIT_ALL_COMMENTS');
      const b = body<{ body: unknown; properties: { key: string; value: unknown }[] }>(ctx);
      c.body = checkBody(b.body);
      for (const p of b.properties ?? []) c.properties[p.key] = p.value;
      c.updated = ctx.store.now();
      return ok(renderComment(ctx.store, c, ctx.baseUrl));
    },
  },
  {
    method: 'DELETE',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}',
    handler: (ctx) => {
      const me = actor(ctx);
      const c = findComment(ctx, ctx.params.id);
      if (c.author !== me) requirePermission(ctx, ctx.store.issueById(c.issueId), 'EDIT_ALL_COMMENTS');
      ctx.store.data.comments = ctx.store.data.comments.filter((x) => x !== c);
      return noContent;
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/comment/{commentId}/properties/{propertyKey}',
    handler: (ctx) => {
      actor(ctx);
      const c = findComment(ctx, ctx.params.commentId);
      const key = ctx.params.propertyKey ?? '';
      if (!(key in c.properties)) throw new JiraError(404, [`The property with key '${key}' does not exist.`]);
      return ok({ key, value: c.properties[key] });
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/comment/{commentId}/properties/{propertyKey}',
    handler: (ctx) => {
      const me = actor(ctx);
      const c = findComment(ctx, ctx.params.commentId);
      if (c.author !== me) requirePermission(ctx, ctx.store.issueById(c.issueId), 'EDIT_ALL_COMMENTS');
      const key = ctx.params.propertyKey ?? '';
      const existed = key in c.properties;
      c.properties[key] = ctx.body;
      return { status: existed ? 200 : 201, body: {} };
    },
  },
];
