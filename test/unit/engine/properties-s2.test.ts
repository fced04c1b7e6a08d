/**
 * Properties of decide() over random S2 histories in every flow: a run holds only its flow's steps, the review date
 * accepted is never beyond 6 months, removal never removes a shared service's content, public comments come only from
 * steps declared customer-facing, and the same event decided twice gives the same result.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { EngineEventInput, Run } from '../../../src/domain/engine';
import { runSchema } from '../../../src/domain/engine';
import { AGENT, CARA, EWAN, ev, sep, step, ticket } from '../../scenarios/s2-fixtures';

const pb = sep();
const actors = [AGENT, EWAN, CARA];
const stepIds = pb.steps.map((s) => s.id);
const PUBLIC = new Set(['ob-done', 'add-preview', 'add-live-notice', 'ed-registry', 'off-registry']);

const event: fc.Arbitrary<(i: number) => EngineEventInput> = fc.oneof(
  fc
    .record({
      action: fc.constantFrom('completeStep', 'decide', 'checkItem', 'flag', 'setDate' as const),
      stepId: fc.constantFrom(...stepIds),
      value: fc.constantFrom(
        'yes',
        'no',
        'edit',
        'remove',
        '2026-04-01',
        '2026-09-02',
        '2026-09-03',
        '2026-12-31',
        'soon',
      ),
      item: fc.constantFrom('content', 'start', 'owner', 'style-guide', 'tested', 'nope'),
      note: fc.constantFrom(undefined, '', 'Because'),
      actor: fc.constantFrom(...actors),
    })
    .map(
      ({ action, actor, note, ...rest }) =>
        (i: number) =>
          ev.panel(`p${i}`, action, note === undefined ? rest : { ...rest, note }, actor),
    ),
  fc
    .constantFrom(null, '2026-04-01', '2027-01-15', 'garbage')
    .map((to) => (i: number) => ev.field(`f${i}`, 'Review date', null, to)),
  fc.constant((i: number) => ev.tick(`t${i}`)),
);

const START = Date.parse('2026-03-02T09:00:00.000Z');
const at = (h: number): string => new Date(START + h * 3600_000).toISOString();
const kinds = ['onboard', 'add', 'edit', 'offboard'] as const;

describe('decide over random S2 histories', () => {
  it('keeps the flow, the date limit, the shared-service rule and customer-facing messages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom('Resident parking permits', 'Library opening hours'),
        fc.array(fc.tuple(event, fc.integer({ min: 0, max: 200 })), { maxLength: 25 }),
        (kind, service, history) => {
          let run: Run = step(pb, undefined, ev.created(ticket(kind, { 'Service name': service })), at(0)).run;
          const flowSteps = new Set(pb.flows?.find((f) => f.id === run.flow)?.steps);
          let clock = 0;
          history.forEach(([make, gap], i) => {
            clock += gap;
            const e = make(i);
            const a = step(pb, run, e, at(clock));
            expect(step(pb, run, e, at(clock))).toEqual(a);
            expect(new Set(a.commands.map((c) => c.key)).size).toBe(a.commands.length);
            for (const c of a.commands)
              if (c.type === 'comment' && c.visibility === 'public') expect(PUBLIC.has(c.stepId ?? '')).toBe(true);
            expect(Object.keys(a.run.steps).every((id) => flowSteps.has(id))).toBe(true);
            for (const id of ['add-review-date', 'ed-review-date']) {
              const date = a.run.steps[id]?.date;
              if (date === undefined || date === run.steps[id]?.date) continue;
              // Newly accepted: within 6 months of the day it was accepted, and not in the past.
              const today = DateTime.fromISO(at(clock), { zone: 'UTC' });
              expect(date >= (today.toISODate() ?? '')).toBe(true);
              expect(date <= (today.plus({ months: 6 }).toISODate() ?? '')).toBe(true);
            }
            if (service === 'Resident parking permits')
              expect(a.run.steps['ed-remove-content']?.status).not.toBe('active');
            expect(runSchema.parse(JSON.parse(JSON.stringify(a.run)))).toEqual(a.run);
            run = a.run;
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
