/** The week timeline: rows from week 0, items dated in the calendar's zone, deferrals and sent messages visible. */
import type { EngineEventInput } from '../../../src/domain/engine';
import { timeline } from '../../../src/domain/engine';
import { at, run } from './kit';
import { started, timelinePlaybook } from './timeline-kit';

const pb = timelinePlaybook();

describe('timeline', () => {
  it('lists weeks 0 to the last dated one, each item in the week of its date', () => {
    const t = timeline(pb, started(), at(1));
    expect(t).toMatchObject({ start: '2026-01-05T09:00:00.000Z', startsOn: '2026-01-05', timeZone: 'UTC' });
    expect(t.weeks.map((w) => w.week)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.weeks[1]).toMatchObject({ week: 1, startsOn: '2026-01-12' });
    expect(t.weeks[0]?.items).toEqual([]);
    const week1 = t.weeks[1]?.items ?? [];
    expect(week1.map((i) => [i.stepId, i.type, i.date, i.status, i.occurrence])).toEqual([
      ['messages', 'message', '2026-01-12', 'planned', 1],
      ['messages', 'message', '2026-01-14', 'planned', 2],
      ['messages', 'message', '2026-01-16', 'planned', 3],
    ]);
    const week6 = t.weeks[6]?.items ?? [];
    expect(week6).toEqual([
      expect.objectContaining({ stepId: 'training', type: 'milestone', status: 'pending', deferred: false }),
    ]);
    expect(t.weeks[8]?.items.map((i) => [i.stepId, i.type])).toEqual([
      ['session-3', 'step'],
      ['calls', 'touchpoint'],
    ]);
    expect(t.undated).toEqual([]);
  });

  it('shows a deferral, sent messages and overdue steps', () => {
    const defer: EngineEventInput = {
      id: 'd',
      type: 'panelAction',
      action: 'defer',
      actor: { accountId: 'a' },
      stepId: 'training',
      date: '2026-04-06',
    };
    let r = run(pb, defer, started(), 1).run!;
    const hours = (Date.parse('2026-02-10T10:00:00.000Z') - at(0).getTime()) / 3600_000;
    r = run(pb, { id: 't', type: 'timePassed' }, r, hours).run!;
    const t = timeline(pb, r, new Date('2026-02-10T10:00:00.000Z'));
    expect(t.weeks.at(-1)?.week).toBe(19);
    const all = t.weeks.flatMap((w) => w.items);
    expect(all.find((i) => i.stepId === 'training')).toMatchObject({ date: '2026-04-06', deferred: true });
    expect(t.weeks[13]?.items.map((i) => i.stepId)).toEqual(['training']);
    expect(all.filter((i) => i.status === 'sent')).toHaveLength(13);
    expect(all.find((i) => i.stepId === 'planning')).toMatchObject({ status: 'active', overdue: true });
  });

  it('lists undated steps apart', () => {
    const pb2 = timelinePlaybook();
    const extra = { ...pb2, steps: [...pb2.steps, { ...pb2.steps[0]!, id: 'loose', due: undefined }] };
    const r = started();
    r.steps.loose = { status: 'active' };
    expect(timeline(extra, r, at(1)).undated).toEqual([
      expect.objectContaining({ stepId: 'loose', status: 'active', type: 'step' }),
    ]);
  });
});
