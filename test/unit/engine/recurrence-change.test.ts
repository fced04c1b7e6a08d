/** Changing a recurrence: past occurrences stay, the future follows the new RRULE; bad rules change nothing. */
import type { EngineEventInput, Run } from '../../../src/domain/engine';
import { previewRecurrenceChange } from '../../../src/domain/engine';
import { at, run } from './kit';
import { started, timelinePlaybook } from './timeline-kit';

const pb = timelinePlaybook();
const hoursTo = (iso: string): number => (Date.parse(iso) - at(0).getTime()) / 3600_000;

const change = (stepId: string, rrule: string, id = 'p-rule'): EngineEventInput => ({
  id,
  type: 'panelAction',
  action: 'changeRecurrence',
  actor: { accountId: 'acc-agent', displayName: 'Alex Agent' },
  stepId,
  rrule,
});

describe('changeRecurrence', () => {
  it('an active series keeps what was sent and plans the rest from the new rule', () => {
    // Wednesday of week 2: five messages (Mon 12, Wed 14, Fri 16, Mon 19, Wed 21) are behind us.
    let r: Run = run(pb, { id: 't', type: 'timePassed' }, started(), hoursTo('2026-01-21T10:00:00.000Z')).run!;
    expect(r.steps.messages?.occurrencesDone).toBe(5);
    const now = at(hoursTo('2026-01-21T11:00:00.000Z'));
    const preview = previewRecurrenceChange(pb, r, 'messages', 'FREQ=WEEKLY;BYDAY=TU', now);
    expect(preview).toMatchObject({ ok: true, from: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', to: 'FREQ=WEEKLY;BYDAY=TU' });
    r = run(pb, change('messages', 'FREQ=WEEKLY;BYDAY=TU'), r, hoursTo('2026-01-21T11:00:00.000Z')).run!;
    const st = r.steps.messages;
    expect(st?.rruleOverride).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(st?.occurrences).toEqual([
      '2026-01-12T09:00:00.000Z',
      '2026-01-14T09:00:00.000Z',
      '2026-01-16T09:00:00.000Z',
      '2026-01-19T09:00:00.000Z',
      '2026-01-21T09:00:00.000Z',
      '2026-01-27T09:00:00.000Z',
      '2026-02-03T09:00:00.000Z',
      '2026-02-10T09:00:00.000Z',
    ]);
    expect(preview.ok && preview.occurrences).toEqual(st?.occurrences);
    expect(st?.reschedules).toEqual([
      expect.objectContaining({ kind: 'recurrence', from: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', to: 'FREQ=WEEKLY;BYDAY=TU' }),
    ]);
    expect(r.nextDueAt).toBe('2026-01-27T09:00:00.000Z');
  });

  it('a pending series starts on the new rule', () => {
    let r = run(pb, change('calls', 'FREQ=WEEKLY'), started(), 1).run!;
    expect(r.steps.calls).toMatchObject({ status: 'pending', rruleOverride: 'FREQ=WEEKLY' });
    const done = (stepId: string, id: string): EngineEventInput => ({
      id,
      type: 'panelAction',
      action: 'completeStep',
      actor: { accountId: 'a' },
      stepId,
    });
    r = run(pb, done('planning', 'c1'), r, 2).run!;
    r = run(pb, done('training', 'c2'), r, hoursTo('2026-02-16T09:00:00.000Z')).run!;
    // Weekly from two weeks after the training until seven weeks after it: five calls instead of three.
    expect(r.steps.calls?.occurrences).toHaveLength(5);
  });

  it.each([
    ['messages', 'every tuesday', 'invalid_rule'],
    ['messages', 'BYDAY=TU', 'invalid_rule'],
    ['messages', 'DTSTART:20260101T000000Z;FREQ=DAILY', 'invalid_rule'],
    ['training', 'FREQ=WEEKLY', 'not_recurring'],
    ['nope', 'FREQ=WEEKLY', 'unknown_step'],
  ])('refuses %s with %s: %s', (stepId, rrule, code) => {
    const r = started();
    expect(previewRecurrenceChange(pb, r, stepId, rrule, at(1))).toMatchObject({ ok: false, code });
    const d = run(pb, change(stepId, rrule), r, 1);
    expect(d.run).toBe(r);
    expect(d.trace.map((t) => t.code)).toContain(`recurrence.${code}`);
  });
});
