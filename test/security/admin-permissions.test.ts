// A non-admin is refused on every admin resolver (the list is the contract's, ADMIN_RESOLVER_NAMES), before their
// input is even read, and storage stays as it was.
import { USERS } from '../../local/site/seed-users';
import { ADMIN_RESOLVER_NAMES } from '../../src/shared/admin-contracts';
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

/** Inputs an attacker would send: empty, and one with every field an admin function takes set to something. */
const PAYLOADS: unknown[] = [
  {},
  {
    id: 'everbright-partner-onboarding',
    enabled: false,
    yaml: 'id: x',
    url: 'https://hooks.slack.com/services/T/B/attacker',
    directory: { people: {}, tables: {} },
    replace: true,
    toVersion: 1,
    issueKeys: ['SS-1'],
  },
];

test.each([
  ['an agent', USERS.agent],
  ['the Digipost onboarding agent', USERS.dpOps],
  ['someone with no role', USERS.outsider],
  ['a customer', USERS.installer],
])('%s is refused on every admin resolver; nothing changes', async (_who, accountId) => {
  const before = state(t.stack);
  for (const name of ADMIN_RESOLVER_NAMES)
    for (const payload of PAYLOADS) {
      const answer = await invoke(t.stack, 'admin-resolver', accountId, name, payload);
      expect([name, answer.ok, answer.error?.code]).toEqual([name, false, 'NOT_ADMIN']);
      expect(answer.data).toBeUndefined();
    }
  expect(state(t.stack)).toBe(before);
});

test('a Jira admin gets past the same check (the refusals above are about the caller)', async () => {
  const answer = await invoke(t.stack, 'admin-resolver', USERS.admin, 'listPlaybooks', {});
  expect(answer.ok).toBe(true);
});
