/**
 * Expected problems become an internal comment and a run that needs attention; transient ones are rethrown so the
 * queue retries; anything else is rethrown so Forge records the failure.
 */
import { isJiraError } from '../jira';
import { RunBusy } from './run-lock';

/** A problem the app found itself (a name that does not resolve): always expected. */
export class AppProblem extends Error {
  constructor(
    readonly code:
      | 'ORGANIZATION_NOT_FOUND'
      | 'REQUEST_TYPE_NOT_FOUND'
      | 'FIELD_NOT_FOUND'
      | 'USER_NOT_FOUND'
      | 'USER_AMBIGUOUS'
      | 'SERVICE_DESK_NOT_FOUND'
      | 'LINKED_ISSUE_NOT_FOUND'
      | 'APP_LACKS_PERMISSION',
    message: string,
  ) {
    super(message);
    this.name = 'AppProblem';
  }
}

export type Classified = { kind: 'expected'; code: string; message: string } | { kind: 'transient' | 'unknown' };

export function classify(error: unknown): Classified {
  if (error instanceof AppProblem) return { kind: 'expected', code: error.code, message: error.message };
  if (error instanceof RunBusy) return { kind: 'transient' };
  if (isJiraError(error)) {
    if (error.transient || error.code === 'UNAUTHORIZED') return { kind: 'transient' };
    if (error.code === 'UNEXPECTED_RESPONSE') return { kind: 'unknown' };
    const detail = [...error.errorMessages, ...Object.values(error.fieldErrors)].join('; ');
    return { kind: 'expected', code: error.code, message: detail ? `${error.message} (${detail})` : error.message };
  }
  return { kind: 'unknown' };
}

/** How long Jira asked us to wait (a 429's Retry-After, in whole seconds), anywhere along the error's causes. */
export function retryAfterSeconds(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1)
    if (isJiraError(e) && e.code === 'RATE_LIMITED' && e.retryAfterMs !== undefined)
      return Math.max(1, Math.ceil(e.retryAfterMs / 1000));
  return undefined;
}
