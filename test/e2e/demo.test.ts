// The demo site with the app (POST /local/reset {"demo": true}): each scenario's tickets show the stage
// docs/LOCAL_SITE.md promises once the app has run its playbooks on them.
import { appComments, issue } from './s1-flow';
import { panelClient } from './panel-client';
import { digipost, KARI } from './s4-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset', { demo: true });
});
afterAll(() => e2e.close());

const run = async (key: string) => {
  const r = await e2e.call('GET', `/rest/api/3/issue/${key}/properties/onboarding-run`, {
    as: 'admin@goeverbright.com',
  });
  if (r.status !== 200) return null;
  const value = (r.body as { value: { playbook: string; attention: string } }).value;
  // The stage is the stored run's (the panel's), not the issue property's.
  return { ...value, stage: (await panelClient(e2e, '712020:site-admin').view(key))?.stage };
};

test('S1: SS-1 waits for approval, SS-2 is complete, SS-3 needs attention for its intake', async () => {
  expect(await run('SS-1')).toEqual(expect.objectContaining({ stage: 'go-live-approval', attention: 'no' }) as unknown);
  expect((await issue(e2e, 'SS-2')).fields.status.name).toBe('Resolved');
  expect(await run('SS-3')).toEqual(expect.objectContaining({ stage: 'intake', attention: 'yes' }) as unknown);
  expect((await appComments(e2e, 'SS-3'))[0]?.text).toContain('Contractor Installer contact email');
});

test('S4: DP-1 and DP-2 run the Digipost playbook at the gate; DP-3 (not through a vendor) starts nothing', async () => {
  for (const key of ['DP-1', 'DP-2'])
    expect(await run(key)).toEqual(
      expect.objectContaining({
        playbook: 'digipost-sender-onboarding',
        stage: 'agreement-signed',
        attention: 'no',
      }) as unknown,
    );
  const asked = (await digipost(e2e).comments('DP-1')).find((c) => c.mentioned.includes(KARI));
  expect(asked?.text).toContain('Fjordkraft Eiendom AS');
  expect(asked?.jsdPublic).toBe(false);
  expect(await run('DP-3')).toBeNull();
});
