import { route } from '@forge/api';
import type { JiraClient } from '../core/client';

export interface CreateIssueLinkArgs {
  /** Link type name, e.g. 'Duplicate', 'Relates', 'Blocks'. */
  readonly type: string;
  /** Reads the type's OUTWARD description towards outwardIssue: inwardIssue "duplicates" outwardIssue. */
  readonly inwardIssue: string;
  readonly outwardIssue: string;
}

/**
 * POST /rest/api/3/issueLink (linkIssues), 201 with no body. Jira answers "created" for a link that already
 * exists, so a repeat is harmless. Direction: see docs/JIRA_FACTS.md (Duplicate).
 */
export async function createIssueLink(jira: JiraClient, args: CreateIssueLinkArgs): Promise<void> {
  await jira.call({
    operation: 'linkIssues',
    method: 'POST',
    route: route`/rest/api/3/issueLink`,
    body: {
      type: { name: args.type },
      inwardIssue: { key: args.inwardIssue },
      outwardIssue: { key: args.outwardIssue },
    },
    safety: 'idempotent',
  });
}

/** `duplicate` "duplicates" `original` (and `original` "is duplicated by" `duplicate`). */
export function linkAsDuplicate(jira: JiraClient, args: { duplicate: string; original: string }): Promise<void> {
  return createIssueLink(jira, { type: 'Duplicate', inwardIssue: args.duplicate, outwardIssue: args.original });
}
