/** S3 fixtures: the built-in Optergy playbooks, their directory, tickets and event builders. */
import type { Command, DecideContext, EngineEventInput, IssueSnapshot, Run } from '../../src/domain/engine';
import { decide, engineEventSchema } from '../../src/domain/engine';
import { directorySchema } from '../../src/domain/people';
import type { Playbook } from '../../src/domain/playbook';
import { loadBuiltinPlaybooks } from '../../src/domain/playbook';

function builtin(id: string): Playbook {
  const found = loadBuiltinPlaybooks().find((b) => b.id === id);
  if (!found?.ok) throw new Error(`built-in ${id} does not validate: ${JSON.stringify(found)}`);
  return found.playbook;
}
export const optergy = (): Playbook => builtin('optergy-si-onboarding');
export const multisite = (): Playbook => builtin('optergy-multisite-licence');

export const SALLY = { accountId: 'acc-sally', displayName: 'Sally Sales' };
export const SAM = { accountId: 'acc-sam', displayName: 'Sam Support' };
export const ALAN = { accountId: 'acc-alan', displayName: 'Alan Accounts' };
export const MIA = { accountId: 'acc-mia', displayName: 'Mia Marketing' };
/** Another support person, who picks a multi-site ticket up from the queue. */
export const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Support' };

export const context: DecideContext = {
  appAccountId: 'app',
  slackConfigured: false,
  directory: directorySchema.parse({
    people: {
      'optergy.sales': SALLY,
      'optergy.support': SAM,
      'oberix.accounts': ALAN,
      'oberix.marketing': MIA,
    },
  }),
};

/** Start on Monday 2 March 2026: weeks 1-5 cross the end of Sydney's daylight saving time (5 April) and Easter. */
export const START = '2026-03-02';
/** 09:00 in Sydney (UTC+11 until 5 April, then UTC+10). */
export const sydney9 = (date: string): string => {
  const aest = date >= '2026-04-05';
  const d = new Date(`${date}T09:00:00${aest ? '+10:00' : '+11:00'}`);
  return d.toISOString();
};

export function newSi(size: 'Small' | 'Large' = 'Large', key = 'OSI-1'): IssueSnapshot {
  return {
    key,
    project: 'OSI',
    requestType: 'New SI',
    summary: 'New SI: Bright SI',
    description: `SI company: Bright SI\nSI contact email: Ian@Bright-SI.example\nSI size: ${size}\nStart date: ${START}`,
    reporter: { accountId: SALLY.accountId, displayName: SALLY.displayName },
    status: 'Open',
  };
}

export function multisiteTicket(key = 'OSI-9'): IssueSnapshot {
  return {
    key,
    project: 'OSI',
    requestType: 'Multi-site licence request',
    summary: 'Multi-site licence for Westfield Tower and Westfield Annex',
    description: 'We need the licence to cover both sites. Hardware key 4471-A.',
    reporter: { accountId: 'acc-si', email: 'si@westfield.example' },
    status: 'Open',
  };
}

type PanelAction = 'completeStep' | 'decide' | 'cancel' | 'defer' | 'changeRecurrence';

export const ev = {
  created: (issue: IssueSnapshot): EngineEventInput => ({
    id: `created-${issue.key}`,
    type: 'ticketCreated',
    issue,
    actorAccountId: SALLY.accountId,
  }),
  panel: (
    id: string,
    action: PanelAction,
    extra: { stepId?: string; value?: string; note?: string; date?: string; rrule?: string } = {},
    actor: { accountId: string; displayName: string } = SAM,
  ): EngineEventInput => ({ id, type: 'panelAction', action, actor, actorAccountId: actor.accountId, ...extra }),
  tick: (id: string): EngineEventInput => ({ id, type: 'timePassed' }),
};

export interface Step {
  run: Run;
  commands: Command[];
  codes: string[];
}

export function step(pb: Playbook, run: Run | undefined, event: EngineEventInput, now: string): Step {
  const d = decide(pb, run, engineEventSchema.parse(event), new Date(now), context);
  if (!d.run) throw new Error(`no run: ${JSON.stringify(d.trace)}`);
  return { run: d.run, commands: d.commands, codes: d.trace.map((t) => t.code) };
}

export const ofType = <T extends Command['type']>(cmds: readonly Command[], type: T): Extract<Command, { type: T }>[] =>
  cmds.filter((c): c is Extract<Command, { type: T }> => c.type === type);

/** Marks tasks done one after another (any agent), one event each. */
export function completeAll(pb: Playbook, run: Run, ids: readonly string[], now: string, actor = SAM): Step {
  let last: Step = { run, commands: [], codes: [] };
  const commands: Command[] = [];
  for (const id of ids) {
    last = step(pb, last.run, ev.panel(`done-${id}`, 'completeStep', { stepId: id }, actor), now);
    commands.push(...last.commands);
  }
  return { ...last, commands };
}

export const WEEK0 = ['signup-docs', 'portal-admin', 'handover-meeting', 'onboarding-opportunity', 'mailer'];
