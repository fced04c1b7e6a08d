// A user without permission on an issue is refused on every panel action, and the issue and its run stay as they
// were. The actions come from the engine's PANEL_ACTIONS, so a new action is covered the day it is added.
import { PANEL_ACTIONS } from '../../src/domain/engine';
import { panelRequests } from '../../src/shared/contracts';
import { USERS } from '../../local/site/seed-users';
import { invoke, startTarget, state, type Target } from './harness';

let t: Target;
const info = console.info;
beforeAll(async () => {
  console.info = () => undefined;
  t = await startTarget();
});
afterAll(() => {
  t.stack.stop();
  console.info = info;
});

/** A value for every field the act request knows, so no action is turned away for a missing field instead. */
const FIELD_VALUES: Record<string, string> = {
  stepId: 'approval',
  party: 'digipost',
  value: 'direct',
  item: 'item-1',
  date: '2026-04-01',
  rrule: 'FREQ=WEEKLY',
  playbookId: 'everbright-partner-onboarding',
  note: 'let me in',
};
const actFields = Object.keys((panelRequests.act as unknown as { shape: Record<string, unknown> }).shape);
const payloadFor = (issueKey: string, action: string, n: number): Record<string, string> => ({
  ...Object.fromEntries(actFields.filter((f) => f in FIELD_VALUES).map((f) => [f, FIELD_VALUES[f] ?? ''])),
  issueKey,
  action,
  requestId: `attack-${n}`,
});

const intruders = [
  ['someone with no role in the project', USERS.outsider],
  ['a customer of the desk', USERS.installer],
  ['the vendor (customer)', USERS.vendor],
] as const;

test.each(intruders)('%s is refused on every panel action on both runs; nothing changes', async (_who, accountId) => {
  let n = 0;
  for (const key of [t.s1, t.s4]) {
    const before = state(t.stack);
    for (const action of PANEL_ACTIONS) {
      n += 1;
      const answer = await invoke(t.stack, 'panel-resolver', accountId, 'act', payloadFor(key, action, n));
      expect([action, answer.ok, answer.error?.code]).toEqual([action, false, 'FORBIDDEN']);
    }
    const view = await invoke(t.stack, 'panel-resolver', accountId, 'getRun', { issueKey: key });
    expect(view.error?.code).toBe('FORBIDDEN');
    expect(state(t.stack)).toBe(before);
  }
});

test('an agent of the project gets past the permission check with the same kind of payload', async () => {
  const answer = await invoke(t.stack, 'panel-resolver', USERS.agent, 'act', {
    ...payloadFor(t.s1, 'flag', 0),
    requestId: 'agent-1',
  });
  expect(answer.error?.code).not.toBe('FORBIDDEN');
  expect(answer.error?.code).not.toBe('INVALID_REQUEST');
});
