// Editing playbooks as an admin: a save with an error is refused at its line, the fixed text becomes a new version,
// the next run starts on it while a running one stays on its own; history, diff, rollback, conflicts, templates.
import { kvs } from '@forge/kvs';
import { BOB, EVERBRIGHT, s1Body, useAdminStack } from './admin-harness';

const s = useAdminStack();

test('save refused at the line of the error, fixed and saved; new runs on the new version, running ones stay', async () => {
  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('SunPower Installers'));
  expect(await s.runVersion('SS-1')).toBe(1);

  const current = await s.ok('getPlaybook', { id: EVERBRIGHT });
  expect(current).toEqual(expect.objectContaining({ version: 1, latestVersion: 1, enabled: true }));
  expect(current.yaml).toMatch(/^# S1: EverBright/); // the built-in's own text, comments and all
  const lines = current.yaml.split('\n');
  const kindLine = lines.findIndex((l) => l.trim() === 'kind: action') + 1;
  const broken = lines.map((l, i) => (i + 1 === kindLine ? l.replace('kind: action', 'kind: acton') : l)).join('\n');

  const live = await s.ok('validatePlaybook', { yaml: broken });
  expect(live.ok).toBe(false);
  expect(live.errors).toContainEqual(expect.objectContaining({ path: 'steps[0].kind', line: kindLine, column: 11 }));

  const refused = await s.call('savePlaybook', { id: EVERBRIGHT, yaml: broken, expectedVersion: 1 });
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe('INVALID_PLAYBOOK');
  expect(refused.error.errors).toContainEqual(expect.objectContaining({ path: 'steps[0].kind', line: kindLine }));
  expect((await s.ok('getPlaybook', { id: EVERBRIGHT })).version).toBe(1);

  const fixed = current.yaml.replace('name: EverBright partner onboarding', 'name: EverBright partner onboarding (v2)');
  expect((await s.ok('validatePlaybook', { yaml: fixed })).errors).toEqual([]);
  expect(await s.ok('savePlaybook', { id: EVERBRIGHT, yaml: fixed, expectedVersion: 1, note: 'renamed' })).toEqual({
    id: EVERBRIGHT,
    version: 2,
  });
  const saved = await s.ok('getPlaybook', { id: EVERBRIGHT });
  expect(saved.yaml).toContain('name: EverBright partner onboarding (v2)');
  expect(saved.yaml).toMatch(/^version: 2$/m);
  expect(saved.yaml.split('\n')).toHaveLength(lines.length);

  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('Bright Homes Solar'));
  expect(await s.runVersion('SS-2')).toBe(2);
  expect(await s.runVersion('SS-1')).toBe(1);

  const rows = await s.ok('listPlaybooks', {});
  expect(rows.find((r) => r.id === EVERBRIGHT)).toEqual(
    expect.objectContaining({
      name: 'EverBright partner onboarding (v2)',
      version: 2,
      enabled: true,
      activeRuns: 2,
      activeRunsOnOlderVersions: 1,
      builtin: true,
      lastEditedBy: expect.objectContaining({ accountId: '712020:site-admin' }) as unknown,
    }),
  );
  const preview = await s.ok('previewMigration', { id: EVERBRIGHT });
  expect(preview.runs.map((r) => [r.issueKey, r.fromVersion, r.dropped, r.added])).toEqual([['SS-1', 1, [], []]]);
  expect(await s.ok('migrateRuns', { id: EVERBRIGHT, toVersion: 2, issueKeys: ['SS-1', 'SS-2'] })).toEqual({
    migrated: [{ issueKey: 'SS-1', fromVersion: 1, toVersion: 2 }],
    skipped: [{ issueKey: 'SS-2', reason: 'its run is on version 2 already' }],
  });
  expect(await s.runVersion('SS-1')).toBe(2);
});

