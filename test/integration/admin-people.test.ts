// The people directory, the user picker's search and S2's registry, as the admin page edits them.
import { loadRegistries, saveRegistries } from '../../src/storage/registries';
import { ADMIN, useAdminStack } from './admin-harness';

const s = useAdminStack();

test('user search finds people by name or email as the admin sees them, never apps', async () => {
  const found = await s.ok('searchUsers', { query: 'dav' });
  expect(found).toEqual([
    expect.objectContaining({
      accountId: '712020:david-ellis',
      displayName: 'David Ellis',
      email: 'david.ellis@goeverbright.com',
    }),
  ]);
  expect(await s.ok('searchUsers', { query: 'Onboarding Playbooks' })).toEqual([]);
  const blank = await s.call('searchUsers', { query: '  ' });
  expect(blank).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_REQUEST' }) as unknown });
});

test('the directory: a person picked from the search becomes the default account manager; dangling keys are refused', async () => {
  const directory = await s.ok('getDirectory', {});
  expect(directory.tables['everbright.account-managers']?.default).toBe('am.maria');
  const [alex] = await s.ok('searchUsers', { query: 'Alex' });
  if (!alex) throw new Error('Alex Admin is not found');
  expect(alex.accountId).toBe(ADMIN);
  const table = directory.tables['everbright.account-managers'] ?? { entries: {} };
  const next = {
    people: {
      ...directory.people,
      'am.alex': { accountId: alex.accountId, displayName: alex.displayName, slackMemberId: 'U0ALEXADM' },
    },
    tables: { ...directory.tables, 'everbright.account-managers': { ...table, default: 'am.alex' } },
  };
  expect(await s.ok('saveDirectory', { directory: next })).toEqual({ saved: true });
  expect((await s.ok('getDirectory', {})).tables['everbright.account-managers']?.default).toBe('am.alex');

  const dangling = { ...next, tables: { t: { entries: { 'Some Org': 'nobody' } } } };
  const refused = await s.call('saveDirectory', { directory: dangling });
  expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_REQUEST' }) as unknown });
  if (!refused.ok) expect(refused.error.message).toContain("'nobody'");
  const badSlack = { ...next, people: { x: { accountId: 'a', displayName: 'X', slackMemberId: 'not-an-id' } } };
  expect((await s.call('saveDirectory', { directory: badSlack })).ok).toBe(false);
  expect((await s.ok('getDirectory', {})).people['am.alex']?.slackMemberId).toBe('U0ALEXADM');
});

test("S2's registry as rows: saved, read back sorted, duplicates refused, a partner's other settings kept", async () => {
  await saveRegistries({ partners: { northfield: { name: 'Northfield', onCrm: true, services: [] } }, interests: {} });
  const rows = [
    { partner: 'Northfield', service: 'KB', shared: true },
    { partner: 'Acme Solar', service: 'EPR', shared: false },
    { partner: 'Northfield', service: 'EPR', shared: false },
  ];
  expect(await s.ok('saveRegistry', { services: rows, interests: { epr: ['am.maria'] } })).toEqual({ saved: true });
  expect(await s.ok('getRegistry', {})).toEqual({
    services: [
      { partner: 'Acme Solar', service: 'EPR', shared: false },
      { partner: 'Northfield', service: 'EPR', shared: false },
      { partner: 'Northfield', service: 'KB', shared: true },
    ],
    interests: { epr: ['am.maria'] },
  });
  expect((await loadRegistries()).partners.northfield).toEqual(expect.objectContaining({ onCrm: true }));

  const twice = await s.call('saveRegistry', {
    services: [...rows, { partner: 'northfield', service: 'kb', shared: false }],
  });
  expect(twice).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_REQUEST' }) as unknown });
  expect(await s.ok('saveRegistry', { services: rows.slice(0, 1) })).toEqual({ saved: true });
  expect(await s.ok('getRegistry', {})).toEqual({
    services: [{ partner: 'Northfield', service: 'KB', shared: true }],
    interests: { epr: ['am.maria'] },
  });
});
