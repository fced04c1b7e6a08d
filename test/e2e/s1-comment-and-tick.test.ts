// David's approving comment and the hourly tick that owes him his first chase reach the same run at the same moment
// (the local runtime in parallel mode starts everything due together, as Forge runs functions side by side). Whatever
// wins the run's lock, the outcome is one of two: the answer recorded and no chase, or the chase then the answer;
// never a chase after the answer, and nothing written twice. Each interleaving starts the comment a few turns of
// the event loop before or after the tick, so the two meet at different points of each other's work: observed at
// 02:40 UTC, the comment first (answer, no chase), the two at once (the comment finds the run locked by the tick's
// chase, is queued again and recorded a minute later) and the tick first (chase, then the answer).
import type { RunView } from '../../src/shared/contracts';
import { advance, appComments, IDS, issue, moveTo, PEOPLE, S1_EMAIL, sendEmail } from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack({ parallel: true });
});
afterAll(() => e2e.close());

const HOUR = 3600_000;
const SITE = 'https://local-site.atlassian.net';
const approved = {
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Approved, go ahead.' }] }],
};

async function approval(): Promise<NonNullable<RunView['steps'][number]['approval']>> {
  const r = (await e2e.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: 'SS-1' } },
    context: { accountId: IDS.james },
  })) as { data: RunView };
  const a = r.data.steps.find((s) => s.id === 'go-live-approval')?.approval;
  if (!a) throw new Error('SS-1 has no approval');
  return a;
}

const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};

/** The hourly firing at or after `at`: the local runtime fires at installedAt + k hours. */
function firingAtOrAfter(at: number): number {
  const installed = e2e.stack.runtime.installedAt.getTime();
  return installed + Math.ceil((at - installed) / HOUR) * HOUR;
}

test.each([-3, -1, 0, 1, 2, 3, 4, 6, 8])(
  'the comment started %i event-loop turns after the due tick (negative: before it): one outcome, nothing twice',
  async (lead) => {
    await e2e.control('/local/reset');
    await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
    await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
    const asked = await approval();
    const due = Date.parse(asked.nextChaseAt ?? '');
    const firing = firingAtOrAfter(due);
    // Up to one minute before the firing that finds the chase due, then the tick and the comment together.
    await advance(e2e, `PT${Math.round((firing - 60_000 - e2e.stack.clock.now().getTime()) / 1000)}S`);
    expect((await approval()).chases).toEqual([]);
    // In-process from here, so the two can meet inside each other's work (an HTTP round trip is slower than a tick).
    const comment = async (): Promise<number> => {
      const request = new Request(`${SITE}/rest/api/3/issue/SS-1/comment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ body: approved }),
      });
      return (await e2e.stack.site.handle(request, { kind: 'user', accountId: IDS.david })).status;
    };
    const tick = (): Promise<number> => e2e.stack.runtime.advance(60_000).then(() => 0);
    const first = lead < 0 ? comment() : tick();
    await turns(Math.abs(lead));
    const second = lead < 0 ? tick() : comment();
    const [posted] = lead < 0 ? await Promise.all([first, second]) : await Promise.all([second, first]);
    expect(posted).toBe(201);
    await e2e.control('/local/settle');

    const a = await approval();
    expect(a.answer).toMatchObject({ decision: 'approve', channel: 'comment', by: 'David Ellis' });
    const answeredAt = a.answer?.at ?? '';
    // Either no chase, or the one chase at the firing, before the answer was recorded.
    expect(a.chases.length).toBeLessThanOrEqual(1);
    for (const chase of a.chases) expect(chase <= answeredAt).toBe(true);
    const reminders = (await appComments(e2e, 'SS-1')).filter((c) => c.text.includes('Reminder'));
    expect(reminders).toHaveLength(a.chases.length);
    expect(e2e.stack.slack.messages).toHaveLength(a.chases.length);
    expect((await issue(e2e, 'CS-1')).fields.status.name).toBe('To Do');

    // Days later: nothing more, and no comment of the app twice.
    for (let i = 0; i < 3; i += 1) await advance(e2e, 'PT25H');
    const texts = (await appComments(e2e, 'SS-1')).map((c) => `${c.text}|${c.mentioned.join(',')}`);
    expect(texts).toHaveLength(new Set(texts).size);
    expect(texts.filter((t) => t.includes('Reminder'))).toHaveLength(a.chases.length);
    expect((await approval()).chases).toEqual(a.chases);
  },
  60_000,
);
