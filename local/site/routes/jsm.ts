// JSM: service desks, request types, organizations (paged, no name filter), customers.
import { body, JsmError, noContent, ok, type Ctx, type Route } from '../http';
import type { ServiceDesk } from '../model';
import { globalPermissions, projectPermissions } from '../permissions';
import { orgDto, pageParams, paged, userDto } from '../jsm-shapes';
import { actor } from './common';

const SD = '/rest/servicedeskapi';

function isAgentSomewhere(ctx: Ctx, me: string): boolean {
  return (
    globalPermissions(ctx.store, me).has('ADMINISTER') ||
    ctx.store.data.projects.some((p) => projectPermissions(ctx.store, me, p).has('SERVICEDESK_AGENT'))
  );
}

function desk(ctx: Ctx, needAgent: boolean): ServiceDesk {
  const me = actor(ctx);
  const d = ctx.store.data.serviceDesks.find((s) => s.id === ctx.params.serviceDeskId);
  const project = d && ctx.store.project(d.projectKey);
  const perms = project ? projectPermissions(ctx.store, me, project) : new Set();
  const customer = d?.customerIds.includes(me) ?? false;
  if (!d || (!perms.has('BROWSE_PROJECTS') && !customer))
    throw new JsmError(404, `The service desk with id ${ctx.params.serviceDeskId ?? ''} does not exist.`);
  if (needAgent && !perms.has('SERVICEDESK_AGENT'))
    throw new JsmError(
      403,
      'You do not have permission to perform this operation: you are not an agent of this service desk.',
    );
  return d;
}

function deskDto(ctx: Ctx, d: ServiceDesk) {
  const p = ctx.store.project(d.projectKey);
  return {
    id: d.id,
    projectId: p?.id ?? '',
    projectKey: d.projectKey,
    projectName: p?.name ?? '',
    _links: { self: `${ctx.baseUrl}${SD}/servicedesk/${d.id}` },
  };
}

function org(ctx: Ctx) {
  const o = ctx.store.data.organizations.find((x) => x.id === ctx.params.organizationId);
  if (!o) throw new JsmError(404, `Organization with id ${ctx.params.organizationId ?? ''} does not exist.`);
  return o;
}

