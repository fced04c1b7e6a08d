// src/jira: the only code that calls Jira. One REST operation per function (see ops/), one client core.
export * from './core/errors';
export { createJiraClient } from './core/client';
export type {
  Clock,
  JiraCall,
  JiraClient,
  JiraClientOptions,
  JiraLogger,
  JiraTransport,
  RetrySafety,
} from './core/client';
export { DEFAULT_BACKOFF, type BackoffPolicy } from './core/backoff';
export { readRateLimit, parseRetryAfter, type RateLimitInfo } from './core/rate-limit';
export { appJira, userJira, forgeDefaults, type JiraClientDeps } from './forge';
export * from './adf/nodes';
export * from './adf/build';
export * from './ops/get-issue';
export * from './ops/edit-issue';
export * from './ops/add-watcher';
export * from './ops/add-request-participants';
export * from './ops/comments';
export * from './ops/add-comment';
export * from './ops/transitions';
export * from './ops/create-issue';
export * from './ops/create-issue-link';
export * from './ops/issue-property';
export * from './ops/search-jql';
export * from './ops/users';
export * from './ops/fields';
export * from './ops/service-desk';
export * from './ops/organizations';
export * from './ops/permissions';
