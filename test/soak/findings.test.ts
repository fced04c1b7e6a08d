// Product bugs the soak found, each as the smallest run that shows it: regression tests once fixed, failing before.
import { USERS } from '../../local/site/seed-users';
import { people } from '../../bench/soak/people';
import { storedRun } from '../../bench/soak/scripts/types';
import { openSoakStack } from '../../bench/soak/stack';

const info = console.info;
const warn = console.warn;
beforeAll(() => {
  console.info = () => undefined;
  console.warn = () => undefined;
});
afterAll(() => {
  console.info = info;
  console.warn = warn;
});

// Found by `SOAK_RUNS=1 SOAK_SEED=63 SOAK_SCRIPT='S3 Optergy multi-site' SOAK_STORM_EVERY=1 npm run soak`: reading a
// new ticket, src/app/new-ticket.ts fieldIdsFor() catches every error of the field-id lookup (`.catch(() =>
// undefined)`), a 429 too. The ticket is then read without its request type, the multi-site playbook (matched on
// the request type) does not match, the event counts as handled and the run never starts: no retry, nothing logged.
// Only a field the site lacks should be left out; a transient failure should go up (and the event to the queue).
// Fixed in fe2d599.
test('a 429 on the field list while reading a new ticket does not lose its run', async () => {
  const stack = await openSoakStack({
    duplicateRate: 0,
    seed: 1,
    placedFaults: [{ method: 'GET', pathPrefix: '/rest/api/3/field', retryAfterSeconds: 30 }],
  });
  try {
    const p = people(stack);
    const created = await p.rest<{ issueKey: string }>(USERS.siContact, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '3',
      requestTypeId: '32',
      requestFieldValues: {
        summary: 'Multi-site licence for Westfield Tower and Westfield Annex',
        description: 'We need the licence to cover both sites. Hardware key 4471-A.',
      },
    });
    await p.settle();
    expect(stack.appCalls.filter((c) => c.status === 429).map((c) => c.path)).toEqual(['/rest/api/3/field']);
    expect((await storedRun(created.issueKey))?.playbookId).toBe('optergy-multisite-licence');
  } finally {
    stack.stop();
  }
});
