// The run property rides inside the app's own edit or transition of the run's ticket when the same invocation sends
// one (IssueUpdateDetails.properties), and is written on its own only when no such request carried it.
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { setAppPermissions } from '../../local/site/admin-ops';
import { PROJECT_PERMISSIONS } from '../../local/site/permissions';
import { inProcessStack, S1_BODY, type InProcess } from './stack';

const BOB = 'bob@sunpower-installers.example';
const CONFIG = '712020:chris-config';
const AGENT = '712020:priya-agent';
const PROPERTY_PUT = /^PUT \/rest\/api\/3\/issue\/SS-\d+\/properties\/onboarding-run/;

let p: InProcess;
beforeEach(async () => {
  p = await inProcessStack();
});
afterEach(() => p.stack.stop());

const property = async (issueKey: string): Promise<Record<string, unknown>> => {
  const r = await p.rest('GET', `/rest/api/3/issue/${issueKey}/properties/onboarding-run`, APP_ACCOUNT_ID);
  return (r.body as { value: Record<string, unknown> }).value;
};

async function move(key: string, to: string): Promise<void> {
  const t = await p.rest('GET', `/rest/api/3/issue/${key}/transitions`, CONFIG);
  const found = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === to,
  );
  if (!found) throw new Error(`${key} cannot move to ${to}`);
  await p.rest('POST', `/rest/api/3/issue/${key}/transitions`, CONFIG, { transition: { id: found.id } });
}

/** One S1 onboarding from the email to the configuration ticket's Done; the app calls each step made. */
async function onboard(installer: string, n: number, beforeDone?: () => void): Promise<string[][]> {
  const steps: string[][] = [];
  let seen = p.appCalls().length;
  const step = (): void => {
    const all = p.appCalls();
    steps.push(all.slice(seen));
    seen = all.length;
  };
  await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY.replace('SunPower Installers', installer));
  step();
  await move(`CS-${n}`, 'On Hold');
  step();
  const answer = (await p.stack.runtime.invoke('panel-resolver', {
    call: { functionKey: 'act', payload: { issueKey: `SS-${n}`, action: 'approve', requestId: `r${n}` } },
    context: { accountId: AGENT },
  })) as { ok: boolean };
  await p.stack.runtime.settle();
  expect(answer.ok).toBe(true);
  step();
  beforeDone?.();
  await move(`CS-${n}`, 'Done');
  step();
  return steps;
}

test('S1 happy path: the run ends with the property at completed and no property PUT of its own at the end', async () => {
  const steps = await onboard('SunPower Installers', 1);
  const end = steps.at(-1) ?? [];
  expect(end.some((c) => c.startsWith('POST /rest/api/3/issue/SS-1/transitions'))).toBe(true);
  expect(end.filter((c) => PROPERTY_PUT.test(c))).toEqual([]);
  const value = await property('SS-1');
  expect(value).toMatchObject({ state: 'completed', attention: 'no' });
  expect(typeof value.runId).toBe('string');
  expect(value).not.toHaveProperty('nextDueAt');
});

test('a carrying transition that fails leaves the property written on its own, with the failure in it', async () => {
  await onboard('SunPower Installers', 1);
  // The app may no longer move SS tickets: SS-2's last move, which was to carry the property, fails.
  const revoke = (): void => {
    const permissions = PROJECT_PERMISSIONS.filter(
      (x) => x !== 'TRANSITION_ISSUES' && x !== 'ADMINISTER_PROJECTS' && x !== 'ASSIGNABLE_USER',
    );
    expect(setAppPermissions(p.stack.site.store, { project: 'SS', permissions }).ok).toBe(true);
  };
  const end = (await onboard('Bright Homes Solar', 2, revoke)).at(-1) ?? [];
  expect(end.filter((c) => PROPERTY_PUT.test(c))).toHaveLength(1);
  const value = await property('SS-2');
  expect(value).toMatchObject({ state: 'completed', attention: 'yes' });
  expect(value.attentionCodes).toEqual(['command.app_lacks_permission']);
  const issue = await p.rest('GET', '/rest/api/3/issue/SS-2?fields=status', APP_ACCOUNT_ID);
  expect((issue.body as { fields: { status: { name: string } } }).fields.status.name).not.toMatch(/resolved|done/i);
});
