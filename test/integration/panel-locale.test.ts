// The panel shows S4's texts in the viewer's language (the resolver context's locale), while the comments on the
// ticket stay Norwegian (the playbook's language) for everybody.
import type { RunView } from '../../src/shared/contracts';
import { inProcessStack, type InProcess } from './stack';

const NILS = '712020:nils-digipost'; // the Digipost onboarding person (may browse DP)
const OLA = 'qm:customer:ola-hrvendor'; // the vendor's contact

let p: InProcess;
let key: string;

beforeEach(async () => {
  p = await inProcessStack();
  const created = await p.rest('POST', '/rest/servicedeskapi/request', OLA, {
    serviceDeskId: '4',
    requestTypeId: '41',
    requestFieldValues: {
      summary: 'Ny avsender via integrert system: Fjordkraft AS',
      description: 'Virksomhet: Fjordkraft AS\nIntegrert system: HR Vendor Lønn',
    },
  });
  if (created.status !== 201) throw new Error(`request: ${created.status} ${JSON.stringify(created.body)}`);
  key = (created.body as { issueKey: string }).issueKey;
});
afterEach(() => p.stack.stop());

async function view(locale?: string): Promise<RunView> {
  const r = (await p.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: key } },
    context: { accountId: NILS, ...(locale === undefined ? {} : { locale }) },
  })) as { ok: boolean; data: RunView };
  if (!r.ok || !r.data) throw new Error(`getRun: ${JSON.stringify(r)}`);
  return r.data;
}

const names = (v: RunView): Record<string, string | undefined> =>
  Object.fromEntries(v.steps.map((s) => [s.id, s.name]));

async function toLaunchReview(): Promise<void> {
  const act = (requestId: string, payload: Record<string, unknown>) =>
    p.stack.runtime.invoke('panel-resolver', {
      call: { functionKey: 'act', payload: { issueKey: key, requestId, ...payload } },
      context: { accountId: NILS },
    });
  await act('r1', { action: 'completeStep', stepId: 'agreement-signed', note: 'Signert avtale i arkivet' });
  await p.stack.runtime.settle();
}

describe('S4 panel in the viewer’s locale', () => {
  it('en-GB: English step names; no-NO: Norwegian', async () => {
    const en = names(await view('en-GB'));
    expect(en).toMatchObject({
      'request-received': 'Request received from the system vendor',
      'agreement-signed': 'Signed user agreement recorded',
      launch: 'The service is launched',
    });
    const nb = names(await view('no-NO'));
    expect(nb).toMatchObject({
      'request-received': 'Forespørsel mottatt fra systemleverandør',
      'agreement-signed': 'Signert brukeravtale registrert',
      launch: 'Tjenesten lanseres',
    });
    // Jira's nb_NO, nn-NO and no_NO are Norwegian as well.
    expect(names(await view('nb_NO'))['launch']).toBe('Tjenesten lanseres');
  });

  it('without a locale the panel uses the playbook’s language (nb)', async () => {
    expect(names(await view())['launch']).toBe('Tjenesten lanseres');
  });

  it('the decision question and its options follow the locale; the comment on the ticket stays Norwegian', async () => {
    await toLaunchReview();
    const decisionIn = async (locale: string) => (await view(locale)).steps.find((s) => s.id === 'launch-review');
    const en = await decisionIn('en-US');
    expect(en?.status).toBe('active');
    expect(en?.question).toBe(
      'Does Fjordkraft AS need a launch plan (including recruiting recipients), or is it rolled out directly?',
    );
    expect(en?.options).toEqual([
      { value: 'needed', label: 'Needs a launch plan' },
      { value: 'direct', label: 'Rolled out directly' },
    ]);
    const nb = await decisionIn('no-NO');
    expect(nb?.question).toContain('Trenger Fjordkraft AS en lanseringsplan');
    expect(nb?.options?.map((o) => o.label)).toEqual(['Trenger lanseringsplan', 'Rulles på direkte']);

    const page = await p.rest('GET', `/rest/api/3/issue/${key}/comment`, NILS);
    const text = JSON.stringify(page.body);
    expect(text).toContain('Ny avsender via integrert system');
    expect(text).not.toContain('New sender through an integrated system');
  });
});
