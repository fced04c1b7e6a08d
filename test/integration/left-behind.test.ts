// A product event whose every attempt fails (the product trigger's, the queue's first and its 4 retries) is not
// dropped silently: its ticket gets an internal note saying what to do, and its run (if any) an attention entry.
import { people } from '../../bench/soak/people';
import { storedRun } from '../../bench/soak/scripts/types';
import { openSoakStack, type PlacedFault, type SoakStack } from '../../bench/soak/stack';
import { APP_ACCOUNT_ID } from '../../local/contracts';

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

const BOB = 'bob@sunpower-installers.example';
const AGENT = '712020:priya-agent';
const CHRIS = '712020:chris-config';
const EMAIL =
  '<p>Contractor Installer name: SunPower Installers</p><p>Contractor Installer contact email: bob@sunpower-installers.example</p>';

/** A 429 (Retry-After 30 s, more than the Jira client waits) on the app's first `times` calls matching the prefix. */
const storm = (pathPrefix: string, times: number): PlacedFault[] =>
  Array.from({ length: times }, () => ({ method: 'GET', pathPrefix, retryAfterSeconds: 30 }));

async function appNotes(stack: SoakStack, key: string): Promise<{ text: string; internal: boolean }[]> {
  const p = people(stack);
  const r = await p.rest<{ comments: { author: { accountId: string }; body: unknown; jsdPublic?: boolean }[] }>(
    AGENT,
    'GET',
    `/rest/api/3/issue/${key}/comment`,
  );
  return r.comments
    .filter((c) => c.author.accountId === APP_ACCOUNT_ID)
    .map((c) => ({ text: JSON.stringify(c.body), internal: c.jsdPublic === false }));
}

const failedQueueJobs = (stack: SoakStack): number =>
  stack.invocations.filter((i) => i.handler === 'handleRunWork' && i.retryCount === 4).length;

test('a new ticket whose intake fails on every attempt says so on the ticket, with what the agent can do', async () => {
  // Six attempts, each stopped at its read of the new ticket.
  const stack = await openSoakStack({ duplicateRate: 0, seed: 1, placedFaults: storm('/rest/api/3/issue/SS-1?', 6) });
  try {
    const p = people(stack);
    await p.email(BOB, 'EverBright Partner Onboarding', EMAIL);
    expect(failedQueueJobs(stack)).toBe(1);
    expect(await storedRun('SS-1')).toBeUndefined();
    const notes = await appNotes(stack, 'SS-1');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.internal).toBe(true);
    expect(notes[0]?.text).toContain('could not finish handling the new ticket SS-1 after 6 attempts');
    expect(notes[0]?.text).toContain('Start playbook');

    // What the note says works: the panel's start by hand reads the ticket again and starts the run.
    const answer = await p.act(AGENT, { issueKey: 'SS-1', action: 'startByHand' });
    expect(answer.ok).toBe(true);
    expect((await storedRun('SS-1'))?.playbookId).toBe('everbright-partner-onboarding');
  } finally {
    stack.stop();
  }
});

test('a change to a linked ticket that fails on every attempt marks the run as needing attention', async () => {
  const stack = await openSoakStack({ duplicateRate: 0, seed: 1 });
  try {
    const p = people(stack);
    await p.email(BOB, 'EverBright Partner Onboarding', EMAIL);
    expect((await storedRun('SS-1'))?.links.map((l) => l.key)).toContain('CS-1');
    // CS On Hold moves SS: every attempt stops at its read of SS's status.
    stack.placeFaults(storm('/rest/api/3/issue/SS-1?fields=status', 6));
    await p.moveTo('CS-1', 'On Hold', CHRIS);
    expect(failedQueueJobs(stack)).toBe(1);
    const run = await storedRun('SS-1');
    expect(run?.attention.map((a) => a.code)).toEqual(['event.not-processed']);
    const notes = await appNotes(stack, 'SS-1');
    expect(notes.at(-1)?.text).toContain('could not finish handling the change of CS-1 (status to \\"On Hold\\")');
    expect(notes.at(-1)?.internal).toBe(true);
  } finally {
    stack.stop();
  }
});
