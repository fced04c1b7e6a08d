/** Admin use cases fail with a stable code the resolver answers as is (src/shared/admin-contracts.ts). */
import type { AdminErrorCode, PlaybookProblem } from '../../shared/admin-contracts';

export class AdminFailure extends Error {
  constructor(
    readonly code: AdminErrorCode,
    message: string,
    readonly errors?: PlaybookProblem[],
  ) {
    super(message);
    this.name = 'AdminFailure';
  }
}

export const notFound = (message: string): AdminFailure => new AdminFailure('NOT_FOUND', message);

/** Who acted: the editor recorded beside each version and the webhook. */
export interface Editor {
  accountId: string;
  displayName?: string;
}
