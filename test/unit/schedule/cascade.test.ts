import fc from 'fast-check';
import {
  businessCalendarSchema,
  dueFrom,
  previewReschedule,
  resolveDueDates,
  type CascadeStep,
} from '../../../src/domain/schedule';

const sydney = businessCalendarSchema.parse({ timeZone: 'Australia/Sydney' });
const start = '2027-02-01T09:00:00+11:00'; // Monday, week 0

// S3 Optergy (simplified): week 6 in-person training ("Week A") with its lesson planning, session 3 in week 8 for
// large SIs, a wrap-up after it; week 2 and week 3 calls are unrelated to week 6.
const plan: CascadeStep[] = [
  { id: 'week-2-call', due: { weeks: 2 } },
  { id: 'week-3-call', due: { weeks: 3 }, dependsOn: ['week-2-call'] },
  { id: 'week-6-training', due: { weeks: 6 }, dependsOn: ['week-2-call'] },
  { id: 'week-6-planning', due: { from: 'week-6-training', businessDays: -2 } },
  { id: 'week-8-session-3', due: { weeks: 8 }, dependsOn: ['week-6-training'] },
  { id: 'wrap-up', due: { from: 'week-8-session-3', businessDays: 1, at: '16:00' } },
];
const dated = (steps: CascadeStep[]): CascadeStep[] => {
  const dates = resolveDueDates(sydney, start, steps);
  return steps.map((s) => ({ ...s, dueAt: dates[s.id] }));
};

describe('S3 Week A deferred to Week B', () => {
  it('previews every date that moves with the training, and nothing else', () => {
    const preview = previewReschedule(sydney, dated(plan), {
      step: 'week-6-training',
      to: '2027-04-12T09:00:00+10:00',
    });
    expect(preview.problems).toEqual([]);
    expect(preview.moves).toEqual([
      {
        step: 'week-6-training',
        before: '2027-03-14T22:00:00.000Z',
        after: '2027-04-11T23:00:00.000Z',
        because: 'chosen',
      },
      {
        step: 'week-6-planning',
        before: '2027-03-10T22:00:00.000Z',
        after: '2027-04-07T23:00:00.000Z',
        because: { follows: 'week-6-training', by: 'rule' },
      },
      {
        step: 'week-8-session-3',
        before: '2027-03-28T22:00:00.000Z',
        after: '2027-04-25T23:00:00.000Z',
        because: { follows: 'week-6-training', by: 'dependency' },
      },
      {
        step: 'wrap-up',
        before: '2027-03-30T05:00:00.000Z',
        after: '2027-04-27T06:00:00.000Z',
        because: { follows: 'week-8-session-3', by: 'rule' },
      },
    ]);
  });

  it('never moves done steps and reports pinned steps a dependency would now overtake', () => {
    const steps = dated(plan).map((s) =>
      s.id === 'week-6-planning' ? { ...s, done: true } : s.id === 'week-8-session-3' ? { ...s, pinned: true } : s,
    );
    const preview = previewReschedule(sydney, steps, { step: 'week-6-training', to: '2027-04-12T09:00:00+10:00' });
    expect(preview.moves.map((m) => m.step)).toEqual(['week-6-training']);
    expect(preview.problems).toEqual([expect.objectContaining({ code: 'pinned_conflict', step: 'week-8-session-3' })]);
  });

  it('returns a problem, and no moves, for an unknown, a done or a cyclic milestone', () => {
    const to = '2027-04-12T09:00:00+10:00';
    expect(previewReschedule(sydney, dated(plan), { step: 'week-9', to }).problems[0]?.code).toBe('unknown_step');
    const done = dated(plan).map((s) => (s.id === 'week-2-call' ? { ...s, done: true } : s));
    expect(previewReschedule(sydney, done, { step: 'week-2-call', to })).toMatchObject({
      moves: [],
      problems: [{ code: 'done' }],
    });
    const cyclic: CascadeStep[] = [
      { id: 'a', dependsOn: ['b'], dueAt: to },
      { id: 'b', dependsOn: ['a'], dueAt: to },
    ];
    expect(previewReschedule(sydney, cyclic, { step: 'a', to: start }).problems[0]?.code).toBe('cycle');
  });
});

