// S4 (Digipost) helpers over the local site's HTTP surface; panel actions through the resolver, as the page sends them.
import type { RunView } from '../../src/shared/contracts';
import { adfText, mentions, type E2E } from './stack-harness';

export const KARI = '712020:kari-digipost'; // Digipost sales: records the gate; not the Digipost onboarding role
export const NILS = '712020:nils-digipost'; // the Digipost onboarding person
export const OLA = 'ola@hrvendor.example'; // the vendor's contact (a customer)
export const OLA_ID = 'qm:customer:ola-hrvendor';
export const APP = '557058:onboarding-playbooks-app';

export interface ActAnswer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; reason?: string; message: string };
}

export function digipost(e2e: E2E) {
  let requests = 0;
  const invoke = async (accountId: string, functionKey: string, payload: unknown): Promise<ActAnswer> => {
    const r = await e2e.stack.runtime.invoke('panel-resolver', {
      call: { functionKey, payload },
      context: { accountId },
    });
    await e2e.control('/local/settle');
    return r as ActAnswer;
  };
  const view = async (key: string): Promise<RunView> =>
    (await invoke(NILS, 'getRun', { issueKey: key })).data as RunView;
  return {
    act: (as: string, payload: Record<string, unknown>) =>
      invoke(as, 'act', { requestId: `r${++requests}`, ...payload }),
    view,
    status: async (key: string, id: string) => (await view(key)).steps.find((s) => s.id === id)?.status,
    /** The vendor's request on DP (request type "Ny avsender via systemleverandør"); returns its key. */
    async request(business: string): Promise<string> {
      const created = await e2e.call('POST', '/rest/servicedeskapi/request', {
        as: OLA,
        body: {
          serviceDeskId: '4',
          requestTypeId: '41',
          requestFieldValues: {
            summary: `Ny avsender via integrert system: ${business}`,
            description: `Virksomhet: ${business}\nIntegrert system: HR Vendor Lønn`,
          },
        },
      });
      if (created.status !== 201) throw new Error(`request: ${created.status} ${JSON.stringify(created.body)}`);
      await e2e.control('/local/settle');
      return (created.body as { issueKey: string }).issueKey;
    },
    async comments(key: string) {
      const page = await e2e.get<{ comments: { body: unknown; jsdPublic?: boolean; author: { accountId: string } }[] }>(
        `/rest/api/3/issue/${key}/comment?maxResults=100`,
        'nils@digipost.example',
      );
      return page.comments.map((c) => ({ ...c, text: adfText(c.body), mentioned: mentions(c.body) }));
    },
    async publicMessages(key: string) {
      const outbox = await e2e.get<{ messages: { kind: string; issueKey: string; text: string; to: string }[] }>(
        '/local/outbox',
      );
      return outbox.messages.filter((m) => m.kind === 'public-comment' && m.issueKey === key);
    },
    async property(key: string) {
      const r = await e2e.get<{ value: { attention: string; attentionCodes: string[]; stage: string } }>(
        `/rest/api/3/issue/${key}/properties/onboarding-run`,
        'nils@digipost.example',
      );
      return r.value;
    },
  };
}
