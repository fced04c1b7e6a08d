// The run view from the stored run: overdue once the clock passes a due date, unknown step kinds shown as they come.
import { buildRunView } from '../../src/app/panel';
import type { Run } from '../../src/domain/engine';
import { loadPlaybookVersion, loadRunRecord } from '../../src/storage';
import { inProcessStack, S1_BODY, type InProcess } from './stack';

let p: InProcess;
beforeEach(async () => {
  p = await inProcessStack();
  await p.email('bob@sunpower-installers.example', 'EverBright Partner Onboarding', S1_BODY);
});
afterEach(() => p.stack.stop());

async function stored(): Promise<Run> {
  const record = await loadRunRecord('SS-1');
  if (!record) throw new Error('no run on SS-1');
  return record.run;
}

test('an open step past its due date is overdue; the same step before it is not', async () => {
  const original = await stored();
  const playbook = await loadPlaybookVersion(original.playbookId, original.playbookVersion);
  const dated = Object.entries(original.steps).find(([, s]) => s.dueAt ?? s.timeoutAt);
  if (!dated) throw new Error('no step with a due date');
  const [id, done] = dated;
  // The same step still open (a done step is never overdue).
  const step = { ...done, status: 'active' as const, doneAt: undefined };
  const run: Run = { ...original, steps: { ...original.steps, [id]: step } };
  const due = Date.parse(step.dueAt ?? step.timeoutAt ?? '');
  const before = buildRunView(run, playbook, new Date(due - 1000));
  const after = buildRunView(run, playbook, new Date(due + 1000));
  expect(before.steps.find((s) => s.id === id)?.overdue).toBe(false);
  expect(after.steps.find((s) => s.id === id)?.overdue).toBe(true);
  expect(after.progress).toEqual(before.progress);
  expect(buildRunView(original, playbook, new Date(due + 1000)).steps.find((s) => s.id === id)?.overdue).toBe(
    done.status !== 'done' && done.status !== 'declined',
  );
});

test('a step the playbook does not describe (a kind from a later version) is still listed, plainly', async () => {
  const run = await stored();
  const withExtra: Run = { ...run, steps: { ...run.steps, 'sign-off': { status: 'active' } } };
  const view = buildRunView(withExtra, await loadPlaybookVersion(run.playbookId, run.playbookVersion), new Date());
  expect(view.steps.at(-1)).toEqual({ id: 'sign-off', status: 'active', overdue: false, why: [] });
  expect(view.waitingOn).toContainEqual({ stepId: 'sign-off', who: 'support' });
});

test('a step whose condition did not hold shows as skipped, not as done by someone', async () => {
  const run = await stored();
  const [id, step] = Object.entries(run.steps).find(([, s]) => s.status === 'pending') ?? [];
  if (!id || !step) throw new Error('no pending step');
  const skipped: Run = { ...run, steps: { ...run.steps, [id]: { ...step, status: 'done', skipped: true } } };
  const view = buildRunView(skipped, await loadPlaybookVersion(run.playbookId, run.playbookVersion), new Date());
  expect(view.steps.find((s) => s.id === id)).toEqual(expect.objectContaining({ status: 'done', skipped: true }));
  expect(buildRunView(run, undefined, new Date()).steps.find((s) => s.id === id)?.skipped).toBeUndefined();
});
