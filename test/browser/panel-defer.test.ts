// Deferring a week-6 milestone in real chromium (fixture playbook): the preview lists every date that moves, the
// deferral moves the milestone to a later week on the timeline and the due dates follow; the week rows are a table.
import { FIXTURE_SUMMARY, installFixture } from '../integration/panel-fixture';
import { AGENT, launch, openIssue, screenshot, serve, type Browser, type Served } from './harness';

let s: Served;
let b: Browser;
beforeAll(async () => {
  b = await launch();
  s = await serve();
  await installFixture();
  await s.control('email', { from: 'bob@sunpower-installers.example', subject: FIXTURE_SUMMARY, body: '<p>Hi</p>' });
  await s.control('settle');
});
afterAll(async () => {
  await s.close();
  await b.close();
}, 60_000);

interface Step {
  id: string;
  dueAt?: string;
  plannedAt?: string;
}
const steps = async (): Promise<Step[]> => {
  const r = (await s.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: 'SS-1' } },
    context: { accountId: '712020:priya-agent' },
  })) as { data: { steps: Step[] } };
  return r.data.steps;
};
const day = (iso: string, plusDays = 0): string =>
  new Date(Date.parse(iso) + plusDays * 86_400_000).toISOString().slice(0, 10);

test('an agent defers the week-6 milestone three weeks: preview, then the timeline and due dates move', async () => {
  const before = await steps();
  const training = before.find((x) => x.id === 'training')?.dueAt ?? '';
  const followUp = before.find((x) => x.id === 'follow-up')?.plannedAt ?? '';
  const target = day(training, 21);
  const { page, panel } = await openIssue(b, s, 'SS-1', { as: AGENT });
  const timeline = panel.getByTestId('timeline');
  // Week rows carry their cells' text in their accessible name, so rows are picked by their own test id.
  await timeline
    .getByTestId('week-6-items')
    .getByText(/Week 6 training/)
    .waitFor();
  await screenshot(page, 'defer-before');

  const card = panel.getByTestId('act-training');
  await card.getByLabel('Defer to (date)').fill(target);
  await card.getByRole('button', { name: 'Preview the new dates' }).click();
  const preview = card.getByTestId('defer-preview');
  await preview.getByText('These 2 date(s) move:').waitFor();
  expect(await preview.getByRole('listitem').allTextContents()).toEqual([
    expect.stringMatching(/^Week 6 training: .* → .*/),
    expect.stringMatching(/^Follow-up call: .* → .*/),
  ]);
  // The preview changed nothing.
  expect(await steps()).toEqual(before);
  await screenshot(page, 'defer-preview');

  await preview.getByRole('button', { name: /^Defer to / }).click();
  await timeline
    .getByTestId('week-9-items')
    .getByText(/Week 6 training .*moved/)
    .waitFor();
  expect(
    await timeline
      .getByTestId('week-6-items')
      .getByText(/Week 6 training/)
      .count(),
  ).toBe(0);
  await timeline.getByRole('rowheader', { name: 'Week 9', exact: true }).waitFor();
  const after = await steps();
  expect(day(after.find((x) => x.id === 'training')?.dueAt ?? '')).toBe(target);
  expect(day(after.find((x) => x.id === 'follow-up')?.plannedAt ?? '')).toBe(day(followUp, 21));
  await panel
    .getByTestId('due-training')
    .getByText(new RegExp(String(new Date(target).getUTCFullYear())))
    .waitFor();
  await screenshot(page, 'defer-after');
}, 60_000);

test('a deferral into the past is refused with what to do, and nothing moves', async () => {
  const before = await steps();
  const { page, panel } = await openIssue(b, s, 'SS-1', { as: AGENT });
  const card = panel.getByTestId('act-training');
  await card.getByLabel('Defer to (date)').fill('2020-01-06');
  await card.getByRole('button', { name: 'Preview the new dates' }).click();
  await card
    .getByRole('alert')
    .getByText(/That day has passed/)
    .waitFor();
  await screenshot(page, 'defer-refused');
  expect(await steps()).toEqual(before);
}, 60_000);
