// The Slack webhook: set, tested, replaced, cleared. The URL is a KVS secret and never comes back in full from any
// admin resolver, nor reaches a log.
import type { AdminInput, AdminResolverName } from '../../src/shared/admin-contracts';
import { ADMIN_RESOLVER_NAMES } from '../../src/shared/admin-contracts';
import { BOB, EVERBRIGHT, s1Body, useAdminStack } from './admin-harness';

const s = useAdminStack();
const SECRET_PART = 'T0ADMIN/B0ADMIN/verysecretpathXYZW';
const URL = `https://hooks.slack.com/services/${SECRET_PART}`;

/** A sensible call of every admin resolver (the type makes a new resolver name fail to compile here). */
const everyCall: { [K in AdminResolverName]: AdminInput<K> } = {
  listPlaybooks: {},
  listTemplates: {},
  getPlaybook: { id: EVERBRIGHT },
  validatePlaybook: { yaml: 'id: x' },
  savePlaybook: { yaml: 'id: x', expectedVersion: null },
  listVersions: { id: EVERBRIGHT },
  diffVersions: { id: EVERBRIGHT, from: 1, to: 1 },
  rollback: { id: EVERBRIGHT, toVersion: 1, expectedVersion: 1 },
  setEnabled: { id: EVERBRIGHT, enabled: true },
  createFromTemplate: { templateId: EVERBRIGHT, newId: 'copy' },
  exportYaml: { id: EVERBRIGHT },
  importYaml: { yaml: 'id: x' },
  previewMigration: { id: EVERBRIGHT },
  migrateRuns: { id: EVERBRIGHT, toVersion: 1, issueKeys: ['SS-1'] },
  dryRun: { issueKey: 'SS-1' },
  getDirectory: {},
  saveDirectory: { directory: { people: {}, tables: {} } },
  searchUsers: { query: 'da' },
  getRegistry: {},
  saveRegistry: { services: [] },
  getSlackStatus: {},
  setSlackWebhook: { url: URL },
  testSlackWebhook: {},
  clearSlackWebhook: {},
  getInsight: {},
  insightCsv: {},
  getSlack: {},
  setPlaybookEnabled: { id: EVERBRIGHT, enabled: true },
};

test('set, test and clear: the answers carry the last 4 characters only', async () => {
  const set = await s.ok('setSlackWebhook', { url: URL });
  expect(set).toEqual(
    expect.objectContaining({
      configured: true,
      last4: 'XYZW',
      setBy: expect.objectContaining({ accountId: '712020:site-admin' }) as unknown,
    }),
  );
  expect(await s.ok('testSlackWebhook', {})).toEqual({ sent: true });
  expect(s.p.stack.slack.messages.map((m) => m.text)).toEqual([expect.stringContaining('a test message') as unknown]);

  s.p.stack.slack.down = true;
  const rejected = await s.call('testSlackWebhook', {});
  expect(rejected).toEqual({ ok: false, error: expect.objectContaining({ code: 'SLACK_REJECTED' }) as unknown });
  expect(JSON.stringify(rejected)).not.toContain(SECRET_PART);

  const bad = await s.call('setSlackWebhook', { url: 'https://example.com/hook' });
  expect(bad).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_REQUEST' }) as unknown });
  expect((await s.ok('getSlackStatus', {})).last4).toBe('XYZW');

  expect(await s.ok('clearSlackWebhook', {})).toEqual({ configured: false });
  expect(await s.ok('getSlackStatus', {})).toEqual({ configured: false });
  expect(await s.call('testSlackWebhook', {})).toEqual({
    ok: false,
    error: expect.objectContaining({ code: 'NOT_FOUND' }) as unknown,
  });
});

test('no admin resolver answers the URL, no log line holds it, and KVS keeps it among secrets only', async () => {
  const logged: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    }),
  );
  try {
    await s.ok('setSlackWebhook', { url: URL });
    await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('SunPower Installers'));
    s.p.stack.slack.down = true;
    const names = ADMIN_RESOLVER_NAMES.filter((n) => n !== 'setSlackWebhook' && n !== 'clearSlackWebhook');
    expect(names.length + 2).toBe(Object.keys(everyCall).length);
    for (const name of [...names, 'setSlackWebhook' as const]) {
      const answer = await s.call(name, everyCall[name]);
      expect({ name, text: JSON.stringify(answer) }).not.toEqual({
        name,
        text: expect.stringContaining(SECRET_PART) as unknown,
      });
    }
    const dump = s.p.stack.runtime.kvsDump();
    for (const [ns, space] of Object.entries(dump))
      expect({ ns, holds: JSON.stringify(space).includes(SECRET_PART) }).toEqual({ ns, holds: ns === 'secret' });
    const runtimeLog = JSON.stringify(s.p.stack.runtime.log());
    expect(runtimeLog).not.toContain(SECRET_PART);
    expect(logged.filter((l) => l.includes(SECRET_PART))).toEqual([]);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
});