export const jsmRoutes: Route[] = [
  {
    method: 'GET',
    pattern: `${SD}/servicedesk`,
    handler: (ctx) => {
      const me = actor(ctx);
      const { start, limit } = pageParams(ctx.query);
      const visible = ctx.store.data.serviceDesks.filter((d) => {
        const p = ctx.store.project(d.projectKey);
        return d.customerIds.includes(me) || (p && projectPermissions(ctx.store, me, p).has('BROWSE_PROJECTS'));
      });
      return ok(
        paged(
          visible.map((d) => deskDto(ctx, d)),
          start,
          limit,
          ctx.baseUrl,
          `${SD}/servicedesk`,
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/servicedesk/{serviceDeskId}`,
    handler: (ctx) => ok(deskDto(ctx, desk(ctx, false))),
  },
  {
    method: 'GET',
    pattern: `${SD}/servicedesk/{serviceDeskId}/requesttype`,
    handler: (ctx) => {
      const d = desk(ctx, false);
      const { start, limit } = pageParams(ctx.query);
      const search = ctx.query.get('searchQuery')?.trim().toLowerCase() ?? '';
      const types = ctx.store.data.requestTypes
        .filter((r) => r.serviceDeskId === d.id && r.name.toLowerCase().includes(search))
        .map((r) => ({
          id: r.id,
          name: r.name,
          description: r.description,
          helpText: '',
          issueTypeId: r.issueTypeId,
          serviceDeskId: r.serviceDeskId,
          groupIds: [],
          _links: { self: `${ctx.baseUrl}${SD}/servicedesk/${d.id}/requesttype/${r.id}` },
        }));
      return ok(paged(types, start, limit, ctx.baseUrl, `${SD}/servicedesk/${d.id}/requesttype`));
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/organization`,
    handler: (ctx) => {
      const me = actor(ctx);
      const { start, limit } = pageParams(ctx.query);
      const all = isAgentSomewhere(ctx, me)
        ? ctx.store.data.organizations
        : ctx.store.data.organizations.filter((o) => o.memberIds.includes(me));
      return ok(
        paged(
          all.map((o) => orgDto(o, ctx.baseUrl)),
          start,
          limit,
          ctx.baseUrl,
          `${SD}/organization`,
        ),
      );
    },
  },
  {
    method: 'POST',
    pattern: `${SD}/organization`,
    handler: (ctx) => {
      const me = actor(ctx);
      if (!isAgentSomewhere(ctx, me)) throw new JsmError(403, 'You do not have permission to create organizations.');
      const name = (body<{ name: string }>(ctx).name ?? '').trim();
      if (name === '') throw new JsmError(400, 'The organization name must not be empty.');
      if (ctx.store.data.organizations.some((o) => o.name.toLowerCase() === name.toLowerCase()))
        throw new JsmError(400, `An organization with name '${name}' already exists.`);
      const o = { id: ctx.store.nextId(), name, memberIds: [] };
      ctx.store.data.organizations.push(o);
      return ok(orgDto(o, ctx.baseUrl), 201);
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/organization/{organizationId}`,
    handler: (ctx) => {
      actor(ctx);
      return ok(orgDto(org(ctx), ctx.baseUrl));
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/organization/{organizationId}/user`,
    handler: (ctx) => {
      actor(ctx);
      const o = org(ctx);
      const { start, limit } = pageParams(ctx.query);
      const users = o.memberIds.map((id) => ctx.store.user(id)).filter((u) => u !== undefined);
      return ok(
        paged(
          users.map((u) => userDto(u, ctx.baseUrl)),
          start,
          limit,
          ctx.baseUrl,
          `${SD}/organization/${o.id}/user`,
        ),
      );
    },
  },
  {
    method: 'POST',
    pattern: `${SD}/organization/{organizationId}/user`,
    handler: (ctx) => {
      const me = actor(ctx);
      if (!isAgentSomewhere(ctx, me)) throw new JsmError(403, 'You do not have permission to manage organizations.');
      const o = org(ctx);
      for (const id of body<{ accountIds: string[] }>(ctx).accountIds ?? []) {
        if (!ctx.store.user(id)) throw new JsmError(400, `The user with account id '${id}' does not exist.`);
        if (!o.memberIds.includes(id)) o.memberIds.push(id);
      }
      return noContent;
    },
  },
  {
    method: 'GET',
    pattern: `${SD}/servicedesk/{serviceDeskId}/organization`,
    handler: (ctx) => {
      const d = desk(ctx, true);
      const { start, limit } = pageParams(ctx.query);
      const orgs = ctx.store.data.organizations.filter((o) => d.organizationIds.includes(o.id));
      return ok(
        paged(
          orgs.map((o) => orgDto(o, ctx.baseUrl)),
          start,
          limit,
          ctx.baseUrl,
          `${SD}/servicedesk/${d.id}/organization`,
        ),
      );
    },
  },
  {
    method: 'POST',
    pattern: `${SD}/servicedesk/{serviceDeskId}/organization`,
    handler: (ctx) => {
      const d = desk(ctx, true);
      const id = String(body<{ organizationId: number }>(ctx).organizationId ?? '');
      if (!ctx.store.data.organizations.some((o) => o.id === id))
        throw new JsmError(404, `Organization with id ${id} does not exist.`);
      if (!d.organizationIds.includes(id)) d.organizationIds.push(id);
      return noContent;
    },
  },
  {
    method: 'DELETE',
    pattern: `${SD}/servicedesk/{serviceDeskId}/organization`,
    handler: (ctx) => {
      const d = desk(ctx, true);
      const id = String(body<{ organizationId: number }>(ctx).organizationId ?? '');
      d.organizationIds = d.organizationIds.filter((x) => x !== id);
      return noContent;
    },
  },
  {
    method: 'POST',
    pattern: `${SD}/customer`,
    handler: (ctx) => {
      const me = actor(ctx);
      if (!isAgentSomewhere(ctx, me)) throw new JsmError(403, 'You do not have permission to create customers.');
      const b = body<{ email: string; displayName: string }>(ctx);
      const email = (b.email ?? '').trim().toLowerCase();
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new JsmError(400, 'The email address is not valid.');
      if (ctx.store.userByEmail(email)) throw new JsmError(409, `A user with email '${email}' already exists.`);
      const u = {
        accountId: `qm:customer:${ctx.store.nextId()}`,
        displayName: b.displayName?.trim() || email,
        emailAddress: email,
        accountType: 'customer' as const,
        active: true,
        timeZone: 'UTC',
        locale: 'en_US',
        admin: false,
      };
      ctx.store.data.users.push(u);
      return ok(userDto(u, ctx.baseUrl), 201);
    },
  },
  {
    method: 'POST',
    pattern: `${SD}/servicedesk/{serviceDeskId}/customer`,
    handler: (ctx) => {
      const d = desk(ctx, true);
      for (const id of body<{ accountIds: string[] }>(ctx).accountIds ?? []) {
        if (!ctx.store.user(id)) throw new JsmError(400, `The user with account id '${id}' does not exist.`);
        if (!d.customerIds.includes(id)) d.customerIds.push(id);
      }
      return noContent;
    },
  },
];
