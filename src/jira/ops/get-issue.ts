import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

export const issueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type Issue = z.infer<typeof issueSchema>;

export interface GetIssueArgs {
  readonly issueIdOrKey: string;
  /** Field ids to return (e.g. `status`, `customfield_10010`); never all fields: the payload stays small. */
  readonly fields: readonly string[];
  /** Issue property keys to return alongside. */
  readonly properties?: readonly string[];
}

/** GET /rest/api/3/issue/{issueIdOrKey}?fields=&properties= (getIssue). */
export function getIssue(jira: JiraClient, args: GetIssueArgs): Promise<Issue> {
  const query = new URLSearchParams({ fields: args.fields.join(',') || '-*all' });
  if (args.properties?.length) query.set('properties', args.properties.join(','));
  return jira.call({
    operation: 'getIssue',
    method: 'GET',
    route: route`/rest/api/3/issue/${args.issueIdOrKey}?${query}`,
    schema: issueSchema,
    safety: 'idempotent',
  });
}
