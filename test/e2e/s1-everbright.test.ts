// S1 end to end over HTTP: the onboarding email, intake, the config team's CS ticket, the approval chased and
// answered by an email without the ticket key, going live and closing.
import { advance, appComments, IDS, issue, moveTo, PEOPLE, S1_EMAIL, sendEmail } from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterAll(() => e2e.close());

test('intake sets organization, request type, select, reporter and watchers; the sender is no longer on it', async () => {
  const key = await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  expect(key).toBe('SS-1');
  const ss = await issue(e2e, 'SS-1');
  const organizations = ss.fields.customfield_10002 as { name: string }[];
  expect(organizations.map((o) => o.name)).toEqual(['SunPower Installers']);
  const requestType = ss.fields.customfield_10010 as { requestType: { name: string } };
  expect(requestType.requestType.name).toBe('Company-specific Data Change');
  expect((ss.fields.customfield_10050 as { value: string }).value).toBe('Integrated Finance');
  expect(ss.fields.reporter?.accountId).toBe(IDS.mailbox);
  const participants = (ss.fields.customfield_10030 ?? []) as { accountId: string }[];
  expect(participants.map((p) => p.accountId)).not.toContain(IDS.bob);
  const watchers = await e2e.get<{ watchers: { accountId: string }[] }>('/rest/api/3/issue/SS-1/watchers');
  expect(watchers.watchers.map((w) => w.accountId)).toEqual(expect.arrayContaining([IDS.ken, IDS.david]));
  const cs = ss.fields.issuelinks?.find(
    (l) => l.outwardIssue?.key.startsWith('CS-') || l.inwardIssue?.key.startsWith('CS-'),
  );
  expect(cs).toBeDefined();
});

test('CS On Hold moves SS to Waiting for support and asks David Ellis in an internal comment', async () => {
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
  expect((await issue(e2e, 'SS-1')).fields.status.name).toBe('Waiting for support');
  const comments = await appComments(e2e, 'SS-1');
  const ask = comments.find((c) => c.text.includes('May we push them live?'));
  expect(ask?.mentioned).toEqual([IDS.david]);
  expect(ask?.jsdPublic).toBe(false);
});

test('no answer in 24 hours: a chaser mentions David again, in Jira and in Slack', async () => {
  const before = (await appComments(e2e, 'SS-1')).length;
  await advance(e2e, 'PT25H');
  const comments = await appComments(e2e, 'SS-1');
  expect(comments).toHaveLength(before + 1);
  const chaser = comments.at(-1);
  expect(chaser?.text).toContain('Reminder');
  expect(chaser?.mentioned).toEqual([IDS.david]);
  expect(chaser?.jsdPublic).toBe(false);
  expect(e2e.stack.slack.messages.map((m) => m.text)).toEqual([expect.stringContaining('<@U0DAVIDELL>')]);
});

test("David's email without the ticket key is closed as a duplicate of SS-1 and approves: CS goes back to To Do", async () => {
  const key = await sendEmail(
    e2e,
    PEOPLE.david,
    'Products for SunPower Installers',
    '<p>Approved, go ahead with SunPower Installers.</p><p>David</p>',
  );
  expect(key).toBe('SS-2');
  const answer = await issue(e2e, 'SS-2');
  // SS-2 "duplicates" SS-1: on SS-2 the link shows SS-1 as its outward issue.
  const links = (answer.fields.issuelinks ?? []).map((l) => [l.type.name, l.outwardIssue?.key, l.inwardIssue?.key]);
  expect(links).toEqual([['Duplicate', 'SS-1', undefined]]);
  expect(answer.fields.resolution?.name).toBe('Duplicate');
  expect(answer.fields.status.name).toBe('Resolved');
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');
  expect(await e2e.get('/rest/api/3/issue/SS-2/properties/onboarding-run').catch(() => 'none')).toBe('none');
});

test('CS Done: SS is told complete (James and David mentioned) and resolved', async () => {
  await moveTo(e2e, 'CS-1', 'Done', PEOPLE.chris);
  const ss = await issue(e2e, 'SS-1');
  expect(ss.fields.status.name).toBe('Resolved');
  expect(ss.fields.resolution?.name).toBe('Done');
  const done = (await appComments(e2e, 'SS-1')).find((c) => c.text.includes('complete'));
  expect(done?.mentioned).toEqual([IDS.james, IDS.david]);
  expect(done?.jsdPublic).toBe(false);
  expect((await appComments(e2e, 'SS-1')).every((c) => c.jsdPublic === false)).toBe(true);
});
