// Every product event delivered twice (and some reordered): S1 still writes everything exactly once.
import { advance, appComments, issue, moveTo, PEOPLE, S1_EMAIL, sendEmail } from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack({ duplicateRate: 1, seed: 7 });
  await e2e.control('/local/reset');
});
afterAll(() => e2e.close());

test('S1 with every event delivered twice: one of each comment, watcher, link and transition', async () => {
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
  await advance(e2e, 'PT25H');
  await sendEmail(e2e, PEOPLE.david, 'Products for SunPower Installers', '<p>Approved for SunPower Installers.</p>');
  await moveTo(e2e, 'CS-1', 'Done', PEOPLE.chris);

  const texts = (await appComments(e2e, 'SS-1')).map((c) => c.text.split('\n')[0] ?? '');
  expect(texts).toHaveLength(new Set(texts).size);
  expect(texts).toEqual([
    expect.stringContaining('May we push them live?'),
    expect.stringContaining('Reminder'),
    expect.stringContaining('answered by email in SS-2'),
    expect.stringContaining('complete'),
  ] as unknown[]);
  const watchers = await e2e.get<{ watchers: { accountId: string }[] }>('/rest/api/3/issue/SS-1/watchers');
  const ids = watchers.watchers.map((w) => w.accountId);
  expect(ids).toHaveLength(new Set(ids).size);
  expect(e2e.stack.slack.messages).toHaveLength(1);
  const answer = await issue(e2e, 'SS-2');
  expect(answer.fields.issuelinks).toHaveLength(1);
  expect(answer.fields.resolution?.name).toBe('Duplicate');
  expect((await issue(e2e, 'SS-1')).fields.status.name).toBe('Resolved');
  const cs = await e2e.get<{ issues: unknown[] }>('/rest/api/3/search/jql?jql=project%3DCS&fields=summary');
  expect(cs.issues).toHaveLength(1);
  // The runtime did deliver duplicates: every product event reached the app twice.
  const delivered = e2e.stack.runtime
    .log()
    .filter((l) => l.kind === 'event')
    .map((l) => l.detail);
  expect(delivered.length).toBe(2 * new Set(delivered).size);
});
