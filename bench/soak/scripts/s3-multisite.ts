/** S3 (SCENARIOS.md) multi-site licence: Ian's request, support's check, sales says yes, support sets it up. */
import { USERS } from '../../../local/site/seed-users';
import type { People } from '../people';
import { completedRun, resolvedTellingOnce, type Script } from './types';

async function acted(p: People, as: string, payload: Record<string, unknown>): Promise<void> {
  const answer = await p.act(as, payload);
  if (!answer.ok) throw new Error(`panel ${JSON.stringify(payload)}: ${JSON.stringify(answer.error)}`);
}

export const s3Multisite: Script = {
  playbookId: 'optergy-multisite-licence',
  name: 'S3 Optergy multi-site',
  declaredCustomerMessages: [/multi-site licence is set up/],
  async play(p) {
    const created = await p.rest<{ issueKey: string }>(USERS.siContact, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '3',
      requestTypeId: '32',
      requestFieldValues: {
        summary: 'Multi-site licence for Westfield Tower and Westfield Annex',
        description: 'We need the licence to cover both sites. Hardware key 4471-A.',
      },
    });
    const key = created.issueKey;
    await p.settle();
    await acted(p, USERS.optSupport, { issueKey: key, action: 'completeStep', stepId: 'triage' });
    await acted(p, USERS.optSales, { issueKey: key, action: 'decide', stepId: 'sales-decision', value: 'yes' });
    await acted(p, USERS.optSupport, { issueKey: key, action: 'completeStep', stepId: 'support-pickup' });
    await acted(p, USERS.optSupport, { issueKey: key, action: 'completeStep', stepId: 'hardware-key' });
    const note = 'Seen under the new SI in CV';
    await acted(p, USERS.optSupport, { issueKey: key, action: 'completeStep', stepId: 'licence-visible', note });
    return key;
  },
  async checkEnd(p, key) {
    const { problems } = await completedRun(key);
    return [...problems, ...resolvedTellingOnce(p, key, 'multi-site licence is set up', 'client messages')];
  },
};
