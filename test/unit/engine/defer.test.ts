/** Deferral: preview through the cascade, the same moves applied by decide(), refusals leave the run unchanged. */
import type { EngineEventInput } from '../../../src/domain/engine';
import { plannedDates, previewDeferral } from '../../../src/domain/engine';
import { at, ctx, run } from './kit';
import { started, timelinePlaybook } from './timeline-kit';

const pb = timelinePlaybook();

const defer = (stepId: string, date: string, id = 'p-defer'): EngineEventInput => ({
  id,
  type: 'panelAction',
  action: 'defer',
  actor: { accountId: 'acc-agent', displayName: 'Alex Agent' },
  stepId,
  date,
});

describe('planned dates', () => {
  it('count in weeks from the intake start date at 09:00, and from the milestone for its dependents', () => {
    expect(plannedDates(pb, started())).toMatchObject({
      planning: '2026-02-09T09:00:00.000Z',
      training: '2026-02-16T09:00:00.000Z',
      'session-3': '2026-03-02T09:00:00.000Z',
      'follow-up': '2026-02-23T09:00:00.000Z',
      calls: '2026-03-02T09:00:00.000Z',
      messages: '2026-01-12T09:00:00.000Z',
    });
  });
});

describe('previewDeferral', () => {
  it('moves the milestone and everything depending on it, and nothing else', () => {
    const p = previewDeferral(pb, started(), 'training', '2026-04-06', at(1));
    expect(p).toEqual({
      ok: true,
      moves: [
        { stepId: 'training', name: 'training', from: '2026-02-16T09:00:00.000Z', to: '2026-04-06T09:00:00.000Z' },
        { stepId: 'session-3', name: 'session-3', from: '2026-03-02T09:00:00.000Z', to: '2026-04-20T09:00:00.000Z' },
        { stepId: 'follow-up', name: 'follow-up', from: '2026-02-23T09:00:00.000Z', to: '2026-04-13T09:00:00.000Z' },
        { stepId: 'calls', name: 'calls', from: '2026-03-02T09:00:00.000Z', to: '2026-04-20T09:00:00.000Z' },
      ],
    });
  });

  it.each([
    ['nope', '2026-04-06', 'unknown_step'],
    ['messages', '2026-04-06', 'not_deferrable'],
    ['training', '2026-13-01', 'invalid_date'],
    ['training', 'next week', 'invalid_date'],
    ['training', '2026-01-04', 'in_past'],
    ['training', '2026-02-02', 'before_dependency'],
  ])('refuses %s to %s: %s', (stepId, date, code) => {
    expect(previewDeferral(pb, started(), stepId, date, at(1))).toMatchObject({ ok: false, code });
  });

  it('refuses a done step and a cancelled run', () => {
    let r = started();
    r = run(
      pb,
      { id: 'c', type: 'panelAction', action: 'completeStep', actor: { accountId: 'a' }, stepId: 'planning' },
      r,
    ).run!;
    expect(previewDeferral(pb, r, 'planning', '2026-04-06', at(1))).toMatchObject({ ok: false, code: 'done' });
    expect(previewDeferral(pb, { ...r, state: 'cancelled' }, 'training', '2026-04-06', at(1))).toMatchObject({
      ok: false,
      code: 'inactive',
    });
  });
});

describe('defer through decide()', () => {
  it('records exactly the previewed dates, with who and why', () => {
    const r = started();
    const preview = previewDeferral(pb, r, 'training', '2026-04-06', at(1));
    const d = run(pb, defer('training', '2026-04-06'), r, 1);
    if (!preview.ok || !d.run) throw new Error('expected a preview and a run');
    const dates = plannedDates(pb, d.run);
    for (const m of preview.moves) expect(dates[m.stepId]).toBe(m.to);
    expect(d.run.steps.training).toMatchObject({
      dueOverride: '2026-04-06T09:00:00.000Z',
      reschedules: [{ kind: 'defer', because: 'chosen', byAccountId: 'acc-agent', to: '2026-04-06T09:00:00.000Z' }],
    });
    expect(d.run.steps['session-3']?.reschedules?.[0]).toMatchObject({ because: 'training' });
    expect(d.run.steps.planning?.dueOverride).toBeUndefined();
    expect(d.trace.map((t) => t.code)).toContain('defer.applied');
  });

  it('a refused deferral changes nothing and says why in the trace', () => {
    const r = started();
    const d = run(pb, defer('training', '2026-02-02'), r, 1);
    expect(d.run).toBe(r);
    expect(d.trace.map((t) => t.code)).toContain('defer.before_dependency');
  });

  it('an active step takes its new due date at once; a pending one when it starts', () => {
    let r = run(pb, defer('training', '2026-04-06'), started(), 1).run!;
    expect(r.steps.training?.status).toBe('pending');
    r = run(
      pb,
      { id: 'c', type: 'panelAction', action: 'completeStep', actor: { accountId: 'a' }, stepId: 'planning' },
      r,
      2,
    ).run!;
    expect(r.steps.training).toMatchObject({ status: 'active', dueAt: '2026-04-06T09:00:00.000Z' });
    r = run(pb, defer('training', '2026-04-13', 'p-again'), r, 3).run!;
    expect(r.steps.training?.dueAt).toBe('2026-04-13T09:00:00.000Z');
    expect(r.steps.training?.reschedules).toHaveLength(2);
    expect(plannedDates(pb, r)['session-3']).toBe('2026-04-27T09:00:00.000Z');
  });

  it('the catch-up calls count from the training as it was done', () => {
    let r = run(pb, defer('training', '2026-04-06'), started(), 1).run!;
    const complete = (stepId: string, id: string): EngineEventInput => ({
      id,
      type: 'panelAction',
      action: 'completeStep',
      actor: { accountId: 'a' },
      stepId,
    });
    r = run(pb, complete('planning', 'c1'), r, 2).run!;
    const trainedAt = Date.parse('2026-04-06T09:00:00.000Z');
    const hours = (trainedAt - at(0).getTime()) / 3600_000;
    r = run(pb, complete('training', 'c2'), r, hours).run!;
    expect(r.steps.calls?.occurrences?.[0]).toBe('2026-04-20T09:00:00.000Z');
    expect(ctx.appAccountId).toBe('app');
  });
});
