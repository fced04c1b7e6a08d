import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

const createdIssueSchema = z.looseObject({ id: z.string(), key: z.string() });
export type CreatedIssue = z.infer<typeof createdIssueSchema>;

export interface CreateIssueArgs {
  /** Jira `fields`, e.g. { project: { key: 'CS' }, issuetype: { name: 'Task' }, summary: '...' }. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Issue properties set in the same request (e.g. which run created it). */
  readonly properties?: readonly { readonly key: string; readonly value: unknown }[];
}

/**
 * POST /rest/api/3/issue (createIssue), 201 { id, key }. Not idempotent and not findable right after a
 * timeout (search indexing lags), so an ambiguous failure is never re-sent: the JiraError carries
 * maybeApplied = true and the caller decides (the executor marks the run needs-attention).
 */
export function createIssue(jira: JiraClient, args: CreateIssueArgs): Promise<CreatedIssue> {
  return jira.call({
    operation: 'createIssue',
    method: 'POST',
    route: route`/rest/api/3/issue`,
    body: { fields: args.fields, ...(args.properties?.length ? { properties: args.properties } : {}) },
    schema: createdIssueSchema,
    safety: 'not-idempotent',
  });
}
