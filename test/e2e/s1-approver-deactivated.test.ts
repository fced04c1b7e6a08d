// S1 with the approver's Jira account deactivated (an admin did it on /local/users): the app reads his user when it
// would ask or chase him, asks the fallback (Rachel) at once with an internal comment saying why, and never chases
// him. Driven only through the local site's HTTP surface.
import type { RunView } from '../../src/shared/contracts';
import { advance, appComments, IDS, issue, moveTo, PEOPLE, S1_EMAIL, sendEmail } from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterEach(() => e2e.close());

const deactivate = (email: string) => e2e.control('/local/users', { email, active: false });

async function view(): Promise<RunView> {
  const r = (await e2e.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: 'SS-1' } },
    context: { accountId: IDS.james },
  })) as { data: RunView };
  return r.data;
}

async function comment(as: string, text: string): Promise<number> {
  const body = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  const r = await e2e.call('POST', '/rest/api/3/issue/SS-1/comment', { as, body: { body } });
  await e2e.control('/local/settle');
  return r.status;
}

async function onHold(): Promise<void> {
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
}

const davidMentioned = async () => (await appComments(e2e, 'SS-1')).filter((c) => c.mentioned.includes(IDS.david));
const reminders = async () => (await appComments(e2e, 'SS-1')).filter((c) => c.text.includes('Reminder'));

test('deactivated before the approval: Rachel is asked at once with the reason, David is never asked or chased', async () => {
  await deactivate(PEOPLE.david);
  await onHold();

  // Before any time passes (the first chase is due 24 h after the question): Rachel has the question.
  const toRachel = (await appComments(e2e, 'SS-1')).filter((c) => c.mentioned.includes(IDS.rachel));
  expect(toRachel).toHaveLength(1);
  expect(toRachel[0]?.jsdPublic).toBe(false);
  expect(toRachel[0]?.text).toContain('David Ellis cannot answer this approval: their Jira account is deactivated');
  expect(toRachel[0]?.text).toContain('May we push them live?');
  expect(await davidMentioned()).toEqual([]);

  const approval = (await view()).steps.find((s) => s.id === 'go-live-approval');
  expect(approval?.approval?.escalatedAt).toBeDefined();
  expect(approval?.approval?.nextChaseAt).toBeUndefined();
  expect(approval?.why?.some((w) => w.code === 'attention' && w.detail?.includes('deactivated'))).toBe(true);
  // (Adding him as a watcher at the start failed too: Jira refuses a deactivated watcher; that is its own attention.)
  const attention = (await view()).attention;
  expect(attention.filter((a) => a.code !== 'command.invalid').map((a) => a.code)).toEqual(['approver.unavailable']);
  expect(attention.find((a) => a.code === 'command.invalid')?.message).toContain('adding a watcher');

  // Four days on: no chase at all, in Jira or on Slack.
  for (let i = 0; i < 4; i += 1) await advance(e2e, 'PT25H');
  expect(await reminders()).toEqual([]);
  expect(await davidMentioned()).toEqual([]);
  expect(e2e.stack.slack.messages).toEqual([]);

  expect(await comment(PEOPLE.rachel, 'Approved, go ahead.')).toBe(201);
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');
  expect((await view()).attention.map((a) => a.code)).toEqual(['command.invalid']);
});

test('deactivated after the question: the first chase is not sent, Rachel is asked in its place', async () => {
  await onHold();
  expect(await davidMentioned()).toHaveLength(1); // the question
  await deactivate(PEOPLE.david);
  await advance(e2e, 'PT25H');
  expect(await reminders()).toEqual([]);
  expect(e2e.stack.slack.messages).toEqual([]);
  const toRachel = (await appComments(e2e, 'SS-1')).filter((c) => c.mentioned.includes(IDS.rachel));
  expect(toRachel).toHaveLength(1);
  expect(toRachel[0]?.text).toContain('their Jira account is deactivated');
  expect(await davidMentioned()).toHaveLength(1);
  for (let i = 0; i < 3; i += 1) await advance(e2e, 'PT25H');
  expect(await reminders()).toEqual([]);
});
