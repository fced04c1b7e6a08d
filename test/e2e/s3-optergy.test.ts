// S3 (Optergy new SI) over HTTP: sales raises "New SI" with the form's fields; week 0, the customer messages of
// week 1, the week-2 call's Week A / Week B (deferred training, previewed, with what depends on it), small SIs done.
import { advance } from './s1-flow';
import { panelClient } from './panel-client';
import { adfText, mentions, startStack, type E2E } from './stack-harness';

const SALLY = '712020:sally-sales';
const SAM = '712020:sam-support';
const ALAN = '712020:alan-accounts';
const MIA = '712020:mia-marketing';
const IAN_ID = 'qm:customer:ian-brightsi';
const APP = '557058:onboarding-playbooks-app';
const SALES = 'sales@optergy.example';

// Weeks of hourly ticks on a shared machine: the long runs get time (no assertion depends on it).
jest.setTimeout(240_000);

let e2e: E2E;
let panel: ReturnType<typeof panelClient>;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
  panel = panelClient(e2e, SAM);
});
afterEach(() => e2e.close());

async function newSi(size: 'Small' | 'Large', startDate: string): Promise<string> {
  const r = await e2e.call('POST', '/rest/servicedeskapi/request', {
    as: SALES,
    body: {
      serviceDeskId: '3',
      requestTypeId: '31',
      requestFieldValues: {
        summary: 'New SI: Bright SI',
        description: 'Signed up at the Sydney expo: three engineers, two projects in the pipeline.',
        customfield_10070: 'Bright SI',
        customfield_10071: 'ian@bright-si.example',
        customfield_10072: { value: size },
        customfield_10073: startDate,
      },
    },
  });
  expect(r.status).toBe(201);
  await e2e.control('/local/settle');
  return (r.body as { issueKey: string }).issueKey;
}

const comments = async (key: string) =>
  (
    await e2e.get<{ comments: { body: unknown; jsdPublic?: boolean; author: { accountId: string } }[] }>(
      `/rest/api/3/issue/${key}/comment?maxResults=100`,
      SALES,
    )
  ).comments.map((c) => ({ ...c, text: adfText(c.body), mentioned: mentions(c.body) }));
const toIan = async (key: string) =>
  (
    await e2e.get<{ messages: { kind: string; issueKey: string; toAccountId: string; at: string }[] }>('/local/outbox')
  ).messages.filter((m) => m.kind === 'public-comment' && m.issueKey === key && m.toAccountId === IAN_ID);
const done = async (as: string, key: string, stepId: string, extra: Record<string, unknown> = {}) => {
  const r = await panel.act(as, { issueKey: key, action: 'completeStep', stepId, ...extra });
  expect(r).toEqual(expect.objectContaining({ ok: true }) as unknown);
};

test('week 0: Ian becomes a participant, one internal "New SI" note to four people; week 1 sends him three messages', async () => {
  const key = await newSi('Large', '2026-03-02');
  expect((await panel.view(key))?.playbookId).toBe('optergy-si-onboarding');
  const fields = (await e2e.get<{ fields: Record<string, unknown> }>(`/rest/api/3/issue/${key}`, SALES)).fields;
  expect((fields.customfield_10030 as { accountId: string }[]).map((p) => p.accountId)).toEqual([IAN_ID]);
  const note = (await comments(key)).filter((c) => c.author.accountId === APP);
  expect(note).toHaveLength(1);
  expect(note[0]?.jsdPublic).toBe(false);
  expect(note[0]?.mentioned).toEqual([SALLY, SAM, ALAN, MIA]);
  expect(note[0]?.text).toContain('Bright SI');
  // Only accounts records the customer in Pronto.
  const refused = await panel.act(SAM, { issueKey: key, action: 'completeStep', stepId: 'pronto-customer' });
  expect(refused.error?.reason).toBe('task.not-allowed');
  await done(ALAN, key, 'pronto-customer');
  expect(await toIan(key)).toEqual([]);
  // Week 1: Monday, Wednesday and Friday at 09:00 Sydney (22:00 UTC the day before).
  await advance(e2e, 'P11D');
  const week1 = await toIan(key);
  expect(week1.map((m) => m.at)).toEqual([
    '2026-03-08T22:00:00.000Z',
    '2026-03-10T22:00:00.000Z',
    '2026-03-12T22:00:00.000Z',
  ]);
  expect((await comments(key)).filter((c) => c.author.accountId === APP && c.jsdPublic !== false)).toHaveLength(3);
});

