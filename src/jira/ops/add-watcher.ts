import { route } from '@forge/api';
import type { JiraClient } from '../core/client';

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/watchers (addWatcher). The body is the account id as a JSON string
 * (`"5b10..."`, quotes included), not an object. Watching is a set, so a repeat is harmless. 204 on success.
 */
export async function addWatcher(jira: JiraClient, issueIdOrKey: string, accountId: string): Promise<void> {
  await jira.call({
    operation: 'addWatcher',
    method: 'POST',
    route: route`/rest/api/3/issue/${issueIdOrKey}/watchers`,
    body: accountId,
    safety: 'idempotent',
  });
}
