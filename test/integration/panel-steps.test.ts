// Step actions through the panel resolver on the fixture playbook: what the run view offers for each kind, and that
// each action changes the run (or is refused with a stable reason and changes nothing).
import type { RunView, StepView } from '../../src/shared/contracts';
import { AGENT, BOB } from './panel-harness';
import { FIXTURE_SUMMARY, installFixture } from './panel-fixture';
import { inProcessStack, type InProcess } from './stack';

const DAVID = '712020:david-ellis';
let p: InProcess;
let n = 0;
beforeEach(async () => {
  p = await inProcessStack();
  await installFixture();
  await p.email(BOB, FIXTURE_SUMMARY, '<p>Please set us up.</p>');
});
afterEach(() => p.stack.stop());

type Answer = { ok: boolean; data?: unknown; error?: { code: string; reason?: string; message: string } };
const act = async (as: string, payload: Record<string, unknown>): Promise<Answer> => {
  const r = await p.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'act', payload: { issueKey: 'SS-1', requestId: `r${++n}`, ...payload } },
    context: { accountId: as },
  });
  await p.stack.runtime.settle();
  return r as Answer;
};
const view = async (): Promise<RunView> => {
  const r = await p.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'getRun', payload: { issueKey: 'SS-1' } },
    context: { accountId: AGENT },
  });
  return (r as { data: RunView }).data;
};
const step = async (id: string): Promise<StepView | undefined> => (await view()).steps.find((s) => s.id === id);

test('checklist: each item ticked shows as done, the last one finishes the task and starts its review', async () => {
  expect((await step('prepare'))?.checklist).toEqual([
    { id: 'docs', text: 'Documents received', done: false },
    { id: 'account', text: 'Account created', done: false },
  ]);
  const early = await act(AGENT, { action: 'completeStep', stepId: 'prepare' });
  expect(early.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'task.checklist-open' }));
  expect((await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'docs' })).ok).toBe(true);
  expect((await step('prepare'))?.checklist?.map((c) => c.done)).toEqual([true, false]);
  expect((await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'account' })).ok).toBe(true);
  expect((await step('prepare'))?.status).toBe('done');
  expect(await step('check-prepare')).toEqual(expect.objectContaining({ status: 'active', reviewOf: 'prepare' }));
});

test('flag a problem: refused without a reason; with one the task goes back to its owner and the flag is shown', async () => {
  await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'docs' });
  await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'account' });
  const bare = await act(AGENT, { action: 'flag', stepId: 'check-prepare' });
  expect(bare.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'review.reason-missing' }));
  expect((await act(AGENT, { action: 'flag', stepId: 'check-prepare', note: 'Documents unsigned' })).ok).toBe(true);
  expect((await step('prepare'))?.status).toBe('active');
  const review = await step('check-prepare');
  expect(review?.status).toBe('pending');
  expect(review?.flags).toEqual([expect.objectContaining({ by: 'Priya Agent', reason: 'Documents unsigned' })]);
});

test('decision: the options and the rendered question; an unknown option is refused, a real one recorded', async () => {
  await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'docs' });
  await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'account' });
  await act(AGENT, { action: 'completeStep', stepId: 'check-prepare' });
  const go = await step('go');
  expect(go).toEqual(
    expect.objectContaining({
      status: 'active',
      question: 'Go ahead with SS-1?',
      options: [
        { value: 'yes', label: 'Go ahead' },
        { value: 'no', label: 'Stop here' },
      ],
    }),
  );
  const wrong = await act(AGENT, { action: 'decide', stepId: 'go', value: 'maybe' });
  expect(wrong.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason: 'decision.unknown-option' }));
  expect((await act(AGENT, { action: 'decide', stepId: 'go', value: 'yes' })).ok).toBe(true);
  expect((await step('go'))?.completion).toEqual(expect.objectContaining({ by: 'Priya Agent', value: 'yes' }));
});

test('sign-off: parties with who may give them; party rules refuse, evidence and reasons are required', async () => {
  await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'docs' });
  await act(AGENT, { action: 'checkItem', stepId: 'prepare', item: 'account' });
  await act(AGENT, { action: 'completeStep', stepId: 'check-prepare' });
  await act(AGENT, { action: 'decide', stepId: 'go', value: 'yes' });
  expect((await step('handover'))?.parties).toEqual([
    expect.objectContaining({ id: 'customer', waivable: true, agentRecord: true, people: [] }),
    expect.objectContaining({ id: 'lead', waivable: false, agentRecord: false, people: ['David Ellis'] }),
  ]);
  const before = await view();
  const refusals: [Record<string, unknown>, string][] = [
    [{ action: 'signOff', party: 'lead' }, 'signoff.not-allowed'],
    [{ action: 'waive', party: 'lead', note: 'in a hurry' }, 'signoff.not-waivable'],
    [{ action: 'signOff', party: 'customer' }, 'signoff.evidence-missing'],
    [{ action: 'waive', party: 'customer' }, 'signoff.reason-missing'],
  ];
  for (const [fields, reason] of refusals) {
    const r = await act(AGENT, { stepId: 'handover', ...fields });
    expect(r.error).toEqual(expect.objectContaining({ code: 'REFUSED', reason }));
  }
  expect(await view()).toEqual(before);
  expect(
    (await act(AGENT, { action: 'waive', stepId: 'handover', party: 'customer', note: 'Signed on paper' })).ok,
  ).toBe(true);
  expect((await act(DAVID, { action: 'signOff', stepId: 'handover', party: 'lead' })).ok).toBe(true);
  const done = await step('handover');
  expect(done?.status).toBe('done');
  expect(done?.parties?.map((x) => [x.id, x.signed?.how, x.signed?.by])).toEqual([
    ['customer', 'waived', 'Priya Agent'],
    ['lead', 'panel', 'David Ellis'],
  ]);
});
