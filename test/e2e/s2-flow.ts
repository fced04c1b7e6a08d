// S2 (SEP) helpers over the local site's HTTP surface: Sara raises requests through the JSM API, the SEP people act
// through the REST API and the panel's resolver (as the page sends it), the clock moves through the control surface.
import type { RunView, TraceBatch } from '../../src/shared/contracts';
import { FIELDS } from '../../local/site/seed';
import { adfText, mentions, type E2E } from './stack-harness';

export const SARA = 'sara@northfield-council.example';
export const IDS = {
  sara: 'qm:customer:sara-northfield',
  ewan: '712020:ewan-sep',
  kim: '712020:kim-eprs',
  cara: '712020:cara-cms',
  app: '557058:onboarding-playbooks-app',
} as const;
export const EWAN = 'ewan@sep.example';
const ADMIN = '712020:site-admin';

export const REQUEST_TYPES = { onboard: '21', add: '22', edit: '23', offboard: '24' } as const;
export { FIELDS };

export interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; reason?: string; message: string };
}

export interface SepComment {
  author: { accountId: string };
  jsdPublic?: boolean;
  text: string;
  mentioned: string[];
}

export interface SepIssue {
  key: string;
  fields: Record<string, unknown> & {
    summary: string;
    status: { name: string };
    resolution: { name: string } | null;
    reporter: { accountId: string } | null;
    issuelinks?: { type: { name: string }; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[];
  };
}

export function sepSite(e2e: E2E) {
  let requests = 0;
  const settle = () => e2e.control('/local/settle');
  const invoke = async (accountId: string, functionKey: string, payload: unknown): Promise<Answer> => {
    const r = await e2e.stack.runtime.invoke('panel-resolver', {
      call: { functionKey, payload },
      context: { accountId },
    });
    await settle();
    return r as Answer;
  };
  const view = async (key: string): Promise<RunView | null> =>
    ((await invoke(IDS.ewan, 'getRun', { issueKey: key })).data as RunView | null | undefined) ?? null;
  return {
    act: (as: string, payload: Record<string, unknown>) =>
      invoke(as, 'act', { requestId: `s2-${++requests}`, ...payload }),
    view,
    /** Skipped because its condition did not hold: the stored trace says so (the panel's step view does not). */
    async skipped(key: string, id: string): Promise<boolean> {
      const batches = (await invoke(IDS.ewan, 'getTrace', { issueKey: key })).data as TraceBatch[];
      const noted = batches.some((b) => b.lines.some((l) => l.code === 'step.skipped' && l.stepId === id));
      return noted && (await view(key))?.steps.find((s) => s.id === id)?.status === 'done';
    },
    status: async (key: string, id: string) => (await view(key))?.steps.find((s) => s.id === id)?.status,
    /** How many times a run started on the ticket, from its stored trace (a second start would be a second run). */
    async runStarts(key: string): Promise<number> {
      const batches = (await invoke(IDS.ewan, 'getTrace', { issueKey: key })).data as TraceBatch[] | undefined;
      return (batches ?? []).flatMap((b) => b.lines).filter((l) => l.code === 'run.started').length;
    },
    /** Sara raises a request of the SEP desk (service desk 2) through the JSM API; returns its key. */
    async request(type: keyof typeof REQUEST_TYPES, summary: string, description: string, fields = {}) {
      const created = await e2e.call('POST', '/rest/servicedeskapi/request', {
        as: SARA,
        body: {
          serviceDeskId: '2',
          requestTypeId: REQUEST_TYPES[type],
          requestFieldValues: { summary, description, [FIELDS.organizations]: ['3'], ...fields },
        },
      });
      if (created.status !== 201) throw new Error(`request: ${created.status} ${JSON.stringify(created.body)}`);
      await settle();
      return (created.body as { issueKey: string }).issueKey;
    },
    issue: (key: string) => e2e.get<SepIssue>(`/rest/api/3/issue/${key}`, EWAN),
    /** An agent edits fields through the REST API, as Jira's issue view would. */
    async edit(key: string, fields: Record<string, unknown>, as = EWAN) {
      const r = await e2e.call('PUT', `/rest/api/3/issue/${key}`, { as, body: { fields } });
      if (r.status !== 204) throw new Error(`edit ${key}: ${r.status} ${JSON.stringify(r.body)}`);
      await settle();
    },
    async comments(key: string): Promise<SepComment[]> {
      const page = await e2e.get<{ comments: { body: unknown; jsdPublic?: boolean; author: { accountId: string } }[] }>(
        `/rest/api/3/issue/${key}/comment?maxResults=100`,
        EWAN,
      );
      return page.comments.map((c) => ({ ...c, text: adfText(c.body), mentioned: mentions(c.body) }));
    },
    async appComments(key: string): Promise<SepComment[]> {
      return (await this.comments(key)).filter((c) => c.author.accountId === IDS.app);
    },
    /** Customer-facing messages the site sent for a ticket (public comments reaching the reporter). */
    async outbox(key: string) {
      const all = await e2e.get<{ messages: { kind: string; issueKey: string; text: string; to: string }[] }>(
        '/local/outbox',
      );
      return all.messages.filter((m) => m.kind === 'public-comment' && m.issueKey === key);
    },
    /** The app's registry of partners' services, as the admin page reads it. */
    async registry(): Promise<{ partner: string; service: string; shared: boolean }[]> {
      const r = await e2e.stack.runtime.invoke('admin-resolver', {
        call: { functionKey: 'getRegistry', payload: {} },
        context: { accountId: ADMIN },
      });
      const answer = r as { ok: boolean; data?: { services: { partner: string; service: string; shared: boolean }[] } };
      if (!answer.ok || !answer.data) throw new Error(`getRegistry: ${JSON.stringify(r)}`);
      return answer.data.services;
    },
    async advance(duration: string) {
      await e2e.control('/local/clock', { advance: duration });
      await settle();
    },
  };
}
