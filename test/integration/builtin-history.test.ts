// Seeding keeps the built-ins' older versions: S2's draft is version 1 of sep-partner-lifecycle beside the current
// version 2, the head stays on 2 and a new SEP request starts on version 2.
import { loadBuiltinHistory } from '../../src/domain/playbook';
import { loadPlaybookVersion, seedBuiltinPlaybooks } from '../../src/storage';
import { FIELDS } from '../../local/site/seed';
import { useAdminStack } from './admin-harness';

const s = useAdminStack();
const SEP = 'sep-partner-lifecycle';

test('after seeding the history holds S2 version 1 and 2; the head and new runs are on version 2', async () => {
  expect((await s.ok('listVersions', { id: SEP })).map((v) => [v.version, v.source])).toEqual([
    [1, 'builtin'],
    [2, 'builtin'],
  ]);
  const v1 = loadBuiltinHistory().find((b) => b.id === SEP);
  expect(v1?.ok && (await loadPlaybookVersion(SEP, 1))).toEqual(v1?.ok && v1.playbook);
  expect(await s.ok('getPlaybook', { id: SEP })).toEqual(expect.objectContaining({ version: 2, latestVersion: 2 }));

  await seedBuiltinPlaybooks({ enable: true }); // a second seed (an upgrade) changes nothing
  expect(await s.ok('listVersions', { id: SEP })).toHaveLength(2);

  const created = await s.p.rest('POST', '/rest/servicedeskapi/request', 'qm:customer:sara-northfield', {
    serviceDeskId: '2',
    requestTypeId: '22',
    requestFieldValues: {
      summary: 'New service: bulky waste collection',
      description: 'Please add our bulky waste collection service.',
      [FIELDS.organizations]: ['3'],
      [FIELDS.serviceName]: 'Bulky waste collection',
      [FIELDS.sharedService]: { value: 'No' },
    },
  });
  expect(created.status).toBe(201);
  expect(await s.runVersion((created.body as { issueKey: string }).issueKey)).toBe(2);
});
