/** S4 fixtures: the built-in Digipost playbook, its directory, and panel/comment event builders. */
import type { Command, DecideContext, EngineEventInput, IssueSnapshot, Run } from '../../src/domain/engine';
import { decide, engineEventSchema } from '../../src/domain/engine';
import { directorySchema } from '../../src/domain/people';
import type { Playbook } from '../../src/domain/playbook';
import { loadBuiltinPlaybooks } from '../../src/domain/playbook';

export function digipost(): Playbook {
  const found = loadBuiltinPlaybooks().find((b) => b.id === 'digipost-sender-onboarding');
  if (!found?.ok) throw new Error(`built-in S4 does not validate: ${JSON.stringify(found)}`);
  return found.playbook;
}

export const DINA = { accountId: 'acc-dina', displayName: 'Dina Digipost' };
export const SIRI = { accountId: 'acc-siri', displayName: 'Siri Salg' };
export const AGENT = { accountId: 'acc-agent', displayName: 'Alex Agent' };
export const VENDOR = { accountId: 'acc-vendor', email: 'vera@hrplus.example', displayName: 'Vera Vendor' };

export const context: DecideContext = {
  appAccountId: 'app',
  slackConfigured: false,
  directory: directorySchema.parse({
    people: { 'digipost.onboarding': DINA, 'digipost.sales': SIRI },
  }),
};

export function ticket(key = 'DP-1', over: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    key,
    project: 'DP',
    summary: 'Ny avsender via integrert system: Fjordkraft AS',
    description: 'Virksomhet: Fjordkraft AS\nOrganisasjonsnummer: 987654321\nIntegrert system: HRPlus',
    reporter: VENDOR,
    status: 'Open',
    ...over,
  };
}

type PanelAction = 'completeStep' | 'decide' | 'signOff' | 'waive' | 'cancel';

export const ev = {
  created: (issue: IssueSnapshot = ticket()): EngineEventInput => ({
    id: `created-${issue.key}`,
    type: 'ticketCreated',
    issue,
    actorAccountId: VENDOR.accountId,
  }),
  panel: (
    id: string,
    action: PanelAction,
    extra: { stepId?: string; party?: string; value?: string; note?: string } = {},
    actor: { accountId: string; displayName: string } = AGENT,
  ): EngineEventInput => ({ id, type: 'panelAction', action, actor, actorAccountId: actor.accountId, ...extra }),
  comment: (id: string, author: { accountId: string; email?: string }, text: string): EngineEventInput => ({
    id,
    type: 'commentAdded',
    actorAccountId: author.accountId,
    issueKey: 'DP-1',
    author,
    text,
    visibility: 'public',
  }),
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

/** Monday 2 March 2026, 10:00 in Oslo. */
export const MON = '2026-03-02T09:00:00.000Z';
