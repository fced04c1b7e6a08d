// Every failure leaving src/jira is a JiraError with a stable code, so callers branch on the code
// (needs-attention vs retry through the queue) and never on message text.

export type JiraErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'UNAUTHORIZED'
  /** Jira answered 2xx with a body our zod schema refuses: the API changed under us. */
  | 'UNEXPECTED_RESPONSE'
  /** A comment was written but reading it back shows another visibility than asked for. */
  | 'VISIBILITY_MISMATCH';

export interface JiraErrorDetails {
  readonly operation: string;
  readonly status?: number;
  /** Jira's `errorMessages` (and JSM's `errorMessage`), as sent. */
  readonly errorMessages?: readonly string[];
  /** Jira's per-field `errors` map. */
  readonly fieldErrors?: Readonly<Record<string, string>>;
  /** For RATE_LIMITED/UNAVAILABLE: how long Jira asked us to wait before trying again. */
  readonly retryAfterMs?: number;
  /** True when a write may have been applied although we saw a failure (timeout or 5xx after sending). */
  readonly maybeApplied?: boolean;
  readonly cause?: unknown;
}

export class JiraError extends Error {
  readonly code: JiraErrorCode;
  readonly operation: string;
  readonly status: number | undefined;
  readonly errorMessages: readonly string[];
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly retryAfterMs: number | undefined;
  readonly maybeApplied: boolean;

  constructor(code: JiraErrorCode, message: string, details: JiraErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'JiraError';
    this.code = code;
    this.operation = details.operation;
    this.status = details.status;
    this.errorMessages = details.errorMessages ?? [];
    this.fieldErrors = details.fieldErrors ?? {};
    this.retryAfterMs = details.retryAfterMs;
    this.maybeApplied = details.maybeApplied ?? false;
  }

  /** Transient: worth retrying later through the queue. */
  get transient(): boolean {
    return this.code === 'RATE_LIMITED' || this.code === 'UNAVAILABLE';
  }
}

export function isJiraError(error: unknown, code?: JiraErrorCode): error is JiraError {
  return error instanceof JiraError && (code === undefined || error.code === code);
}

export function codeForStatus(status: number): JiraErrorCode {
  if (status === 400 || status === 422) return 'INVALID';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409 || status === 412) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'UNAVAILABLE';
  return 'INVALID';
}
