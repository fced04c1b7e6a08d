// S3 (Optergy SI onboarding) in real chromium: the glance says which week of the six the run is in, counted from the
// form's start date in Sydney, in English and Norwegian, or that it has not started; the step card shows the step's
// description in the viewer's language; and the page renders an answer carrying fields it does not know.
import { launch, openIssue, screenshot, serve, type Browser, type Served } from './harness';
import { describeTraining, newSi, sydneyDay, SUPPORT, TRAINING_DESCRIPTION } from './s3-week-kit';

let s: Served;
let b: Browser;
let running = '';
let upcoming = '';
let upcomingStart = '';
beforeAll(async () => {
  b = await launch();
  s = await serve();
  await describeTraining();
  // 23 days ago in Sydney: the fourth week, week 3 (week 0 is the start date's).
  running = await newSi(s, await sydneyDay(s, -23));
  upcomingStart = await sydneyDay(s, 10);
  upcoming = await newSi(s, upcomingStart);
}, 60_000);
afterAll(async () => {
  await s.close();
  await b.close();
}, 60_000);

test.each([
  { locale: 'en-US', week: 'Week 3 of 6', description: TRAINING_DESCRIPTION.en },
  { locale: 'nb-NO', week: 'Uke 3 av 6', description: TRAINING_DESCRIPTION.nb },
])('$locale: the glance shows the week beside the stage; the card its description', async (c) => {
  const { page, panel, glance } = await openIssue(b, s, running, { as: SUPPORT, locale: c.locale });
  const week = glance.getByTestId('glance-week');
  await week.waitFor();
  expect(await week.textContent()).toBe(c.week);
  // Beside the stage: in the same row as the stage's name.
  expect(await glance.locator('dd', { has: week }).textContent()).toMatch(new RegExp(`^.+ · ${c.week}$`));
  const card = panel.getByTestId('act-week-6-training');
  expect(await card.getByTestId('desc-week-6-training').textContent()).toBe(c.description);
  expect(await card.getAttribute('aria-describedby')).toBe('desc-week-6-training');
  await screenshot(page, `glance-week-${c.locale}`);
  await page.close();
});

test.each([
  { locale: 'en-US', text: /^Not started yet: week 0 begins / },
  { locale: 'nb-NO', text: /^Ikke startet ennå: uke 0 begynner / },
])('$locale: before the start date the glance says the run has not started', async (c) => {
  const { page, glance } = await openIssue(b, s, upcoming, { as: SUPPORT, locale: c.locale });
  const week = glance.getByTestId('glance-week');
  await week.waitFor();
  const text = (await week.textContent()) ?? '';
  expect(text).toMatch(c.text);
  // The day as the calendar has it, in the viewer's words (10 days ahead: the year is this year or the next).
  expect(text).toContain(upcomingStart.slice(0, 4));
  await page.close();
});

test('an answer with fields this page does not know (a newer resolver) still renders', async () => {
  let extended = 0;
  await b.context.route('**/local-runtime/invoke', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { result?: { ok?: boolean; data?: Record<string, unknown> | null } };
    const data = body.result?.data;
    const call = (route.request().postDataJSON() as { call: { functionKey: string } }).call.functionKey;
    if (call === 'getRun' && data) {
      extended += 1;
      const steps = data.steps as Record<string, unknown>[];
      body.result = {
        ...body.result,
        data: {
          ...data,
          riskScore: { value: 3, scale: 5 },
          week: { ...(data.week as object), holidays: 1 },
          steps: steps.map((st) => ({ ...st, confidence: 'high' })),
        },
      };
    }
    await route.fulfill({ response, json: body });
  });
  try {
    const { page, panel, glance } = await openIssue(b, s, running, { as: SUPPORT });
    await glance.getByTestId('glance-week').waitFor();
    expect(await glance.getByTestId('glance-week').textContent()).toBe('Week 3 of 6');
    await panel.getByTestId('act-week-6-training').waitFor();
    expect(await panel.getByTestId('error').count()).toBe(0);
    expect(await glance.getByTestId('error').count()).toBe(0);
    expect(extended).toBeGreaterThanOrEqual(2);
    await page.close();
  } finally {
    await b.context.unrouteAll({ behavior: 'wait' });
  }
});
