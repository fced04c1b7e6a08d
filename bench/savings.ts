/**
 * What an admin saves. (1) The Jira Automation rule runs an equivalent rule set would spend per onboarding (the
 * rules are written out in docs/PERFORMANCE.md), against the Standard plans' monthly quotas; the app's own work
 * runs as Forge functions, which spend none. (2) The clerical agent actions per S1 onboarding the seed document
 * describes by hand, against the app's. The counts are reasoned, not measured: they are data here so the bench
 * prints them beside the measured figures and docs can cite one place.
 */

/** Atlassian, "How is my usage calculated?" (support.atlassian.com/cloud-automation/docs/how-is-my-usage-calculated/). */
export const STANDARD_QUOTAS: { product: string; runsPerMonth: number; source: string }[] = [
  {
    product: 'Jira (Software) Standard',
    runsPerMonth: 1700,
    source: 'https://support.atlassian.com/cloud-automation/docs/how-is-my-usage-calculated/',
  },
  {
    product: 'Jira Work Management Standard',
    runsPerMonth: 1000,
    source: 'https://support.atlassian.com/cloud-automation/docs/how-is-my-usage-calculated/',
  },
];

/** Equivalent rules per playbook, each with the runs it spends on one happy-path onboarding. */
export const EQUIVALENT_RULES: Record<string, { rule: string; runs: number }[]> = {
  'S1 EverBright': [
    { rule: 'SS created "EverBright Partner Onboarding": edit fields, watchers (lookup table), reporter', runs: 1 },
    { rule: 'CS to On Hold: branch to the linked SS, Waiting for support, internal comment asking David', runs: 1 },
    { rule: 'scheduled (hourly) JQL: no answer for 24 h: reminder comment + Slack message (1 run per chase)', runs: 1 },
    { rule: "SS created by David's email: lookup the run, link, close as Duplicate, CS back to To Do", runs: 1 },
    { rule: 'CS to Done: branch to SS, Waiting for support, internal comment to James and David, close', runs: 1 },
  ],
  'S4 Digipost': [
    { rule: 'DP request created: internal note to sales (nothing configured before the signed agreement)', runs: 1 },
    { rule: 'second sign-off recorded (field change): public launch comment to the reporter', runs: 1 },
  ],
  'S3 Optergy multi-site': [
    { rule: 'triage marked done: assign to sales, tag sales in an internal comment', runs: 1 },
    { rule: "sales' decision yes: unassign, internal note (no: close Won't Do)", runs: 1 },
    { rule: 'picked up from the queue: assign to the person who picked it up', runs: 1 },
    { rule: 'licence confirmed visible: public comment to the client, resolve', runs: 1 },
  ],
  'S2 SEP partner removed': [
    { rule: 'last removal task done (live website): tell the partner, resolve (registry by hand)', runs: 1 },
  ],
};

/** S1 by hand, as the seed document (/work/shared/seeds, the EverBright steps 2, 5 and 6) tells support to work. */
export const S1_CLERICAL_BY_HAND: string[] = [
  'set Organizations to the installer (from the email)',
  "add the organization's account manager as a watcher",
  'add David Ellis as a watcher',
  'set Reporter to onboarding@goeverbright.com',
  'set Request Type to Company-specific Data Change',
  'set "Needs Configuration?" to Integrated Finance',
  'move SS to Waiting for support when CS goes On Hold',
  'internal comment asking David Ellis to approve going live',
  'Slack David after 24 h without an answer',
  "link David's separate approval ticket to the onboarding ticket",
  'close the approval ticket as a duplicate',
  'move the CS ticket back to To Do',
  'move SS to Waiting for support when CS is complete',
  'internal comment to James and David Ellis: complete, products live',
  'close the SS ticket',
];

/** What support still does by hand with the app, per S1 onboarding (the config team's CS moves are theirs either way). */
export const S1_CLERICAL_WITH_APP: string[] = [];

export interface Savings {
  quotas: typeof STANDARD_QUOTAS;
  rules: { playbook: string; runsPerOnboarding: number; rules: { rule: string; runs: number }[] }[];
  clerical: { byHand: number; withApp: number; byHandList: string[] };
}

export function savings(): Savings {
  return {
    quotas: STANDARD_QUOTAS,
    rules: Object.entries(EQUIVALENT_RULES).map(([playbook, rules]) => ({
      playbook,
      runsPerOnboarding: rules.reduce((n, r) => n + r.runs, 0),
      rules,
    })),
    clerical: {
      byHand: S1_CLERICAL_BY_HAND.length,
      withApp: S1_CLERICAL_WITH_APP.length,
      byHandList: S1_CLERICAL_BY_HAND,
    },
  };
}
