// S4 (Digipost, Norwegian) in real chromium: the verification's two parties in nb-NO; Kari (sales) is refused
// Digipost's sign-off in plain Norwegian, records the vendor's with evidence; Nils signs Digipost's and the launch
// message reaches the vendor on the Jira ticket.
import { launch, openIssue, screenshot, serve, type Browser, type Served, type SiteComment } from './harness';

const KARI = '712020:kari-digipost';
const NILS = '712020:nils-digipost';
let s: Served;
let b: Browser;
let key = '';
let n = 0;
const act = async (as: string, payload: Record<string, unknown>) => {
  const r = (await s.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'act', payload: { issueKey: key, requestId: `s4-${++n}`, ...payload } },
    context: { accountId: as },
  })) as { ok: boolean };
  await s.control('settle');
  if (!r.ok) throw new Error(`${JSON.stringify(payload)} answered ${JSON.stringify(r)}`);
};
const comments = async (): Promise<SiteComment[]> => {
  const r = await s.rest('GET', `/rest/api/3/issue/${key}/comment`, 'nils@digipost.example');
  return (r.body as { comments: SiteComment[] }).comments;
};
const status = async (id: string): Promise<string | undefined> => {
  const r = (await s.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: key } },
    context: { accountId: NILS },
  })) as { data: { steps: { id: string; status: string }[] } };
  return r.data.steps.find((x) => x.id === id)?.status;
};

beforeAll(async () => {
  b = await launch();
  s = await serve();
  const created = await s.rest('POST', '/rest/servicedeskapi/request', 'ola@hrvendor.example', {
    serviceDeskId: '4',
    requestTypeId: '41',
    requestFieldValues: {
      summary: 'Ny avsender via integrert system: Fjordkraft Eiendom AS',
      description: 'Virksomhet: Fjordkraft Eiendom AS\nIntegrert system: HR Vendor Lønn',
    },
  });
  if (created.status !== 201) throw new Error(`DP request: ${created.status}`);
  key = (created.body as { issueKey: string }).issueKey;
  await s.control('settle');
  await act(KARI, { action: 'completeStep', stepId: 'agreement-signed', note: 'Signert avtale på salg@digipost.no' });
  await act(NILS, { action: 'decide', stepId: 'launch-review', value: 'direct' });
  await act(NILS, { action: 'completeStep', stepId: 'configuration' });
});
afterAll(async () => {
  await s.close();
  await b.close();
});

test('S4 in Norwegian: a refused sign-off said plainly, the vendor recorded with evidence, Digipost by Nils', async () => {
  const kari = await openIssue(b, s, key, { as: 'kari@digipost.example', locale: 'nb-NO' });
  const card = kari.panel.getByTestId('act-verification');
  await card.getByTestId('party-digipost').getByText('Kan aldri frafalles.').waitFor();
  expect(await card.getByRole('button', { name: /^Frafall/ }).count()).toBe(0);
  await card.getByRole('button', { name: 'Godkjenn for Digipost' }).click();
  await card
    .getByRole('alert')
    .getByText(/Du kan ikke godkjenne for denne parten/)
    .waitFor();
  await card.getByRole('button', { name: 'Godkjenn for Systemleverandør' }).click();
  await card
    .getByRole('alert')
    .getByText(/krever et notat om dokumentasjonen/)
    .waitFor();
  await screenshot(kari.page, 's4-refused-nb');
  await card.getByLabel(/Notat, dokumentasjon eller begrunnelse/).fill('Ola bekreftet på telefon 25.11');
  await card.getByRole('button', { name: 'Godkjenn for Systemleverandør' }).click();
  await card
    .getByTestId('party-vendor')
    .getByText(/Godkjent av Kari Nordmann .*registrert av en saksbehandler/)
    .waitFor();
  expect(await status('verification')).toBe('active');
  await kari.page.close();

  const before = (await comments()).length;
  const nils = await openIssue(b, s, key, { as: 'nils@digipost.example', locale: 'nb-NO' });
  const verification = nils.panel.getByTestId('act-verification');
  await verification.getByRole('button', { name: 'Godkjenn for Digipost' }).click();
  // Done: the step leaves the steps to act on.
  await verification.waitFor({ state: 'detached' });
  await s.control('settle');
  expect(await status('verification')).toBe('done');
  expect(await status('launch')).toBe('done');
  const launched = (await comments()).slice(before).filter((c) => c.jsdPublic !== false);
  expect(JSON.stringify(launched.map((c) => c.body))).toContain('full skala');
  await screenshot(nils.page, 's4-signed-nb');
}, 90_000);
