// Users: myself, one by account id, search by name or email (the `query` parameter).
import { JiraError, ok, type Route } from '../http';
import { userRef } from '../field-values';
import { globalPermissions } from '../permissions';
import { actor } from './common';

function self(ref: ReturnType<typeof userRef>, locale: string) {
  return { ...ref, locale, groups: { size: 0, items: [] }, applicationRoles: { size: 0, items: [] } };
}

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/myself',
    handler: (ctx) => {
      const me = actor(ctx);
      const u = ctx.store.user(me);
      return ok(self(userRef(ctx.store, me, ctx.baseUrl), u?.locale ?? 'en_US'));
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/user',
    handler: (ctx) => {
      actor(ctx);
      const id = ctx.query.get('accountId');
      const u = id ? ctx.store.user(id) : undefined;
      if (!u) throw new JiraError(404, [`Specified user does not exist or you do not have required permissions`]);
      return ok(self(userRef(ctx.store, u.accountId, ctx.baseUrl), u.locale));
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/user/search',
    handler: (ctx) => {
      const me = actor(ctx);
      if (!globalPermissions(ctx.store, me).has('USER_PICKER'))
        throw new JiraError(403, ['You do not have the permission to browse users.']);
      const query = ctx.query.get('query')?.trim().toLowerCase();
      const accountId = ctx.query.get('accountId');
      if (!query && !accountId)
        throw new JiraError(400, ["One of 'query' or 'accountId' query parameters must be provided."]);
      const startAt = Number(ctx.query.get('startAt') ?? 0);
      const max = Number(ctx.query.get('maxResults') ?? 50);
      const found = ctx.store.data.users.filter((u) => {
        if (!u.active) return false;
        if (accountId && u.accountId !== accountId) return false;
        if (!query) return true;
        const words = u.displayName.toLowerCase().split(/\s+/);
        return (
          u.displayName.toLowerCase().startsWith(query) ||
          words.some((w) => w.startsWith(query)) ||
          (u.emailAddress !== '' && u.emailAddress.toLowerCase().startsWith(query))
        );
      });
      return ok(found.slice(startAt, startAt + max).map((u) => userRef(ctx.store, u.accountId, ctx.baseUrl)));
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/user/bulk',
    handler: (ctx) => {
      actor(ctx);
      const ids = ctx.query.getAll('accountId');
      const found = ids.map((id) => ctx.store.user(id)).filter((u) => u !== undefined);
      return ok({
        startAt: 0,
        maxResults: found.length,
        total: found.length,
        isLast: true,
        values: found.map((u) => userRef(ctx.store, u.accountId, ctx.baseUrl)),
      });
    },
  },
];
