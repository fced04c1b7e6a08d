// The seams between the local site's parts. Fixed first so the site, the runtime and the app can be
// built in parallel: change them only together with every user.

/** The local clock. The site, the runtime and the app's shell read time only through this. */
export interface Clock {
  now(): Date;
}

/** Who a request acts as, as Jira Cloud would see it. */
export type Principal =
  | { readonly kind: 'app' } // requestJira through asApp(): the app's own account, APP_ACCOUNT_ID
  | { readonly kind: 'user'; readonly accountId: string } // asUser(), or Basic auth picked by email
  | { readonly kind: 'anonymous' };

/** The app's own Jira account on the local site (what `ignoreSelf` compares with). */
export const APP_ACCOUNT_ID = '557058:onboarding-playbooks-app';

/**
 * The Jira emulation as a request handler: a WHATWG Request in (path + query relative to the site, e.g.
 * `/rest/api/3/issue/SS-1`), a WHATWG Response out. The HTTP server and the Forge runtime's
 * `__forge_fetch__` both call it; neither knows how the site is built.
 */
export type JiraHandler = (request: Request, principal: Principal) => Promise<Response>;

/** A product event as the site saw it happen, before the runtime shapes it into a Forge payload. */
export interface SiteEvent {
  readonly id: string; // unique, stable: the runtime derives Forge event ids from it
  readonly type:
    'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:commented:issue' | 'avi:jira:created:issuelink';
  readonly at: string; // ISO time on the site's clock
  readonly actorAccountId: string; // who made the change (APP_ACCOUNT_ID for the app)
  readonly issueId?: string;
  readonly issueKey?: string;
  readonly commentId?: string;
  readonly changelog?: { readonly id: string; readonly items: readonly SiteChangeItem[] };
  readonly link?: {
    readonly id: string;
    readonly sourceIssueId: string;
    readonly destinationIssueId: string;
    readonly typeName: string;
  };
}

export interface SiteChangeItem {
  readonly field: string;
  readonly fieldId: string;
  readonly fieldtype: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

/** The site publishes what happened; the runtime subscribes and delivers to the app's triggers. */
export type SiteEventListener = (event: SiteEvent) => void;
