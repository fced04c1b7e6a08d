// A status the invocation already knows spares the status read before a transition; the outcome is the same.
import { jiraDeps } from '../../src/app/context';
import { appJira, transitionToStatus } from '../../src/jira';
import { inProcessStack, type InProcess } from './stack';

let p: InProcess;
beforeAll(async () => {
  p = await inProcessStack();
  await p.email('bob@sunpower-installers.example', 'A question', '<p>Hello</p>');
});
afterAll(() => p.stack.stop());

async function statusOf(key: string): Promise<string> {
  const r = await p.rest('GET', `/rest/api/3/issue/${key}?fields=status`, '712020:priya-agent');
  return (r.body as { fields: { status: { name: string } } }).fields.status.name;
}

test('given the current status, the transition is made without reading it first', async () => {
  const jira = appJira(jiraDeps());
  const before = p.appCalls().length;
  const outcome = await transitionToStatus(jira, 'SS-1', 'In Progress', { currentStatus: await statusOf('SS-1') });
  expect(outcome.moved).toBe(true);
  expect(await statusOf('SS-1')).toBe('In Progress');
  expect(
    p
      .appCalls()
      .slice(before)
      .some((c) => c.includes('fields=status')),
  ).toBe(false);
});

test('given the target as the current status, nothing is sent', async () => {
  const jira = appJira(jiraDeps());
  const before = p.appCalls().length;
  expect(await transitionToStatus(jira, 'SS-1', 'in progress', { currentStatus: 'In Progress' })).toEqual({
    moved: false,
  });
  expect(p.appCalls().slice(before)).toEqual([]);
});
