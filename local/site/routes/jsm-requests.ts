// The customer view: /rest/servicedeskapi/request. A customer sees the requests they report, take part in, or
// that are shared with their organization, and never an internal comment.
import { body, JsmError, ok, type Ctx, type Route } from '../http';
import type { Issue } from '../model';
import { can } from '../permissions';
import { addComment, isInternal } from '../comments-core';
import { adfToText, textToAdf } from '../adf';
import { createIssue, editIssue } from '../issues-core';
import { notifyCustomers } from '../outbox';
import { FIELDS } from '../seed';
import { dateDto, pageParams, paged, requestDto, userDto } from '../jsm-shapes';
import { actor } from './common';

const SD = '/rest/servicedeskapi';

function isAgent(ctx: Ctx, issue: Issue): boolean {
  return can(ctx.store, ctx.actorId, issue, 'SERVICEDESK_AGENT');
}

function mayView(ctx: Ctx, me: string, issue: Issue): boolean {
  if (!ctx.store.projectOf(issue).serviceDeskId) return false;
  if (can(ctx.store, me, issue, 'BROWSE_PROJECTS')) return true;
  if (issue.reporter === me || issue.participants.includes(me)) return true;
  const orgs = (issue.custom[FIELDS.organizations] as string[] | undefined) ?? [];
  return ctx.store.data.organizations.some((o) => orgs.includes(o.id) && o.memberIds.includes(me));
}

function request(ctx: Ctx): Issue {
  const me = actor(ctx);
  const issue = ctx.store.issue(ctx.params.issueIdOrKey ?? '');
  if (!issue || !mayView(ctx, me, issue))
    throw new JsmError(404, 'The request does not exist or you do not have permission to see it.');
  return issue;
}

function commentDto(ctx: Ctx, c: { id: string; author: string; body: unknown; created: string }, pub: boolean) {
  const author = ctx.store.user(c.author);
  return {
    id: c.id,
    body: adfToText(c.body),
    public: pub,
    ...(author ? { author: userDto(author, ctx.baseUrl) } : {}),
    created: dateDto(c.created),
    _links: { self: `${ctx.baseUrl}${SD}/request/${ctx.params.issueIdOrKey ?? ''}/comment/${c.id}` },
  };
}

