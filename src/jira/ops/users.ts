import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

export const userSchema = z.looseObject({
  accountId: z.string(),
  accountType: z.string().optional(),
  displayName: z.string().default(''),
  emailAddress: z.string().optional(),
  active: z.boolean().default(true),
});
export type JiraUser = z.infer<typeof userSchema>;

/**
 * GET /rest/api/3/user/search?query={email} (findUsers). Jira matches the query against email even when
 * profile privacy hides emailAddress in the answer. So: users whose visible email equals `email` (case-
 * insensitive); when no email is visible at all, the active matches as returned (the caller treats several
 * as ambiguous, never guesses).
 */
export async function findUsersByEmail(jira: JiraClient, email: string): Promise<JiraUser[]> {
  const query = new URLSearchParams({ query: email.trim(), maxResults: '20' });
  const users = await jira.call({
    operation: 'findUsers',
    method: 'GET',
    route: route`/rest/api/3/user/search?${query}`,
    schema: z.array(userSchema),
    safety: 'idempotent',
  });
  const active = users.filter((u) => u.active);
  const wanted = email.trim().toLowerCase();
  const exact = active.filter((u) => u.emailAddress?.toLowerCase() === wanted);
  if (exact.length > 0) return exact;
  return active.filter((u) => u.emailAddress === undefined);
}

/** GET /rest/api/3/user?accountId= (getUser). */
export function getUser(jira: JiraClient, accountId: string): Promise<JiraUser> {
  return jira.call({
    operation: 'getUser',
    method: 'GET',
    route: route`/rest/api/3/user?accountId=${accountId}`,
    schema: userSchema,
    safety: 'idempotent',
  });
}
