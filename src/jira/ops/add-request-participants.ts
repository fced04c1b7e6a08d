import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

const participantsSchema = z.looseObject({
  values: z.array(z.looseObject({ accountId: z.string() })).default([]),
});

/**
 * POST /rest/servicedeskapi/request/{issueIdOrKey}/participant (addRequestParticipants): body { accountIds }.
 * Participants are a set, so a repeat is harmless. Returns the participants' account ids after the change.
 */
export async function addRequestParticipants(
  jira: JiraClient,
  issueIdOrKey: string,
  accountIds: readonly string[],
): Promise<string[]> {
  const page = await jira.call({
    operation: 'addRequestParticipants',
    method: 'POST',
    route: route`/rest/servicedeskapi/request/${issueIdOrKey}/participant`,
    body: { accountIds: [...accountIds] },
    schema: participantsSchema,
    safety: 'idempotent',
  });
  return page.values.map((user) => user.accountId);
}