export const jsmRequestRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${SD}/request`,
    handler: (ctx) => {
      const me = actor(ctx);
      const b = body<{
        serviceDeskId: string;
        requestTypeId: string;
        requestFieldValues: Record<string, unknown>;
        raiseOnBehalfOf: string;
        requestParticipants: string[];
      }>(ctx);
      const desk = ctx.store.data.serviceDesks.find((d) => d.id === String(b.serviceDeskId));
      const project = desk && ctx.store.project(desk.projectKey);
      const rt = ctx.store.data.requestTypes.find(
        (r) => r.id === String(b.requestTypeId) && r.serviceDeskId === desk?.id,
      );
      if (!desk || !project)
        throw new JsmError(404, `The service desk with id ${String(b.serviceDeskId)} does not exist.`);
      if (!rt)
        throw new JsmError(400, `The request type ${String(b.requestTypeId)} does not exist in this service desk.`);
      const agent = can(ctx.store, me, project, 'SERVICEDESK_AGENT');
      if (!agent && !desk.customerIds.includes(me))
        throw new JsmError(403, 'You do not have permission to raise requests in this service desk.');
      const onBehalf = b.raiseOnBehalfOf
        ? (ctx.store.userByEmail(b.raiseOnBehalfOf) ?? ctx.store.user(b.raiseOnBehalfOf))
        : undefined;
      if (b.raiseOnBehalfOf && (!agent || !onBehalf))
        throw new JsmError(400, `You cannot raise a request on behalf of '${b.raiseOnBehalfOf}'.`);
      const values = { ...(b.requestFieldValues ?? {}) };
      const description = values.description;
      delete values.description;
      const participants = (b.requestParticipants ?? []).map((p) => ctx.store.userByEmail(p)?.accountId ?? p);
      const issue = createIssue(ctx.store, me, project, {
        fields: {
          ...values,
          issuetype: { id: rt.issueTypeId },
          ...(typeof description === 'string' ? { description: textToAdf(description) } : {}),
          ...(onBehalf ? { reporter: { accountId: onBehalf.accountId } } : {}),
          [FIELDS.requestType]: rt.id,
          ...(participants.length ? { [FIELDS.participants]: participants.map((accountId) => ({ accountId })) } : {}),
        },
      });
      notifyCustomers(
        ctx.store,
        issue,
        [issue.reporter ?? me],
        'request-created',
        `[${issue.key}] ${issue.summary}`,
        'Your request has been received.',
      );
      return ok(requestDto(ctx.store, issue, ctx.baseUrl), 201);
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/request`,
    handler: (ctx) => {
      const me = actor(ctx);
      const { start, limit } = pageParams(ctx.query);
      const mine = ctx.store.data.issues.filter(
        (i) => ctx.store.projectOf(i).serviceDeskId && (i.reporter === me || i.participants.includes(me)),
      );
      return ok(
        paged(
          mine.map((i) => requestDto(ctx.store, i, ctx.baseUrl)),
          start,
          limit,
          ctx.baseUrl,
          `${SD}/request`,
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/request/{issueIdOrKey}`,
    handler: (ctx) => ok(requestDto(ctx.store, request(ctx), ctx.baseUrl)),
  },
  {
    method: 'GET',
    pattern: `${SD}/request/{issueIdOrKey}/comment`,
    handler: (ctx) => {
      const issue = request(ctx);
      const agent = isAgent(ctx, issue);
      const wantPublic = ctx.query.get('public') !== 'false';
      const wantInternal = agent && ctx.query.get('internal') !== 'false';
      const { start, limit } = pageParams(ctx.query);
      const comments = ctx.store.data.comments
        .filter((c) => c.issueId === issue.id)
        .filter((c) => (isInternal(c) ? wantInternal : wantPublic))
        .map((c) => commentDto(ctx, c, !isInternal(c)));
      return ok(paged(comments, start, limit, ctx.baseUrl, `${SD}/request/${issue.key}/comment`));
    },
  },
  {
    method: 'POST',
    pattern: `${SD}/request/{issueIdOrKey}/comment`,
    handler: (ctx) => {
      const me = actor(ctx);
      const issue = request(ctx);
      const b = body<{ body: string; public: boolean }>(ctx);
      const pub = b.public ?? true;
      if (!pub && !isAgent(ctx, issue))
        throw new JsmError(403, 'You do not have permission to create internal comments on this request.');
      if (!b.body?.trim()) throw new JsmError(400, 'The comment body must not be empty.');
      const c = addComment(ctx.store, issue, me, textToAdf(b.body), { 'sd.public.comment': { internal: !pub } });
      return ok(commentDto(ctx, c, pub), 201);
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/request/{issueIdOrKey}/participant`,
    handler: (ctx) => {
      const issue = request(ctx);
      const { start, limit } = pageParams(ctx.query);
      const users = issue.participants.map((id) => ctx.store.user(id)).filter((u) => u !== undefined);
      return ok(
        paged(
          users.map((u) => userDto(u, ctx.baseUrl)),
          start,
          limit,
          ctx.baseUrl,
          `${SD}/request/${issue.key}/participant`,
        ),
      );
    },
  },
  ...(['POST', 'DELETE'] as const).map((method) => ({
    method,
    pattern: `${SD}/request/{issueIdOrKey}/participant`,
    handler: (ctx: Ctx) => {
      const me = actor(ctx);
      const issue = request(ctx);
      const b = body<{ accountIds: string[]; usernames: string[] }>(ctx);
      const ids = b.accountIds ?? [];
      if (!isAgent(ctx, issue) && !(issue.reporter === me || issue.participants.includes(me)))
        throw new JsmError(403, 'You do not have permission to manage participants of this request.');
      for (const id of ids) if (!ctx.store.user(id)) throw new JsmError(400, `The user '${id}' does not exist.`);
      const next =
        method === 'POST'
          ? [...new Set([...issue.participants, ...ids])]
          : issue.participants.filter((p) => !ids.includes(p));
      editIssue(ctx.store, issue, me, { fields: { [FIELDS.participants]: next.map((accountId) => ({ accountId })) } });
      const { start, limit } = pageParams(ctx.query);
      const users = issue.participants.map((id) => ctx.store.user(id)).filter((u) => u !== undefined);
      return ok(
        paged(
          users.map((u) => userDto(u, ctx.baseUrl)),
          start,
          limit,
          ctx.baseUrl,
          `${SD}/request/${issue.key}/participant`,
        ),
      );
    },
  })),
];
