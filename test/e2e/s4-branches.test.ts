// S4's other branches over HTTP: the configuration SLA breached, a mandatory sign-off missing blocks the launch,
// the vendor's sign-off recorded by an agent with evidence, Digipost's refused to anyone but the Digipost person.
import { advance } from './s1-flow';
import { APP, digipost, KARI, NILS } from './s4-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
let dp: ReturnType<typeof digipost>;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
  dp = digipost(e2e);
});
afterEach(() => e2e.close());

/** A request through the gate and the launch review (straight on): configuration is running. */
async function configuring(business: string): Promise<string> {
  const key = await dp.request(business);
  const note = 'Signert avtale mottatt på salg@digipost.no';
  expect((await dp.act(KARI, { issueKey: key, action: 'completeStep', stepId: 'agreement-signed', note })).ok).toBe(
    true,
  );
  expect((await dp.act(NILS, { issueKey: key, action: 'decide', stepId: 'launch-review', value: 'direct' })).ok).toBe(
    true,
  );
  expect(await dp.status(key, 'configuration')).toBe('active');
  return key;
}

async function verifying(business: string): Promise<string> {
  const key = await configuring(business);
  expect((await dp.act(NILS, { issueKey: key, action: 'completeStep', stepId: 'configuration' })).ok).toBe(true);
  expect(await dp.status(key, 'verification')).toBe('active');
  return key;
}

test('configuration not done within 2 business days: an internal comment tells Nils, the run needs attention', async () => {
  const key = await configuring('Fjordkraft Eiendom AS');
  await advance(e2e, 'P1D');
  expect((await dp.property(key)).attention).toBe('no');
  expect((await dp.comments(key)).filter((c) => c.text.includes('fristen'))).toEqual([]);
  await advance(e2e, 'P2D');
  const breach = (await dp.comments(key)).filter((c) => c.author.accountId === APP && c.text.includes('fristen'));
  expect(breach).toHaveLength(1);
  expect(breach[0]?.mentioned).toEqual([NILS]);
  expect(breach[0]?.jsdPublic).toBe(false);
  expect(breach[0]?.text).toContain('Fjordkraft Eiendom AS');
  expect((await dp.property(key)).attention).toBe('yes');
  const configuration = (await dp.view(key)).steps.find((s) => s.id === 'configuration');
  // Due Wednesday 09:00: two business days from Monday 09:00 on the Oslo calendar.
  expect(configuration?.sla).toEqual(
    expect.objectContaining({ state: 'breached', dueAt: '2026-03-04T09:00:00.000Z' }) as unknown,
  );
  expect(configuration?.overdue).toBe(true); // the panel shows the breach as overdue, not only in the SLA lozenge
  // Late is still done: completing it moves the run on to verification.
  expect((await dp.act(NILS, { issueKey: key, action: 'completeStep', stepId: 'configuration' })).ok).toBe(true);
  expect(await dp.status(key, 'verification')).toBe('active');
  expect(await dp.publicMessages(key)).toEqual([]);
});

test("Digipost's sign-off alone does not launch; neither sign-off may be waived; no customer message", async () => {
  const key = await verifying('Bergen Bygg AS');
  expect((await dp.act(NILS, { issueKey: key, action: 'signOff', stepId: 'verification', party: 'digipost' })).ok).toBe(
    true,
  );
  expect(await dp.status(key, 'verification')).toBe('active');
  expect(await dp.status(key, 'launch')).not.toBe('done');
  const waive = await dp.act(NILS, {
    issueKey: key,
    action: 'waive',
    stepId: 'verification',
    party: 'vendor',
    note: 'Leverandøren svarer ikke',
  });
  expect(waive.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'signoff.not-waivable' }));
  expect(await dp.status(key, 'launch')).not.toBe('done');
  await advance(e2e, 'P7D');
  expect(await dp.status(key, 'launch')).not.toBe('done');
  expect(await dp.publicMessages(key)).toEqual([]);
});

test("an agent records the vendor's sign-off only with evidence; with Digipost's the service launches", async () => {
  const key = await verifying('Tromsø Regnskap AS');
  const bare = await dp.act(NILS, { issueKey: key, action: 'signOff', stepId: 'verification', party: 'vendor' });
  expect(bare.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'signoff.evidence-missing' }));
  const recorded = await dp.act(KARI, {
    issueKey: key,
    action: 'signOff',
    stepId: 'verification',
    party: 'vendor',
    note: 'E-post fra Ola 25.11: oppsettet er testet og verifisert',
  });
  expect(recorded.ok).toBe(true);
  expect(await dp.status(key, 'verification')).toBe('active');
  // Kari works for Digipost but is not the onboarding person: Digipost's sign-off is refused, the run unchanged.
  const seen = await dp.view(key);
  const refused = await dp.act(KARI, { issueKey: key, action: 'signOff', stepId: 'verification', party: 'digipost' });
  expect(refused.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'signoff.not-allowed' }));
  expect(await dp.view(key)).toEqual(seen);
  expect((await dp.act(NILS, { issueKey: key, action: 'signOff', stepId: 'verification', party: 'digipost' })).ok).toBe(
    true,
  );
  expect(await dp.status(key, 'launch')).toBe('done');
  const messages = await dp.publicMessages(key);
  expect(messages).toHaveLength(1);
  expect(messages[0]?.to).toBe('ola@hrvendor.example');
  expect(messages[0]?.text).toContain('Tromsø Regnskap AS');
});
