/**
 * S3 (SCENARIOS.md) small-SI onboarding, six weeks: sales raises "New SI" starting Monday 2026-03-02; week 0 by
 * sales, accounts and marketing; the week-2 call says Week A; support's touchpoints; 40 days of hourly ticks send
 * the Mon/Wed/Fri customer messages; the week-6 training completes it. The steps of test/e2e/s3-optergy.test.ts.
 * Not in SCRIPTS (the soak repeats those 200 times; six weeks of ticks each would fill its five minutes): the
 * calls-per-onboarding bench runs it beside them (bench/stack/playbook-calls.ts).
 */
import { USERS } from '../../../local/site/seed-users';
import { fingerprint } from '../fingerprint';
import type { People } from '../people';
import { completedRun, type Script } from './types';

/** Weeks 1-5 on Mon/Wed/Fri from 2026-03-02, Good Friday and Easter Monday moved to the Tuesday between. */
const MESSAGES = 14;

async function acted(p: People, as: string, payload: Record<string, unknown>): Promise<void> {
  const answer = await p.act(as, payload);
  if (!answer.ok) throw new Error(`panel ${JSON.stringify(payload)}: ${JSON.stringify(answer.error)}`);
}

export const s3SiOnboarding: Script = {
  playbookId: 'optergy-si-onboarding',
  name: 'S3 Optergy small SI',
  declaredCustomerMessages: [/this is your Optergy onboarding update/],
  async play(p) {
    const created = await p.rest<{ issueKey: string }>(USERS.optSales, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '3',
      requestTypeId: '31',
      requestFieldValues: {
        summary: 'New SI: Bright SI',
        description: 'Signed up at the Sydney expo: three engineers, two projects in the pipeline.',
        customfield_10070: 'Bright SI',
        customfield_10071: 'ian@bright-si.example',
        customfield_10072: { value: 'Small' },
        customfield_10073: '2026-03-02',
      },
    });
    const key = created.issueKey;
    await p.settle();
    const done = (as: string, stepId: string) => acted(p, as, { issueKey: key, action: 'completeStep', stepId });
    for (const id of ['signup-docs', 'portal-admin', 'handover-meeting', 'onboarding-opportunity'])
      await done(USERS.optSales, id);
    await done(USERS.optAccounts, 'pronto-customer');
    await done(USERS.optMarketing, 'mailer');
    await acted(p, USERS.optSupport, { issueKey: key, action: 'decide', stepId: 'week-2-call', value: 'week-a' });
    for (const id of ['week-3-call', 'week-4-planning', 'week-4-session', 'week-5-planning', 'week-5-session'])
      await done(USERS.optSupport, id);
    await done(USERS.optSupport, 'week-6-planning');
    await p.advanceHours(40 * 24);
    await done(USERS.optSupport, 'week-6-training');
    return key;
  },
  async checkEnd(p, key) {
    const { problems: out } = await completedRun(key);
    const issue = fingerprint(p.stack).issues[key];
    if (issue?.status !== 'Resolved') out.push(`${key}: ${issue?.status}, expected Resolved`);
    const told = (issue?.appComments ?? []).filter((t) => t.includes('this is your Optergy onboarding update'));
    if (told.length !== MESSAGES) out.push(`${key}: ${told.length} customer messages, expected ${MESSAGES}`);
    return out;
  },
};
