// The admin's source view of a stored version: a seeded built-in version shows the text it was shipped as, with
// its comments (S2's version 1 from sep-v1.yaml, not YAML written out from the parsed playbook); a saved version
// shows the admin's own text; a version the release no longer ships as stored is written out from the playbook.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinVersionSource } from '../../src/domain/playbook';
import { savePlaybookVersion } from '../../src/storage';
import { useAdminStack } from './admin-harness';

const s = useAdminStack();
const SEP = 'sep-partner-lifecycle';
const file = (name: string): string => readFileSync(join(__dirname, '../../playbooks', name), 'utf8');

test('the seeded S2 version 1 and 2 show their YAML files as written, comments included', async () => {
  const v1 = await s.ok('getPlaybook', { id: SEP, version: 1 });
  expect(v1.yaml).toBe(file('sep-v1.yaml'));
  expect(v1.yaml).toContain('# S2: SEP partner lifecycle, version 1 = the older draft');
  expect((await s.ok('exportYaml', { id: SEP, version: 1 })).yaml).toBe(file('sep-v1.yaml'));
  expect((await s.ok('getPlaybook', { id: SEP })).yaml).toBe(file('sep.yaml'));
  // The diff compares the two texts as written: the comment lines that differ show up, not a re-serialisation.
  const diff = await s.ok('diffVersions', { id: SEP, from: 1, to: 2 });
  expect(diff.changes).toContainEqual({
    kind: 'removed',
    text: '# S2: SEP partner lifecycle, version 1 = the older draft "The journey of a new partner on SEP" (2019/20,',
  });
});

test('a rollback to version 1 keeps its text; a saved version shows the admin’s text, comments included', async () => {
  const rolled = await s.ok('rollback', { id: SEP, toVersion: 1, expectedVersion: 2 });
  expect(rolled.version).toBe(3);
  const v3 = await s.ok('getPlaybook', { id: SEP, version: 3 });
  expect(v3.yaml).toContain('# S2: SEP partner lifecycle, version 1 = the older draft');
  expect(v3.yaml).toContain('version: 3');

  const edited = `# Our own note about this playbook\n${v3.yaml.replace('version: 3', 'version: 4')}`;
  await s.ok('savePlaybook', { id: SEP, yaml: edited, expectedVersion: 3 });
  const v4 = await s.ok('getPlaybook', { id: SEP, version: 4 });
  expect(v4.yaml.startsWith('# Our own note about this playbook\n')).toBe(true);
  expect(v4.yaml).toContain('version: 4');
});

test('a stored version that differs from what this release ships is written out from the stored playbook', async () => {
  const shipped = builtinVersionSource(SEP, 1);
  if (!shipped) throw new Error('this release ships no S2 version 1');
  // As an older release may have seeded it: same version number, another name.
  await savePlaybookVersion({ ...shipped.playbook, name: 'SEP partner lifecycle (older release)' });
  const v1 = await s.ok('getPlaybook', { id: SEP, version: 1 });
  expect(v1.yaml).not.toContain('# S2:');
  expect(v1.yaml).toContain('name: SEP partner lifecycle (older release)');
});
