// Dry run: the commands a playbook would run on a ticket, and why, from the engine itself; nothing is executed.
import { loadRunRecord } from '../../src/storage';
import { AGENT, BOB, EVERBRIGHT, s1Body, useAdminStack } from './admin-harness';

const s = useAdminStack();

async function ticket(key: string): Promise<unknown> {
  const issue = await s.p.rest('GET', `/rest/api/3/issue/${key}`, AGENT);
  const comments = await s.p.rest('GET', `/rest/api/3/issue/${key}/comment`, AGENT);
  const watchers = await s.p.rest('GET', `/rest/api/3/issue/${key}/watchers`, AGENT);
  const property = await s.p.rest('GET', `/rest/api/3/issue/${key}/properties`, AGENT);
  return { issue: issue.body, comments: comments.body, watchers: watchers.body, property: property.body };
}

test('a dry run on a ticket without a run lists the commands and why, and leaves the ticket as it was', async () => {
  await s.ok('setEnabled', { id: EVERBRIGHT, enabled: false });
  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('SunPower Installers'));
  expect(await loadRunRecord('SS-1')).toBeUndefined();
  const before = await ticket('SS-1');
  const callsBefore = s.p.appCalls().length;

  const unmatched = await s.ok('dryRun', { issueKey: 'SS-1' });
  expect(unmatched).toEqual(expect.objectContaining({ matched: false, commands: [] }));

  const dry = await s.ok('dryRun', { issueKey: 'SS-1', playbookId: EVERBRIGHT });
  expect(dry).toEqual(expect.objectContaining({ playbookId: EVERBRIGHT, version: 1, matched: true }));
  expect(dry.existingRun).toBeUndefined();
  const types = dry.commands.map((c) => c.type);
  expect(types).toEqual(expect.arrayContaining(['setFields', 'addWatcher']));
  const fields = dry.commands.find((c) => c.type === 'setFields');
  expect(fields).toEqual(expect.objectContaining({ stepId: 'intake', target: 'SS-1' }));
  expect(fields?.summary).toContain('organization SunPower Installers');
  expect(dry.trace.map((t) => t.code)).toContain('match.matched');
  expect(dry.trace.length).toBeGreaterThan(1);

  await s.p.stack.runtime.settle();
  expect(await ticket('SS-1')).toEqual(before);
  expect(await loadRunRecord('SS-1')).toBeUndefined();
  const calls = s.p.appCalls().slice(callsBefore);
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.filter((c) => !c.startsWith('GET '))).toEqual([]);
  expect(s.p.stack.slack.messages).toEqual([]);
});

test('a dry run on a ticket with a run shows a fresh start beside the run it has', async () => {
  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('SunPower Installers'));
  const dry = await s.ok('dryRun', { issueKey: 'SS-1' });
  expect(dry.existingRun).toEqual({ playbookId: EVERBRIGHT, version: 1, state: 'active' });
  expect(dry.commands.length).toBeGreaterThan(0);
  const missing = await s.call('dryRun', { issueKey: 'SS-1', playbookId: 'no-such-playbook' });
  expect(missing).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) as unknown });
  const noTicket = await s.call('dryRun', { issueKey: 'SS-999' });
  expect(noTicket).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) as unknown });
});
