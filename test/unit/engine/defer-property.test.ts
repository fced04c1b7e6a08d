/** Property: on random S3 runs, a deferral never puts a step before a step it depends on, and preview === effect. */
import fc from 'fast-check';
import type { Run } from '../../../src/domain/engine';
import { decide, engineEventSchema, plannedDates, previewDeferral } from '../../../src/domain/engine';
import { context, ev, newSi, optergy, step } from '../../scenarios/s3-fixtures';

const pb = optergy();
const T0 = Date.parse('2026-02-25T00:00:00.000Z');
const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function startedRun(size: 'Small' | 'Large', viability: 'week-a' | 'week-b' | undefined, done: number): Run {
  let r = step(pb, undefined, ev.created(newSi(size)), new Date(T0).toISOString()).run;
  const order = ['signup-docs', 'portal-admin', 'handover-meeting', 'onboarding-opportunity', 'mailer'];
  for (const id of order.slice(0, done))
    r = step(pb, r, ev.panel(`d-${id}`, 'completeStep', { stepId: id }), new Date(T0).toISOString()).run;
  if (viability && done >= 3)
    r = step(
      pb,
      r,
      ev.panel('call', 'decide', { stepId: 'week-2-call', value: viability }),
      new Date(T0).toISOString(),
    ).run;
  return r;
}

const deferrable = pb.steps.filter((s) => s.kind !== 'recurring').map((s) => s.id);

describe('deferral properties (S3 playbook)', () => {
  it('never moves a step before its dependencies; the applied dates are the previewed ones; nothing else moves', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'Small' | 'Large'>('Small', 'Large'),
        fc.constantFrom<'week-a' | 'week-b' | undefined>('week-a', 'week-b', undefined),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.tuple(fc.constantFrom(...deferrable), fc.integer({ min: 0, max: 150 })), {
          minLength: 1,
          maxLength: 3,
        }),
        (size, viability, done, deferrals) => {
          let r = startedRun(size, viability, done);
          deferrals.forEach(([stepId, days], i) => {
            const now = new Date(T0 + i * DAY);
            const date = isoDay(T0 + days * DAY);
            const before = plannedDates(pb, r);
            const preview = previewDeferral(pb, r, stepId, date, now);
            const event = engineEventSchema.parse(ev.panel(`defer-${i}`, 'defer', { stepId, date }));
            const d = decide(pb, r, event, now, context);
            if (!d.run) throw new Error('no run');
            const after = plannedDates(pb, d.run);
            if (!preview.ok) {
              expect(d.run).toBe(r);
              return;
            }
            const moved = new Map(preview.moves.map((m) => [m.stepId, m.to]));
            for (const s of pb.steps) expect(after[s.id]).toBe(moved.get(s.id) ?? before[s.id]);
            for (const m of preview.moves) {
              const s = pb.steps.find((x) => x.id === m.stepId);
              for (const dep of s?.dependsOn ?? []) {
                const depAt = after[dep];
                if (d.run.steps[dep]?.status !== 'done' && depAt !== undefined && s?.kind !== 'recurring')
                  expect(m.to >= depAt).toBe(true);
              }
            }
            r = d.run;
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
