// Two invocations for the same run at the same moment (Forge runs functions side by side): every event delivered
// twice AT ONCE, and a panel click landing while a comment's event is processed. Nothing doubled, nothing lost.
import type { RunView } from '../../src/shared/contracts';
import {
  appComments,
  expectS1WrittenOnce,
  IDS,
  issue,
  moveTo,
  PEOPLE,
  S1_EMAIL,
  sendEmail,
  walkS1ByEmail,
} from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
afterEach(() => e2e.close());

const view = async (key: string): Promise<RunView> => {
  const r = (await e2e.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: key } },
    context: { accountId: IDS.james },
  })) as { data: RunView };
  return r.data;
};

test('every event delivered twice at the same moment: one of each comment, watcher, link and transition', async () => {
  e2e = await startStack({ duplicateRate: 1, seed: 11, parallel: true });
  await e2e.control('/local/reset');
  await walkS1ByEmail(e2e);
  await expectS1WrittenOnce(e2e);
  expect((await view('SS-1')).state).toBe('completed');
});

test("a panel click while David's approving comment is processed: both decisions are kept", async () => {
  e2e = await startStack({ parallel: true });
  await e2e.control('/local/reset');
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
  const body = {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Approved, go ahead.' }] }],
  };
  await Promise.all([
    e2e.call('POST', '/rest/api/3/issue/SS-1/comment', { as: PEOPLE.david, body: { body } }),
    e2e.stack.runtime.invoke('panel-resolver', {
      call: {
        functionKey: 'act',
        payload: { issueKey: 'SS-1', action: 'customerCommunicationNeeded', requestId: 'c1' },
      },
      context: { accountId: IDS.james },
    }),
  ]);
  await e2e.control('/local/settle');
  const texts = (await appComments(e2e, 'SS-1')).map((c) => c.text);
  expect(texts.filter((t) => t.includes('Customer communication is needed'))).toHaveLength(1);
  expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');
  const approval = (await view('SS-1')).steps.find((s) => s.id === 'go-live-approval');
  expect(approval?.status).toBe('done');
  await moveTo(e2e, 'CS-1', 'Done', PEOPLE.chris);
  expect((await issue(e2e, 'SS-1')).fields.status.name).toBe('Resolved');
});
