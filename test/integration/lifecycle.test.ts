// Installing the app saves the built-in playbooks disabled: an admin sees them and no ticket starts a run until one is
// enabled; an upgrade adds nothing over what an admin saved.
import { loadBuiltinPlaybooks } from '../../src/domain/playbook';
import { handleLifecycle } from '../../src/index';
import { loadCurrentPlaybooks, loadRunRecord, setPlaybookEnabled } from '../../src/storage';
import { inProcessStack, S1_BODY, type InProcess } from './stack';

const BOB = 'bob@sunpower-installers.example';
const INSTALLED = { id: 'install-1', installerAccountId: 'qm:admin', app: { id: 'ari:app', version: '1.0.0' } };
let p: InProcess;

async function commentTexts(key: string): Promise<string[]> {
  const r = await p.rest('GET', `/rest/api/3/issue/${key}/comment`, '712020:priya-agent');
  return (r.body as { comments: { body: unknown }[] }).comments.map((c) => JSON.stringify(c.body));
}

beforeEach(async () => {
  p = await inProcessStack();
  p.stack.runtime.reset(); // storage as on a site the app was just installed on
});
afterEach(() => p.stack.stop());

test('install: every built-in is saved, disabled, and an onboarding email starts no run', async () => {
  const { seeded } = await handleLifecycle(INSTALLED);
  const builtinIds = loadBuiltinPlaybooks().map((b) => b.id);
  expect([...seeded].sort()).toEqual([...builtinIds].sort());
  const current = await loadCurrentPlaybooks();
  expect(current.map((pb) => [pb.id, pb.enabled]).sort()).toEqual(builtinIds.map((id) => [id, false]).sort());

  const key = await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  expect(await loadRunRecord(key)).toBeUndefined();
  expect(await commentTexts(key)).toEqual([]);

  // Enabled, it takes the next email, and says what an admin must still fill in before it can go on.
  await setPlaybookEnabled('everbright-partner-onboarding', true);
  const next = await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
  const [said] = await commentTexts(next);
  expect(said).toContain('EverBright partner onboarding cannot go on: the people directory does not say who');
});

test('upgrade: saved playbooks keep their state; nothing is seeded twice', async () => {
  await handleLifecycle(INSTALLED);
  await setPlaybookEnabled('everbright-partner-onboarding', true);
  const { seeded } = await handleLifecycle({ id: 'install-1', app: { id: 'ari:app', version: '1.1.0' } });
  expect(seeded).toEqual([]);
  const everbright = (await loadCurrentPlaybooks()).find((pb) => pb.id === 'everbright-partner-onboarding');
  expect(everbright?.enabled).toBe(true);
});