test('Week B: the training is deferred to the agreed day (previewed first) and week 8 moves with it', async () => {
  const key = await newSi('Large', '2026-03-02');
  await done(SALLY, key, 'handover-meeting');
  const decided = await panel.act(SAM, { issueKey: key, action: 'decide', stepId: 'week-2-call', value: 'week-b' });
  expect(decided.ok).toBe(true);
  expect((await panel.step(key, 'schedule-week-b'))?.status).toBe('active');
  const before = await panel.step(key, 'week-6-training');
  const preview = await panel.invoke<{ moves: { stepId: string; from: string; to: string }[] }>(SAM, 'previewDefer', {
    issueKey: key,
    stepId: 'week-6-training',
    date: '2026-05-04',
  });
  expect(preview.ok).toBe(true);
  const moved = preview.data?.moves.map((m) => m.stepId) ?? [];
  expect(moved).toEqual(expect.arrayContaining(['week-6-training', 'week-8-session']));
  expect(await panel.step(key, 'week-6-training')).toEqual(before); // a preview changes nothing
  const deferred = await panel.act(SAM, {
    issueKey: key,
    action: 'defer',
    stepId: 'week-6-training',
    date: '2026-05-04',
  });
  expect(deferred.ok).toBe(true);
  const training = preview.data?.moves.find((m) => m.stepId === 'week-6-training');
  const view = await panel.view(key);
  const dueOf = (id: string) => view?.steps.find((s) => s.id === id);
  expect(dueOf('week-6-training')?.dueAt ?? dueOf('week-6-training')?.plannedAt).toBe(training?.to);
  expect(training?.to.startsWith('2026-05-0')).toBe(true);
});

test('a small SI finishes with the week-6 training: no week 8, no catch-up calls; the ticket is resolved', async () => {
  const key = await newSi('Small', '2026-03-02');
  for (const id of ['signup-docs', 'portal-admin', 'handover-meeting', 'onboarding-opportunity'])
    await done(SALLY, key, id);
  await done(ALAN, key, 'pronto-customer');
  await done(MIA, key, 'mailer');
  expect((await panel.act(SAM, { issueKey: key, action: 'decide', stepId: 'week-2-call', value: 'week-a' })).ok).toBe(
    true,
  );
  for (const id of [
    'week-3-call',
    'week-4-planning',
    'week-4-session',
    'week-5-planning',
    'week-5-session',
    'week-6-planning',
  ])
    await done(SAM, key, id);
  await advance(e2e, 'P40D');
  expect(await toIan(key)).toHaveLength(14); // weeks 1-5, Good Friday and Easter Monday fall on one Tuesday
  await done(SAM, key, 'week-6-training');
  expect((await panel.step(key, 'week-8-session'))?.status).not.toBe('active');
  expect((await panel.view(key))?.state).toBe('completed');
  const ticket = await e2e.get<{ fields: { status: { name: string }; resolution: { name: string } | null } }>(
    `/rest/api/3/issue/${key}`,
    SALES,
  );
  expect(ticket.fields.status.name).toBe('Resolved');
  expect(ticket.fields.resolution?.name).toBe('Done');
  const complete = (await comments(key)).find((c) => c.text.includes('complete'));
  expect(complete?.mentioned).toEqual([SALLY, SAM]);
  expect(complete?.jsdPublic).toBe(false);
});
