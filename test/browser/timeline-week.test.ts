// S3 in real chromium: the panel's week table says where the run stands ("Week 3 of 6" above it) and marks the
// current week's row with words and aria-current, not colour alone, in English and Norwegian; before the start date
// no row is marked.
import { launch, openIssue, screenshot, serve, type Browser, type Served } from './harness';
import { describeTraining, newSi, sydneyDay, SUPPORT } from './s3-week-kit';

let s: Served;
let b: Browser;
let running = '';
let upcoming = '';
beforeAll(async () => {
  b = await launch();
  s = await serve();
  await describeTraining();
  // 23 days ago in Sydney: the fourth week, week 3 (week 0 is the start date's).
  running = await newSi(s, await sydneyDay(s, -23));
  upcoming = await newSi(s, await sydneyDay(s, 10));
}, 60_000);
afterAll(async () => {
  await s.close();
  await b.close();
}, 60_000);

test.each([
  { locale: 'en-US', where: 'Week 3 of 6', row: 'Week 3 · This week', mark: 'This week' },
  { locale: 'nb-NO', where: 'Uke 3 av 6', row: 'Uke 3 · Denne uka', mark: 'Denne uka' },
])('$locale: the week table says the week above it and marks its row', async (c) => {
  const { page, panel } = await openIssue(b, s, running, { as: SUPPORT, locale: c.locale });
  const timeline = panel.getByTestId('timeline');
  await timeline.getByTestId('this-week').waitFor();
  expect(await timeline.getByTestId('timeline-where').textContent()).toBe(c.where);
  const marked = timeline.locator('tbody tr[aria-current]');
  expect(await marked.count()).toBe(1);
  expect(await marked.getAttribute('aria-current')).toBe('true');
  expect(await marked.getAttribute('data-testid')).toBe('week-3');
  expect(await marked.locator('th').textContent()).toBe(c.row);
  expect(await marked.getByTestId('this-week').textContent()).toBe(c.mark);
  // The words come before the table, so a screen reader hears them before the rows.
  const whereFirst = await timeline.evaluate((el) => {
    const where = el.querySelector('[data-testid="timeline-where"]');
    const table = el.querySelector('table');
    return !!where && !!table && !!(where.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(whereFirst).toBe(true);
  await screenshot(page, `timeline-week-${c.locale}`);
  await page.close();
});

test('before the start date no row is marked and the table says when week 0 begins', async () => {
  const { page, panel } = await openIssue(b, s, upcoming, { as: SUPPORT });
  const timeline = panel.getByTestId('timeline');
  await timeline.getByTestId('timeline-where').waitFor();
  expect(await timeline.getByTestId('timeline-where').textContent()).toMatch(/^Not started yet: week 0 begins /);
  expect(await timeline.locator('tbody tr[aria-current]').count()).toBe(0);
  expect(await timeline.getByTestId('this-week').count()).toBe(0);
  await page.close();
});
