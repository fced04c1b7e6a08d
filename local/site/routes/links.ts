// Issue links and link types.
import { body, JiraError, noContent, ok, type Route } from '../http';
import { createLink, findLinkType } from '../links-core';
import { renderLinkFor } from '../render';
import { actor, requirePermission, visibleIssue } from './common';

export const linkRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issueLinkType',
    handler: (ctx) => {
      actor(ctx);
      return ok({
        issueLinkTypes: ctx.store.data.linkTypes.map((t) => ({
          ...t,
          self: `${ctx.baseUrl}/rest/api/3/issueLinkType/${t.id}`,
        })),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issueLink',
    handler: (ctx) => {
      const me = actor(ctx);
      const b = body<{
        type: { id?: string; name?: string };
        inwardIssue: { id?: string; key?: string };
        outwardIssue: { id?: string; key?: string };
      }>(ctx);
      const inward = visibleIssue(ctx, b.inwardIssue?.key ?? b.inwardIssue?.id);
      const outward = visibleIssue(ctx, b.outwardIssue?.key ?? b.outwardIssue?.id);
      const type = findLinkType(ctx.store, b.type);
      if (!type)
        throw new JiraError(404, [`No issue link type with name '${b.type?.name ?? b.type?.id ?? ''}' found.`]);
      requirePermission(ctx, inward, 'LINK_ISSUES');
      createLink(ctx.store, me, type, inward.id, outward.id);
      return { status: 201 };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issueLink/{linkId}',
    handler: (ctx) => {
      actor(ctx);
      const link = ctx.store.data.links.find((l) => l.id === ctx.params.linkId);
      if (!link) throw new JiraError(404, ['No issue link with id exists.']);
      const source = visibleIssue(ctx, link.inwardIssueId);
      visibleIssue(ctx, link.outwardIssueId);
      const rendered = renderLinkFor(ctx.store, source, link, ctx.baseUrl);
      const inwardView = renderLinkFor(ctx.store, ctx.store.issueById(link.outwardIssueId), link, ctx.baseUrl);
      return ok({ ...rendered, ...inwardView });
    },
  },
  {
    method: 'DELETE',
    pattern: '/rest/api/3/issueLink/{linkId}',
    handler: (ctx) => {
      actor(ctx);
      const link = ctx.store.data.links.find((l) => l.id === ctx.params.linkId);
      if (!link) throw new JiraError(404, ['No issue link with id exists.']);
      requirePermission(ctx, visibleIssue(ctx, link.inwardIssueId), 'LINK_ISSUES');
      ctx.store.data.links = ctx.store.data.links.filter((l) => l !== link);
      return noContent;
    },
  },
];
