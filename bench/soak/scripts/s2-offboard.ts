/** S2 (SCENARIOS.md), the "Partner removed from SEP" flow: Sara's request, accounts, export, content, routing, live. */
import { USERS } from '../../../local/site/seed-users';
import type { People } from '../people';
import { completedRun, resolvedTellingOnce, storedRun, type Script } from './types';

async function complete(p: People, key: string, as: string, stepId: string, note?: string): Promise<void> {
  const payload = { issueKey: key, action: 'completeStep', stepId, ...(note ? { note } : {}) };
  const answer = await p.act(as, payload);
  if (!answer.ok) throw new Error(`panel ${JSON.stringify(payload)}: ${JSON.stringify(answer.error)}`);
}

export const s2Offboard: Script = {
  playbookId: 'sep-partner-lifecycle',
  name: 'S2 SEP partner removed',
  declaredCustomerMessages: [/no longer on SEP/],
  async play(p) {
    const created = await p.rest<{ issueKey: string }>(USERS.sepPartner, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '2',
      requestTypeId: '24',
      requestFieldValues: {
        summary: 'Northfield Council leaves SEP',
        description: 'Partner: Northfield Council\nPlease remove our services from SEP at the end of the month.',
      },
    });
    const key = created.issueKey;
    await p.settle();
    await complete(p, key, USERS.sepCms, 'off-accounts');
    await complete(p, key, USERS.sepStaff, 'off-other-accounts');
    await complete(p, key, USERS.sepStaff, 'off-export', 'Exported to the partner');
    await complete(p, key, USERS.sepStaff, 'off-inform');
    // Which removals apply depends on the registry (own services, shared services): do the ones that started.
    for (const stepId of ['off-remove-content', 'off-remove-routing'])
      if ((await storedRun(key))?.steps[stepId]?.status === 'active')
        await complete(p, key, stepId === 'off-remove-content' ? USERS.sepCms : USERS.sepStaff, stepId);
    await complete(p, key, USERS.sepStaff, 'off-live');
    return key;
  },
  async checkEnd(p, key) {
    const { problems } = await completedRun(key);
    return [...problems, ...resolvedTellingOnce(p, key, 'no longer on SEP', 'partner messages')];
  },
};
