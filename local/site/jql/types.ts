// The public contract of the local site's JQL engine. The site's /rest/api/3/search/jql route builds a
// JqlSchema from its state, compiles the query once, then filters and sorts its issues with it.

/** One issue as the JQL engine sees it: plain data, no site objects. Times are ISO-8601 strings. */
export interface JqlIssue {
  id: string;
  key: string; // e.g. "SS-12"
  projectKey: string;
  issueType: string; // issue type name, e.g. "Service Request"
  status: string; // status name
  statusCategory: 'new' | 'indeterminate' | 'done';
  resolution: string | null; // resolution name, null when unresolved
  summary: string;
  description?: string | null; // plain text of the description (text ~ searches it)
  comments?: string[]; // plain text of each comment (comment ~ and text ~ search them)
  created: string;
  updated: string;
  resolutiondate: string | null;
  duedate: string | null; // "YYYY-MM-DD"
  reporter: string | null; // accountId
  assignee: string | null; // accountId
  labels: string[];
  /**
   * Custom field values by field id ("customfield_10010"): string, number, ISO date or "YYYY-MM-DD", an object
   * with value / accountId / name / key (options, users, request types), or an array of those.
   */
  fields: Record<string, unknown>;
  /** Issue entity properties by property key ("onboarding-run"). */
  properties: Record<string, unknown>;
  linkedKeys: string[]; // keys of issues linked either way (issue in linkedIssues(KEY))
  watchers: string[]; // accountIds
}

export type JqlFieldType = 'string' | 'text' | 'number' | 'date' | 'datetime' | 'option' | 'user' | 'array';

/** A custom field the site has: found by name ("Needs Configuration?", any case) or as cf[10010]. */
export interface JqlCustomField {
  id: string; // "customfield_10010"
  type: JqlFieldType;
  options?: string[]; // option/array fields: when given, a value outside them is refused as Jira does
  optionIds?: Record<string, string>; // option id -> option value, for `cf[10010] = 10100`
}

/** An entity-property search alias from the manifest's jira:entityProperty. */
export interface JqlPropertyAlias {
  propertyKey: string; // "onboarding-run"
  path: string; // "nextDueAt" (dots for nesting)
  type: 'string' | 'number' | 'date' | 'text';
}

export interface JqlSchema {
  fieldsByName: Record<string, JqlCustomField>;
  propertyAliases: Record<string, JqlPropertyAlias>;
  /** Values that exist on the site: a query naming another one is refused, as Jira does. */
  knownValues: {
    projects: string[]; // keys (names also accepted when given in projectNames)
    projectNames?: Record<string, string>; // name -> key
    statuses: string[];
    issueTypes: string[];
    resolutions?: string[];
    issueKeys?: string[]; // when given, key = X-99 for a missing issue is refused like Jira
    users?: string[]; // accountIds; when given, an unknown user value is refused
    userNames?: Record<string, string>; // lower-cased email or display name -> accountId
    /** id -> key/name, so `project = 10000` or `status = 3` work as in Jira. */
    projectIds?: Record<string, string>;
    statusIds?: Record<string, string>;
    issueTypeIds?: Record<string, string>;
    resolutionIds?: Record<string, string>;
  };
  now: Date;
  timeZone: string; // IANA zone of the searching user: dates without a time and startOfDay() use it
  currentUser: string | null; // accountId, null when anonymous
}

export interface JqlQuery {
  // Plain functions (not methods): `issues.filter(query.matches).sort(query.compare)` is fine.
  matches: (issue: JqlIssue) => boolean;
  /** Order of ORDER BY; ties, and a query without ORDER BY, put the newest created first. */
  compare: (a: JqlIssue, b: JqlIssue) => number;
  /** Canonical ids of the fields the query references ("status", "customfield_10010", ...), for logs. */
  fields: string[];
  /** False when there is no where-clause: /rest/api/3/search/jql then answers 400 with UNBOUNDED_MESSAGE. */
  bounded: boolean;
}

export type JqlCompileResult = { ok: true; query: JqlQuery } | { ok: false; errorMessages: string[] };
