import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';
import { userSchema, type JiraUser } from './users';

const pickedSchema = userSchema.extend({
  avatarUrls: z.record(z.string(), z.string()).optional(),
});
export type PickedUser = JiraUser & { avatarUrl?: string };

/**
 * GET /rest/api/3/user/search?query= (findUsers) for a user picker: active people (not apps) whose name or email
 * starts with `query`, at most `max`. Call it as the user so Jira's profile privacy applies to what they see.
 */
export async function searchUsers(jira: JiraClient, query: string, max = 20): Promise<PickedUser[]> {
  const params = new URLSearchParams({ query: query.trim(), maxResults: String(max) });
  const users = await jira.call({
    operation: 'findUsers',
    method: 'GET',
    route: route`/rest/api/3/user/search?${params}`,
    schema: z.array(pickedSchema),
    safety: 'idempotent',
  });
  return users
    .filter((u) => u.active && u.accountType !== 'app')
    .map(({ avatarUrls, ...u }) => {
      const avatarUrl = avatarUrls?.['48x48'];
      return avatarUrl === undefined ? u : { ...u, avatarUrl };
    });
}
