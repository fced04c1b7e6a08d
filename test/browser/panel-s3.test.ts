// S3 (Optergy SI onboarding, the built-in week-based playbook) in real chromium: the week timeline from the start
// date, and an agent deferring week 6 to a Week-B date, previewed first; the timeline and due dates move.
import { launch, openIssue, screenshot, serve, type Browser, type Served } from './harness';

const SALLY = 'sales@optergy.example';
const SAM = '712020:sam-support';
let s: Served;
let b: Browser;
let key = '';
const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
// Tomorrow (UTC) is today or later in Sydney too: the run's week 0 starts then.
const start = isoDay(Date.now() + DAY);
const weekB = isoDay(Date.parse(start) + 56 * DAY);

beforeAll(async () => {
  b = await launch();
  s = await serve();
  const created = await s.rest('POST', '/rest/servicedeskapi/request', SALLY, {
    serviceDeskId: '3',
    requestTypeId: '31',
    requestFieldValues: {
      summary: 'New SI: Bright SI',
      description: `SI company: Bright SI\nSI contact email: ian@bright-si.example\nSI size: Large\nStart date: ${start}`,
    },
  });
  if (created.status !== 201) throw new Error(`New SI request: ${created.status} ${JSON.stringify(created.body)}`);
  key = (created.body as { issueKey: string }).issueKey;
  await s.control('settle');
});
afterAll(async () => {
  await s.close();
  await b.close();
}, 60_000);

interface Week {
  week: number;
  items: { stepId: string; date: string }[];
}
const run = async () => {
  const r = (await s.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: key } },
    context: { accountId: SAM },
  })) as { data: { timeline?: Week[]; steps: { id: string; plannedAt?: string; dueAt?: string }[] } };
  return r.data;
};
const weekOf = (weeks: Week[] | undefined, stepId: string) =>
  weeks?.find((w) => w.items.some((i) => i.stepId === stepId))?.week;

test('S3: an agent defers week 6 to a Week-B date; the preview lists what moves, then the timeline moves', async () => {
  const before = await run();
  expect(weekOf(before.timeline, 'week-6-training')).toBe(6);
  const { page, panel } = await openIssue(b, s, key, { as: 'support@optergy.example' });
  const timeline = panel.getByTestId('timeline');
  await timeline
    .getByTestId('week-6-items')
    .getByText(/in-person deployment training/)
    .waitFor();
  await screenshot(page, 's3-timeline-before');

  const card = panel.getByTestId('act-week-6-training');
  await card.getByLabel('Defer to (date)').fill(weekB);
  await card.getByRole('button', { name: 'Preview the new dates' }).click();
  const preview = card.getByTestId('defer-preview');
  await preview.getByText(/date\(s\) move:/).waitFor();
  const moves = await preview.getByRole('listitem').allTextContents();
  expect(moves[0]).toMatch(/^Week 6 \(Week A\): in-person deployment training: .* → .*/);
  expect(moves.some((m) => m.startsWith('Week 8: virtual session 3'))).toBe(true);
  expect(await run()).toEqual(before);
  await screenshot(page, 's3-defer-preview');

  await preview.getByRole('button', { name: /^Defer to / }).click();
  await timeline
    .getByTestId('week-8-items')
    .getByText(/in-person deployment training .*moved/)
    .waitFor();
  expect(
    await timeline
      .getByTestId('week-6-items')
      .getByText(/in-person deployment training/)
      .count(),
  ).toBe(0);
  const after = await run();
  expect(weekOf(after.timeline, 'week-6-training')).toBe(8);
  expect(weekOf(after.timeline, 'week-8-session')).toBe(10);
  const planned = after.steps.find((x) => x.id === 'week-6-training')?.plannedAt ?? '';
  // 09:00 in Sydney is the evening before in UTC: half a day later is the Sydney day.
  expect(isoDay(Date.parse(planned) + 12 * 3_600_000)).toBe(weekB);
  await screenshot(page, 's3-defer-after');
}, 60_000);
