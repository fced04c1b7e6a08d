/** S1 fixtures: the built-in EverBright playbook, a people directory, and event builders for decide(). */
import type { Command, DecideContext, EngineEventInput, IssueSnapshot, Run } from '../../src/domain/engine';
import { decide, engineEventSchema } from '../../src/domain/engine';
import type { Directory } from '../../src/domain/people';
import { directorySchema } from '../../src/domain/people';
import type { Playbook } from '../../src/domain/playbook';
import { loadBuiltinPlaybooks } from '../../src/domain/playbook';

export const APP = '557058:onboarding-playbooks-app';

export function everbright(): Playbook {
  const found = loadBuiltinPlaybooks().find((b) => b.id === 'everbright-partner-onboarding');
  if (!found?.ok) throw new Error(`built-in S1 does not validate: ${JSON.stringify(found)}`);
  return found.playbook;
}

export const directory: Directory = directorySchema.parse({
  people: {
    'everbright.approver': {
      accountId: 'acc-david',
      displayName: 'David Ellis',
      email: 'david.ellis@goeverbright.com',
      slackMemberId: 'U0DAVID01',
    },
    'everbright.fallback-approver': {
      accountId: 'acc-fiona',
      displayName: 'Fiona Fallback',
      email: 'fiona@goeverbright.com',
      slackMemberId: 'U0FIONA01',
    },
    'everbright.onboarding-mailbox': {
      accountId: 'acc-mailbox',
      displayName: 'Onboarding',
      email: 'onboarding@goeverbright.com',
    },
    'everbright.completion-contact': { accountId: 'acc-james', displayName: 'James' },
    'am.sam': { accountId: 'acc-sam', displayName: 'Sam Sunny' },
    'am.dana': { accountId: 'acc-dana', displayName: 'Dana Default' },
  },
  tables: { 'everbright.account-managers': { entries: { 'Sunny Roofs Ltd': 'am.sam' }, default: 'am.dana' } },
});

export const context: DecideContext = { directory, appAccountId: APP, slackConfigured: true };

export const T0 = new Date('2026-03-02T09:00:00.000Z');
export const hours = (h: number, from: Date = T0): Date => new Date(from.getTime() + h * 3600_000);

export function emailDescription(name: string | undefined, email: string | undefined): string {
  const lines = ['<p>Hello team,</p>', '', 'Please set up the partnership below.', ''];
  if (name !== undefined) lines.push('Contractor Installer name', `   ${name}  `);
  if (email !== undefined) lines.push('Contractor Installer contact email:', `${email}`);
  lines.push('', 'Thanks,', 'EverBright partnerships');
  return lines.join('\n');
}

export function ticket(key: string, over: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    key,
    project: 'SS',
    summary: 'EverBright Partner Onboarding',
    description: emailDescription('Sunny Roofs Ltd', 'ops@sunnyroofs.example'),
    reporter: { accountId: 'acc-partner', email: 'partners@goeverbright.com' },
    status: 'Open',
    ...over,
  };
}

export const ev = {
  created: (issue: IssueSnapshot): EngineEventInput => ({
    id: `created-${issue.key}`,
    type: 'ticketCreated',
    issue,
    actorAccountId: 'acc-partner',
  }),
  linked: (id: string, key: string, status = 'To Do'): EngineEventInput => ({
    id,
    type: 'linkCreated',
    actorAccountId: 'acc-automation',
    other: { key, project: key.split('-')[0] ?? '', status },
    linkType: 'Relates',
    direction: 'outward',
  }),
  status: (id: string, key: string, to: string, actor = 'acc-config'): EngineEventInput => ({
    id,
    type: 'ticketUpdated',
    actorAccountId: actor,
    issue: { key, project: key.split('-')[0] ?? '' },
    items: [{ field: 'status', to }],
  }),
  comment: (id: string, issueKey: string, accountId: string, text: string): EngineEventInput => ({
    id,
    type: 'commentAdded',
    actorAccountId: accountId,
    issueKey,
    author: { accountId },
    text,
    visibility: 'internal',
  }),
  tick: (id: string): EngineEventInput => ({ id, type: 'timePassed' }),
  panel: (
    id: string,
    action: 'approve' | 'decline' | 'customerCommunicationNeeded' | 'cancel' | 'startByHand',
    extra: Partial<EngineEventInput> = {},
  ): EngineEventInput =>
    ({
      id,
      type: 'panelAction',
      action,
      actor: { accountId: 'acc-agent', displayName: 'Alex Agent' },
      ...extra,
    }) as EngineEventInput,
};

export interface Step {
  run: Run | undefined;
  commands: Command[];
  codes: string[];
}

/** One decision, through the event schema as the shell would parse it. */
export function step(
  pb: Playbook,
  run: Run | undefined,
  event: EngineEventInput,
  now: Date,
  ctx: DecideContext = context,
): Step {
  const d = decide(pb, run, engineEventSchema.parse(event), now, ctx);
  return { run: d.run, commands: d.commands, codes: d.trace.map((t) => t.code) };
}

/** Drives a run up to the approval being asked (CS-7 linked and On Hold), returning the run at that point. */
export function toApproval(pb: Playbook, issue: IssueSnapshot = ticket('SS-1'), cs = 'CS-7'): Run {
  let r = step(pb, undefined, ev.created(issue), T0).run;
  r = step(pb, r, ev.linked(`link-${cs}`, cs), hours(1)).run;
  r = step(pb, r, ev.status(`hold-${cs}`, cs, 'On Hold'), hours(5)).run;
  if (!r) throw new Error('no run');
  return r;
}

export const ofType = <T extends Command['type']>(cmds: readonly Command[], type: T): Extract<Command, { type: T }>[] =>
  cmds.filter((c): c is Extract<Command, { type: T }> => c.type === type);

export const mentionsOf = (c: Extract<Command, { type: 'comment' }>): string[] =>
  c.body.flatMap((seg) => (seg.type === 'mention' ? [seg.accountId] : []));
