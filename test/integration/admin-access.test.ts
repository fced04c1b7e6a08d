// Every admin resolver refuses anyone but a Jira admin, before it reads its input or changes anything.
import { ADMIN_RESOLVER_NAMES } from '../../src/shared/admin-contracts';
import { loadPlaybookHead } from '../../src/storage/playbook-versions';
import { AGENT, EVERBRIGHT, useAdminStack } from './admin-harness';

const s = useAdminStack();

test('every admin resolver answers NOT_ADMIN to an agent and to a call without a user', async () => {
  expect(ADMIN_RESOLVER_NAMES.length).toBeGreaterThanOrEqual(26);
  for (const name of ADMIN_RESOLVER_NAMES) {
    const asAgent = await s.call(name, {}, AGENT);
    expect({ name, answer: asAgent }).toEqual({
      name,
      answer: { ok: false, error: expect.objectContaining({ code: 'NOT_ADMIN' }) as unknown },
    });
    const anonymous = (await s.p.stack.runtime.invoke('admin-resolver', {
      call: { functionKey: name, payload: {} },
      context: {},
    })) as { ok: boolean; error?: { code: string } };
    expect({ name, code: anonymous.error?.code }).toEqual({ name, code: 'NOT_ADMIN' });
  }
});

test('a refused change changes nothing; the same change as the admin is made', async () => {
  const refused = await s.call('setEnabled', { id: EVERBRIGHT, enabled: false }, AGENT);
  expect(refused.ok).toBe(false);
  expect((await loadPlaybookHead(EVERBRIGHT))?.enabled).toBe(true);
  const webhook = await s.call('clearSlackWebhook', {}, AGENT);
  expect(webhook.ok).toBe(false);
  expect((await s.ok('getSlackStatus', {})).configured).toBe(true);
  await s.ok('setEnabled', { id: EVERBRIGHT, enabled: false });
  expect((await loadPlaybookHead(EVERBRIGHT))?.enabled).toBe(false);
});

test('an admin with a bad input gets INVALID_REQUEST; an unknown playbook NOT_FOUND', async () => {
  const bad = await s.call('getPlaybook', { id: 'Not An Id' });
  expect(bad).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_REQUEST' }) as unknown });
  const missing = await s.call('getPlaybook', { id: 'no-such-playbook' });
  expect(missing).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) as unknown });
});
