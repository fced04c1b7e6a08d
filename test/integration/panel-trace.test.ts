// "Why did this happen?": the engine's trace is stored per run (changes only, bounded) and read through getTrace.
import type { TraceBatch } from '../../src/shared/contracts';
import { bounded, TRACE_LIMIT, type TraceBatchRecord } from '../../src/storage';
import { AGENT, OUTSIDER, usePanelRun } from './panel-harness';

const panel = usePanelRun();
const { invoke } = panel;

const trace = async (as = AGENT): Promise<TraceBatch[]> => {
  const r = (await invoke('getTrace', as, { issueKey: 'SS-1' })) as { ok: true; data: TraceBatch[] };
  return r.data;
};

test('each change is stored with its event and the codes of the rules that fired, newest first', async () => {
  const started = await trace();
  const first = started.at(-1);
  expect(first?.event).toBe('ticketCreated');
  expect(first?.lines.map((l) => l.code)).toEqual(expect.arrayContaining(['run.started', 'intake.read']));
  expect(started.flatMap((b) => b.lines.map((l) => l.code))).toContain('approval.asked');

  expect(await invoke('act', AGENT, { issueKey: 'SS-1', action: 'approve', requestId: 'a1', note: 'ok' })).toEqual(
    expect.objectContaining({ ok: true }),
  );
  await panel.p.stack.runtime.settle();
  const after = await trace();
  const newest = after.find((b) => b.event === 'panel.approve');
  expect(newest).toEqual(expect.objectContaining({ actor: 'Priya Agent' }));
  expect(newest?.lines).toContainEqual(expect.objectContaining({ code: 'approval.approved' }));
  expect(after.indexOf(newest as TraceBatch)).toBeLessThan(after.length - 1);
});

test('an event that changes nothing (a refused action) adds nothing to the trace', async () => {
  const before = await trace();
  const r = await invoke('act', AGENT, { issueKey: 'SS-1', action: 'completeStep', stepId: 'nope', requestId: 'x' });
  expect(r).toEqual(expect.objectContaining({ ok: false }));
  expect(await trace()).toEqual(before);
});

test('someone who cannot see the issue cannot read its trace; a ticket without a run has none', async () => {
  expect(await invoke('getTrace', OUTSIDER, { issueKey: 'SS-1' })).toEqual({
    ok: false,
    error: expect.objectContaining({ code: 'FORBIDDEN' }) as unknown,
  });
  expect(await invoke('getTrace', AGENT, { issueKey: 'CS-1' })).toEqual({ ok: true, data: [] });
});

test('the stored trace keeps whole batches, newest first, within the line limit', () => {
  const batch = (i: number, lines: number): TraceBatchRecord => ({
    at: `2026-03-02T09:00:${String(i).padStart(2, '0')}.000Z`,
    event: 'timePassed',
    lines: Array.from({ length: lines }, (_, j) => ({ code: 'step.started', message: `${i}/${j}` })),
  });
  const many = Array.from({ length: 30 }, (_, i) => batch(i, 10));
  const kept = bounded(many, TRACE_LIMIT);
  expect(kept.reduce((sum, b) => sum + b.lines.length, 0)).toBe(TRACE_LIMIT);
  expect(kept.at(-1)).toEqual(many.at(-1));
  expect(kept[0]).toEqual(many[30 - TRACE_LIMIT / 10]);
  const huge = bounded([batch(1, 3), batch(2, TRACE_LIMIT + 5)], TRACE_LIMIT);
  expect(huge).toHaveLength(1);
  expect(huge[0]?.lines).toHaveLength(TRACE_LIMIT);
});
