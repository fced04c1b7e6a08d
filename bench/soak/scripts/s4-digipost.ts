/** S4 (SCENARIOS.md): a vendor's request on DP; gate with evidence, direct launch, configuration, both sign-offs. */
import { USERS } from '../../../local/site/seed-users';
import type { People } from '../people';
import { fingerprint } from '../fingerprint';
import { completedRun, type Script } from './types';

async function acted(p: People, as: string, payload: Record<string, unknown>): Promise<void> {
  const answer = await p.act(as, payload);
  if (!answer.ok) throw new Error(`panel ${JSON.stringify(payload)}: ${JSON.stringify(answer.error)}`);
}

export const s4Digipost: Script = {
  playbookId: 'digipost-sender-onboarding',
  name: 'S4 Digipost',
  declaredCustomerMessages: [/full skala/],
  async play(p) {
    const created = await p.rest<{ issueKey: string }>(USERS.vendor, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '4',
      requestTypeId: '41',
      requestFieldValues: {
        summary: 'Ny avsender via integrert system: Fjordkraft Eiendom AS',
        description: 'Virksomhet: Fjordkraft Eiendom AS\nIntegrert system: HR Vendor Lønn',
      },
    });
    const key = created.issueKey;
    await p.settle();
    const note = 'Signert avtale mottatt på salg@digipost.no';
    await acted(p, USERS.dpSales, { issueKey: key, action: 'completeStep', stepId: 'agreement-signed', note });
    await acted(p, USERS.dpOps, { issueKey: key, action: 'decide', stepId: 'launch-review', value: 'direct' });
    await acted(p, USERS.dpOps, { issueKey: key, action: 'completeStep', stepId: 'configuration' });
    await p.rest(USERS.vendor, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
      body: 'Oppsettet er verifisert fra vår side.',
      public: true,
    });
    await p.settle();
    await acted(p, USERS.dpOps, { issueKey: key, action: 'signOff', stepId: 'verification', party: 'digipost' });
    return key;
  },
  async checkEnd(p, key) {
    const { run, problems: out } = await completedRun(key);
    for (const step of ['agreement-signed', 'configuration', 'verification', 'launch'])
      if (run?.steps[step]?.status !== 'done') out.push(`${key}: step ${step} ${run?.steps[step]?.status}`);
    const launch = (fingerprint(p.stack).issues[key]?.appComments ?? []).filter((t) => t.includes('full skala'));
    if (launch.length !== 1 || !launch[0]?.startsWith('public:'))
      out.push(`${key}: ${launch.length} launch comments, expected one public`);
    return out;
  },
};
