// S4 (Digipost sender via a system vendor) over the local site's HTTP surface; panel actions through the resolver.
import type { RunView } from '../../src/shared/contracts';
import { adfText, startStack, type E2E } from './stack-harness';

const KARI = '712020:kari-digipost'; // Digipost sales: records the gate; not the Digipost onboarding role
const NILS = '712020:nils-digipost'; // the Digipost onboarding person
const OLA = 'ola@hrvendor.example';

let e2e: E2E;
let requests = 0;
beforeAll(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterAll(() => e2e.close());

const invoke = async (resolver: string, accountId: string, functionKey: string, payload: unknown) => {
  const r = await e2e.stack.runtime.invoke(resolver, { call: { functionKey, payload }, context: { accountId } });
  await e2e.control('/local/settle');
  return r as { ok: boolean; data?: unknown; error?: { code: string; reason?: string; message: string } };
};
const act = (as: string, payload: Record<string, unknown>) =>
  invoke('panel-resolver', as, 'act', { requestId: `r${++requests}`, ...payload });
const view = async (key: string) => (await invoke('panel-resolver', NILS, 'getRun', { issueKey: key })).data as RunView;
const status = async (key: string, id: string) => (await view(key)).steps.find((s) => s.id === id)?.status;

interface Comment {
  body: unknown;
  jsdPublic?: boolean;
  author: { accountId: string };
}
const comments = async (key: string) =>
  (await e2e.get<{ comments: Comment[] }>(`/rest/api/3/issue/${key}/comment`, 'nils@digipost.example')).comments;
const publicMessages = async (key: string) =>
  (await e2e.get<{ messages: { kind: string; issueKey: string; text: string }[] }>('/local/outbox')).messages.filter(
    (m) => m.kind === 'public-comment' && m.issueKey === key,
  );

test('S4: gate with evidence, launch review, configuration, both sign-offs, one public message at launch', async () => {
  const created = await e2e.call('POST', '/rest/servicedeskapi/request', {
    as: OLA,
    body: {
      serviceDeskId: '4',
      requestTypeId: '41',
      requestFieldValues: {
        summary: 'Ny avsender via integrert system: Fjordkraft Eiendom AS',
        description: 'Virksomhet: Fjordkraft Eiendom AS\nIntegrert system: HR Vendor Lønn',
      },
    },
  });
  expect(created.status).toBe(201);
  const key = (created.body as { issueKey: string }).issueKey;
  await e2e.control('/local/settle');
  const before = await publicMessages(key);

  // The vendor's request on DP matches the built-in playbook: the run starts by itself, waiting at the gate.
  expect(await status(key, 'agreement-signed')).toBe('active');

  // The gate: evidence is required; Kari records it with a note.
  const bare = await act(KARI, { issueKey: key, action: 'completeStep', stepId: 'agreement-signed' });
  expect(bare.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'task.evidence-missing' }));
  const gate = await act(KARI, {
    issueKey: key,
    action: 'completeStep',
    stepId: 'agreement-signed',
    note: 'Signert avtale mottatt på salg@digipost.no',
  });
  expect(gate.ok).toBe(true);
  expect(await status(key, 'agreement-signed')).toBe('done');

  expect((await act(NILS, { issueKey: key, action: 'decide', stepId: 'launch-review', value: 'direct' })).ok).toBe(
    true,
  );
  expect(await status(key, 'launch-plan')).not.toBe('active');
  expect((await act(NILS, { issueKey: key, action: 'completeStep', stepId: 'configuration' })).ok).toBe(true);
  expect(await status(key, 'verification')).toBe('active');

  // The vendor signs off by their own comment on the request.
  const c = await e2e.call('POST', `/rest/servicedeskapi/request/${key}/comment`, {
    as: OLA,
    body: { body: 'Oppsettet er verifisert fra vår side.', public: true },
  });
  expect(c.status).toBe(201);
  await e2e.control('/local/settle');
  const vendorSigned = (await view(key)).steps.find((s) => s.id === 'verification');
  expect(vendorSigned?.status).toBe('active');

  // Kari is a Digipost agent but not the onboarding person: refused, run unchanged.
  const seen = await view(key);
  const refused = await act(KARI, { issueKey: key, action: 'signOff', stepId: 'verification', party: 'digipost' });
  expect(refused).toEqual({
    ok: false,
    error: expect.objectContaining({ code: 'REFUSED', reason: 'signoff.not-allowed' }) as unknown,
  });
  expect(await view(key)).toEqual(seen);

  expect((await act(NILS, { issueKey: key, action: 'signOff', stepId: 'verification', party: 'digipost' })).ok).toBe(
    true,
  );
  expect(await status(key, 'verification')).toBe('done');
  expect(await status(key, 'launch')).toBe('done');

  const launched = (await publicMessages(key)).slice(before.length);
  expect(launched).toHaveLength(1);
  expect(launched[0]?.text).toContain('full skala');
  const app = (await comments(key)).filter((x) => x.author.accountId !== OLA && !x.author.accountId.startsWith('qm:'));
  const publicByApp = app.filter((x) => x.jsdPublic !== false);
  expect(publicByApp.map((x) => adfText(x.body))).toEqual([expect.stringContaining('full skala')]);
});
