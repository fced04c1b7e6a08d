// Deferring a week-based milestone and changing a recurrence through the panel resolvers (fixture playbook): the
// preview lists every date that moves and changes nothing; the deferral moves exactly those; refusals say why.
import type { RunView } from '../../src/shared/contracts';
import { AGENT, BOB, OUTSIDER } from './panel-harness';
import { FIXTURE_SUMMARY, installFixture } from './panel-fixture';
import { inProcessStack, type InProcess } from './stack';

let p: InProcess;
let n = 0;
beforeEach(async () => {
  p = await inProcessStack();
  await installFixture();
  await p.email(BOB, FIXTURE_SUMMARY, '<p>Please set us up.</p>');
});
afterEach(() => p.stack.stop());

type Answer = { ok: boolean; data?: unknown; error?: { code: string; reason?: string; message: string } };
const call = async (fn: string, as: string, payload: Record<string, unknown>): Promise<Answer> => {
  const r = await p.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: fn, payload: { issueKey: 'SS-1', ...payload } },
    context: { accountId: as },
  });
  await p.stack.runtime.settle();
  return r as Answer;
};
const act = (payload: Record<string, unknown>) => call('act', AGENT, { requestId: `r${++n}`, ...payload });
const view = async (): Promise<RunView> => (await call('getRun', AGENT, {})).data as RunView;
const weekOf = (v: RunView, stepId: string) => v.timeline?.find((w) => w.items.some((i) => i.stepId === stepId));

test('the week timeline: weeks from the start with their dates, the milestone in week 6, touchpoints weekly', async () => {
  const v = await view();
  expect(v.timeline?.[0]).toEqual(expect.objectContaining({ week: 0, from: '2026-03-02', to: '2026-03-08' }));
  expect(v.timeline?.[0]?.state).toBe('current');
  expect(weekOf(v, 'training')?.week).toBe(6);
  expect(weekOf(v, 'training')?.items).toContainEqual(
    expect.objectContaining({ stepId: 'training', type: 'milestone', date: '2026-04-13', deferred: false }),
  );
  expect(weekOf(v, 'follow-up')?.week).toBe(8);
  const touchpoints = v.timeline?.flatMap((w) => w.items.filter((i) => i.stepId === 'catch-up'));
  expect(touchpoints?.map((i) => i.type)).toEqual(['touchpoint', 'touchpoint', 'touchpoint']);
  const training = v.steps.find((s) => s.id === 'training');
  expect(training).toEqual(expect.objectContaining({ deferrable: true, dueAt: '2026-04-13T09:00:00.000Z' }));
  expect(v.steps.find((s) => s.id === 'follow-up')?.plannedAt).toBe('2026-04-27T09:00:00.000Z');
});

test('preview: every date that moves, and nothing changes; the deferral then moves exactly those', async () => {
  const before = await view();
  const preview = await call('previewDefer', AGENT, { stepId: 'training', date: '2026-05-04' });
  expect(preview).toEqual({
    ok: true,
    data: {
      moves: [
        {
          stepId: 'training',
          name: 'Week 6 training',
          from: '2026-04-13T09:00:00.000Z',
          to: '2026-05-04T09:00:00.000Z',
        },
        {
          stepId: 'follow-up',
          name: 'Follow-up call',
          from: '2026-04-27T09:00:00.000Z',
          to: '2026-05-18T09:00:00.000Z',
        },
      ],
    },
  });
  expect(await view()).toEqual(before);
  expect((await act({ action: 'defer', stepId: 'training', date: '2026-05-04' })).ok).toBe(true);
  const after = await view();
  expect(after.steps.find((s) => s.id === 'training')?.dueAt).toBe('2026-05-04T09:00:00.000Z');
  expect(after.steps.find((s) => s.id === 'follow-up')?.plannedAt).toBe('2026-05-18T09:00:00.000Z');
  expect(weekOf(after, 'training')?.week).toBe(9);
  expect(weekOf(after, 'training')?.items.find((i) => i.stepId === 'training')?.deferred).toBe(true);
});

test('refused deferrals say why and change nothing; no right to edit, no preview', async () => {
  const before = await view();
  const past = await call('previewDefer', AGENT, { stepId: 'training', date: '2026-03-01' });
  expect(past.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'defer.in_past' }));
  const recurring = await act({ action: 'defer', stepId: 'catch-up', date: '2026-05-04' });
  expect(recurring.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'defer.not_deferrable' }));
  const bad = await call('previewDefer', AGENT, { stepId: 'training', date: 'next week' });
  expect(bad.error?.code).toBe('INVALID_REQUEST');
  expect((await call('previewDefer', OUTSIDER, { stepId: 'training', date: '2026-05-04' })).error?.code).toBe(
    'FORBIDDEN',
  );
  expect(await view()).toEqual(before);
});

test('changing a recurrence: a rule that is not an RRULE is refused, a real one replans the touchpoints ahead', async () => {
  const bad = await act({ action: 'changeRecurrence', stepId: 'catch-up', rrule: 'every monday' });
  expect(bad.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'recurrence.invalid_rule' }));
  expect((await act({ action: 'changeRecurrence', stepId: 'catch-up', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH' })).ok).toBe(
    true,
  );
  const v = await view();
  const step = v.steps.find((s) => s.id === 'catch-up');
  expect(step?.recurrence?.rule).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
  expect(step?.recurrence?.occurrences).toHaveLength(6);
});
