// The aggregate's bounded windows: counts stay exact past the bound, medians follow the latest samples, and taking
// a contribution back undoes it.
import { median } from '../../src/app/admin/insight-figures';
import {
  applyContribution,
  emptyAggregate,
  fitAggregate,
  SAMPLE_LIMIT,
  type Contribution,
} from '../../src/storage/insight-aggregate';

const done = (ms: number): Contribution => ({ playbookId: 'p', steps: [['review', ms]], approvals: [], due: [] });

test('past SAMPLE_LIMIT done steps the count is exact and the median is over the latest SAMPLE_LIMIT', () => {
  const agg = emptyAggregate('p');
  const values = Array.from({ length: SAMPLE_LIMIT + 50 }, (_, i) => (i < 50 ? 1 : 1_000 + i));
  for (const v of values) applyContribution(agg, done(v), 1);
  expect(agg.steps.review?.count).toBe(SAMPLE_LIMIT + 50);
  expect(agg.steps.review?.samples).toHaveLength(SAMPLE_LIMIT);
  expect(median(agg.steps.review?.samples ?? [])).toBe(median(values.slice(50)));
});

test('a contribution added then taken back leaves the aggregate empty again', () => {
  const agg = emptyAggregate('p');
  const c: Contribution = {
    playbookId: 'p',
    active: { stage: 'review', version: 2 },
    steps: [['intake', 5]],
    completedMs: 9,
    approvals: [
      { stepId: 'approve', waitMs: 3, waiting: false },
      { stepId: 'approve', waiting: true },
    ],
    due: [],
  };
  applyContribution(agg, c, 1);
  expect(agg.approvals.approve).toEqual({ runs: 2, waitingNow: 1, count: 1, samples: [3] });
  applyContribution(agg, c, -1);
  expect(agg).toEqual(emptyAggregate('p'));
});

test('an aggregate too large for one KVS value keeps the newer half of each window, counts untouched', () => {
  const agg = emptyAggregate('p');
  for (let step = 0; step < 10; step += 1)
    for (let i = 0; i < SAMPLE_LIMIT; i += 1) applyContribution(agg, { ...done(i), steps: [[`s${step}`, i]] }, 1);
  expect(fitAggregate(agg, 4_000)).toBe(true);
  expect(new TextEncoder().encode(JSON.stringify(agg)).length).toBeLessThanOrEqual(4_000);
  expect(agg.steps.s0?.count).toBe(SAMPLE_LIMIT);
  expect(agg.steps.s0?.samples.at(-1)).toBe(SAMPLE_LIMIT - 1);
  expect(fitAggregate(agg)).toBe(false);
});
