// Route types and Jira's error shape.
import type { Principal } from '../contracts';
import type { SiteUser } from './model';
import type { Store } from './store';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Ctx {
  store: Store;
  principal: Principal;
  actor: SiteUser | null;
  /** The acting account id, null when anonymous. */
  actorId: string | null;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  baseUrl: string;
  services: SiteServices;
}

/** Site behaviours routes trigger beyond their own resource (notifications, automation). */
export interface SiteServices {
  automationRule: boolean;
}

export type RouteHandler = (ctx: Ctx) => Reply | Promise<Reply>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: string; // '/rest/api/3/issue/{issueIdOrKey}'
  handler: RouteHandler;
}

/** Thrown anywhere in a route: becomes Jira's `{ errorMessages, errors }` with the status. */
export class JiraError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
  ) {
    super(errorMessages.join('; ') || Object.values(errors).join('; '));
  }
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export const noContent: Reply = { status: 204 };

export function fieldError(field: string, message: string): JiraError {
  return new JiraError(400, [], { [field]: message });
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

/** A JSM servicedeskapi error has a different shape from the platform's. */
export class JsmError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessage: string,
  ) {
    super(errorMessage);
  }
}

export function body<T extends object>(ctx: Ctx): Partial<T> {
  return ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
}
