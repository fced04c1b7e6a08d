// Moving a running run to a new version, only when the admin asks: the preview says what changes, and the run
// carries on under the new version at its next event.
import { planMigration } from '../../src/app/admin/migration';
import { loadPlaybookVersion, loadRunRecord } from '../../src/storage';
import { BOB, EVERBRIGHT, s1Body, useAdminStack } from './admin-harness';

const s = useAdminStack();
const CONFIG = '712020:chris-config';
const AGENT = '712020:priya-agent';
const NEW_STEP = `  - id: kickoff-note
    name: Note the kickoff
    kind: action
    dependsOn: [configured]
    actions:
      - do: comment
        text: 'Kickoff noted for {{ installerName }}.'

`;

async function comments(key: string): Promise<string[]> {
  const r = await s.p.rest('GET', `/rest/api/3/issue/${key}/comment`, AGENT);
  return (r.body as { comments: { body: unknown }[] }).comments.map((c) => JSON.stringify(c.body));
}

test('a step added by the new version: previewed, the run moved by key, and the step runs at the next event', async () => {
  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('SunPower Installers'));
  const v1 = await s.ok('getPlaybook', { id: EVERBRIGHT });
  const v2 = v1.yaml.replace('  - id: waiting-for-support\n', `${NEW_STEP}  - id: waiting-for-support\n`);
  await s.ok('savePlaybook', { id: EVERBRIGHT, yaml: v2, expectedVersion: 1 });
  expect(await s.runVersion('SS-1')).toBe(1);

  // A version that drops a step the run has done is not a safe move: the preview says so.
  const run = (await loadRunRecord('SS-1'))?.run;
  const from = await loadPlaybookVersion(EVERBRIGHT, 1);
  if (!run || !from) throw new Error('SS-1 has no run on v1');
  const without = { ...from, steps: from.steps.filter((st) => st.id !== 'config-ticket') };
  const unsafe = planMigration(run, from, without);
  expect(unsafe.dropped).toEqual([{ stepId: 'config-ticket', status: 'done' }]);
  expect(unsafe.safe).toBe(false);

  const preview = await s.ok('previewMigration', { id: EVERBRIGHT });
  expect(preview.toVersion).toBe(2);
  expect(preview.runs).toHaveLength(1);
  expect(preview.runs[0]).toEqual(
    expect.objectContaining({
      issueKey: 'SS-1',
      fromVersion: 1,
      dropped: [],
      added: [{ stepId: 'kickoff-note' }],
      safe: true,
    }),
  );
  expect(preview.runs[0]?.kept).toContainEqual({ stepId: 'intake', status: 'done' });
  expect(await s.runVersion('SS-1')).toBe(1);

  await s.ok('migrateRuns', { id: EVERBRIGHT, toVersion: 2, issueKeys: ['SS-1'] });
  expect(await s.runVersion('SS-1')).toBe(2);
  const property = await s.p.rest('GET', '/rest/api/3/issue/SS-1/properties/onboarding-run', AGENT);
  expect((property.body as { value: { version: number } }).value.version).toBe(2);

  const t = await s.p.rest('GET', '/rest/api/3/issue/CS-1/transitions', CONFIG);
  const onHold = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === 'On Hold',
  );
  await s.p.rest('POST', '/rest/api/3/issue/CS-1/transitions', CONFIG, { transition: { id: onHold?.id } });
  expect((await comments('SS-1')).filter((c) => c.includes('Kickoff noted for SunPower Installers.'))).toHaveLength(1);
  expect((await s.ok('previewMigration', { id: EVERBRIGHT })).runs).toEqual([]);
});