test('history, diff and rollback: every version stays, a rollback is a new version; a stale save is refused', async () => {
  const v1 = await s.ok('getPlaybook', { id: EVERBRIGHT });
  const v2yaml = v1.yaml.replace('    lane: support\n', '    lane: support\n    # checked by the admin\n');
  await s.ok('savePlaybook', { id: EVERBRIGHT, yaml: v2yaml, expectedVersion: 1 });

  const racing = await Promise.all(
    ['# one\n', '# two\n'].map((c) => s.call('savePlaybook', { id: EVERBRIGHT, yaml: c + v2yaml, expectedVersion: 2 })),
  );
  expect(racing.map((r) => (r.ok ? 'saved' : r.error.code)).sort()).toEqual(['VERSION_CONFLICT', 'saved']);
  const winner = racing.findIndex((r) => r.ok) === 0 ? '# one' : '# two';
  expect((await s.ok('getPlaybook', { id: EVERBRIGHT })).yaml.startsWith(winner)).toBe(true);

  const stale = await s.call('savePlaybook', { id: EVERBRIGHT, yaml: v1.yaml, expectedVersion: 1 });
  expect(stale).toEqual({ ok: false, error: expect.objectContaining({ code: 'VERSION_CONFLICT' }) as unknown });

  const diff = await s.ok('diffVersions', { id: EVERBRIGHT, from: 1, to: 2 });
  expect(diff.patch).toContain('--- everbright-partner-onboarding.v1.yaml');
  expect(diff.patch).toContain('+    # checked by the admin');
  expect(diff.patch).toContain('-version: 1');
  expect(diff.patch).toContain('+version: 2');
  expect(diff.changes.filter((c) => c.kind === 'added').map((c) => c.text)).toEqual([
    'version: 2',
    '    # checked by the admin',
  ]);

  expect(await s.ok('rollback', { id: EVERBRIGHT, toVersion: 1, expectedVersion: 3 })).toEqual({
    id: EVERBRIGHT,
    version: 4,
  });
  const v4 = await s.ok('getPlaybook', { id: EVERBRIGHT });
  expect(v4.yaml).toBe(v1.yaml.replace(/^version: 1$/m, 'version: 4'));
  expect((await s.ok('getPlaybook', { id: EVERBRIGHT, version: 2 })).yaml).toContain('# checked by the admin');
  const versions = await s.ok('listVersions', { id: EVERBRIGHT });
  expect(versions.map((v) => [v.version, v.source, v.rolledBackFrom])).toEqual([
    [1, 'builtin', undefined],
    [2, 'save', undefined],
    [3, 'save', undefined],
    [4, 'rollback', 1],
  ]);

  // A save that died after claiming version 5: fresh, it blocks (someone may be saving); a minute on, it is taken over.
  const orphan = { yaml: 'x', source: 'save', savedAt: s.p.stack.clock.now().toISOString() };
  await kvs.set(`playbook-source:${EVERBRIGHT}:v5`, orphan);
  const blocked = await s.call('savePlaybook', { id: EVERBRIGHT, yaml: v2yaml, expectedVersion: 4 });
  expect(blocked).toEqual({ ok: false, error: expect.objectContaining({ code: 'VERSION_CONFLICT' }) as unknown });
  await s.p.stack.runtime.advance(2 * 60_000);
  expect(await s.ok('savePlaybook', { id: EVERBRIGHT, yaml: v2yaml, expectedVersion: 4 })).toEqual({
    id: EVERBRIGHT,
    version: 5,
  });
});

test('templates, export and import: a copy starts disabled; an existing id is imported only as a new version', async () => {
  const templates = await s.ok('listTemplates', {});
  expect(templates.map((t) => t.templateId)).toContain(EVERBRIGHT);
  const taken = await s.call('createFromTemplate', { templateId: EVERBRIGHT });
  expect(taken).toEqual({ ok: false, error: expect.objectContaining({ code: 'ALREADY_EXISTS' }) as unknown });
  expect(
    await s.ok('createFromTemplate', { templateId: EVERBRIGHT, newId: 'everbright-copy', name: 'EverBright copy' }),
  ).toEqual({ id: 'everbright-copy', version: 1 });
  const copy = (await s.ok('listPlaybooks', {})).find((r) => r.id === 'everbright-copy');
  expect(copy).toEqual(expect.objectContaining({ name: 'EverBright copy', enabled: false, builtin: false }));

  const exported = await s.ok('exportYaml', { id: 'everbright-copy' });
  expect(exported.filename).toBe('everbright-copy.v1.yaml');
  const again = await s.call('importYaml', { yaml: exported.yaml });
  expect(again).toEqual({ ok: false, error: expect.objectContaining({ code: 'ALREADY_EXISTS' }) as unknown });
  expect(await s.ok('importYaml', { yaml: exported.yaml, replace: true })).toEqual({
    id: 'everbright-copy',
    version: 2,
    created: false,
  });
  const renamed = exported.yaml.replace('id: "everbright-copy"', 'id: imported-one');
  expect(await s.ok('importYaml', { yaml: renamed })).toEqual({ id: 'imported-one', version: 1, created: true });
  const invalid = await s.call('importYaml', { yaml: 'id: x\nsteps: 3\n' });
  expect(invalid).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_PLAYBOOK' }) as unknown });
});