/** Random DAGs: step i may depend on, or count its due date from, steps before it. */
const dagArb = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc.record({
        deps: fc.subarray(Array.from({ length: i }, (_, j) => j)),
        ruleFrom: fc.option(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { nil: undefined }),
        offset: fc.integer({ min: -5, max: 15 }),
        done: fc.boolean(),
      }),
    ),
  ),
);

function toSteps(
  dag: { deps: number[]; ruleFrom: number | undefined; offset: number; done: boolean }[],
): CascadeStep[] {
  const steps = dag.map((d, i): CascadeStep => ({
    id: `s${i}`,
    dependsOn: d.deps.map((j) => `s${j}`),
    due: { from: i > 0 && d.ruleFrom !== undefined ? `s${d.ruleFrom}` : 'start', businessDays: d.offset },
    done: d.done,
  }));
  return dated(steps);
}

function downstream(steps: CascadeStep[], id: string): Set<string> {
  const reached = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of steps) {
      const parents = [...(s.dependsOn ?? []), s.due?.from ?? 'start'];
      if (!reached.has(s.id) && parents.some((p) => reached.has(p))) {
        reached.add(s.id);
        grew = true;
      }
    }
  }
  return reached;
}

const shifted = (iso: string, days: number): string =>
  new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();

describe('cascade properties', () => {
  it('never moves a step that does not depend, directly or not, on the milestone, nor a done step', () => {
    fc.assert(
      fc.property(dagArb, fc.nat(), fc.integer({ min: -20, max: 60 }), (dag, pick, shiftDays) => {
        const steps = toSteps(dag).map((s, i) => (i === pick % dag.length ? { ...s, done: false } : s));
        const milestone = steps[pick % steps.length];
        if (!milestone?.dueAt) return;
        const { moves } = previewReschedule(sydney, steps, {
          step: milestone.id,
          to: shifted(String(milestone.dueAt), shiftDays),
        });
        const allowed = downstream(steps, milestone.id);
        const done = new Set(steps.filter((s) => s.done).map((s) => s.id));
        for (const m of moves) {
          expect(allowed.has(m.step)).toBe(true);
          expect(done.has(m.step)).toBe(false);
        }
      }),
    );
  });

  it('moving a milestone to the date it already has moves nothing', () => {
    fc.assert(
      fc.property(dagArb, fc.nat(), (dag, pick) => {
        const steps = toSteps(dag).map((s) => ({ ...s, done: false }));
        const milestone = steps[pick % steps.length];
        if (!milestone?.dueAt) return;
        expect(previewReschedule(sydney, steps, { step: milestone.id, to: milestone.dueAt })).toEqual({
          moves: [],
          problems: [],
        });
      }),
    );
  });

  it('a step following a moved step by rule lands where its rule puts it from the new date', () => {
    fc.assert(
      fc.property(dagArb, fc.nat(), fc.integer({ min: 1, max: 30 }), (dag, pick, shiftDays) => {
        const steps = toSteps(dag).map((s) => ({ ...s, done: false }));
        const milestone = steps[pick % steps.length];
        if (!milestone?.dueAt) return;
        const { moves } = previewReschedule(sydney, steps, {
          step: milestone.id,
          to: shifted(String(milestone.dueAt), shiftDays),
        });
        const after = new Map(moves.map((m) => [m.step, m.after]));
        for (const m of moves) {
          if (m.because === 'chosen' || m.because.by !== 'rule') continue;
          const rule = steps.find((s) => s.id === m.step)?.due;
          const anchor = after.get(m.because.follows);
          expect(rule?.from).toBe(m.because.follows);
          expect(anchor && rule && dueFrom(sydney, anchor, rule)).toBe(m.after);
        }
      }),
    );
  });
});
