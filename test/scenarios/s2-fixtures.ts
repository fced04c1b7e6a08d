/** S2 fixtures: both versions of the built-in SEP playbook, its directory and registries, and event builders. */
import type { Command, DecideContext, EngineEventInput, IssueSnapshot, Run } from '../../src/domain/engine';
import { decide, engineEventSchema } from '../../src/domain/engine';
import { registriesSchema } from '../../src/domain/engine/registries';
import { directorySchema } from '../../src/domain/people';
import type { Playbook } from '../../src/domain/playbook';
import { loadBuiltinHistory, loadBuiltinPlaybooks } from '../../src/domain/playbook';

export function sep(): Playbook {
  const found = loadBuiltinPlaybooks().find((b) => b.id === 'sep-partner-lifecycle');
  if (!found?.ok) throw new Error(`built-in S2 does not validate: ${JSON.stringify(found)}`);
  return found.playbook;
}

export function sepV1(): Playbook {
  const found = loadBuiltinHistory().find((b) => b.id === 'sep-partner-lifecycle');
  if (!found?.ok) throw new Error(`S2 version 1 does not validate: ${JSON.stringify(found)}`);
  return found.playbook;
}

export const EWAN = { accountId: 'acc-ewan', displayName: 'Ewan SEP' };
export const KIM = { accountId: 'acc-kim', displayName: 'Kim EPRS' };
export const CARA = { accountId: 'acc-cara', displayName: 'Cara CMS' };
export const OWEN = { accountId: 'acc-owen', displayName: 'Owen Owner' };
export const AGENT = { accountId: 'acc-agent', displayName: 'Alex Agent' };
export const SARA = { accountId: 'acc-sara', email: 'sara@northfield-council.example', displayName: 'Sara Northfield' };

export const registries = registriesSchema.parse({
  partners: {
    'northfield council': {
      name: 'Northfield Council',
      onCrm: true,
      services: [
        { name: 'Resident parking permits', shared: true },
        { name: 'Library opening hours', shared: false },
      ],
    },
  },
  interests: { 'waste and recycling': ['sep.cms', 'sep.owner'], 'all services': ['sep.eprs'] },
});

export const context: DecideContext = {
  appAccountId: 'app',
  slackConfigured: false,
  directory: directorySchema.parse({
    people: { 'sep.team': EWAN, 'sep.eprs': KIM, 'sep.cms': CARA, 'sep.owner': OWEN },
    tables: { 'sep.content-owners': { entries: { 'Northfield Council': 'sep.owner' }, default: 'sep.team' } },
  }),
  registries,
};

export const REQUEST_TYPES = {
  onboard: 'Partner onboarding',
  add: 'Add a new service',
  edit: 'Edit or remove a service',
  offboard: 'Partner removed from SEP',
} as const;

export function ticket(
  kind: keyof typeof REQUEST_TYPES,
  fields: Record<string, string> = {},
  over: Partial<IssueSnapshot> = {},
): IssueSnapshot {
  return {
    key: 'SEP-1',
    project: 'SEP',
    issueType: 'Service Request',
    requestType: REQUEST_TYPES[kind],
    summary: `${REQUEST_TYPES[kind]}: Northfield Council`,
    description: 'Please see the fields.',
    reporter: SARA,
    status: 'Open',
    fields: { Organizations: 'Northfield Council', ...fields },
    ...over,
  };
}

type PanelAction = 'completeStep' | 'decide' | 'checkItem' | 'flag' | 'setDate' | 'startByHand' | 'cancel';

export const ev = {
  created: (issue: IssueSnapshot): EngineEventInput => ({
    id: `created-${issue.key}`,
    type: 'ticketCreated',
    issue,
    actorAccountId: SARA.accountId,
  }),
  panel: (
    id: string,
    action: PanelAction,
    extra: { stepId?: string; value?: string; note?: string; item?: string; issue?: IssueSnapshot } = {},
    actor: { accountId: string; displayName: string } = AGENT,
  ): EngineEventInput => ({ id, type: 'panelAction', action, actor, actorAccountId: actor.accountId, ...extra }),
  field: (id: string, field: string, from: string | null, to: string | null, key = 'SEP-1'): EngineEventInput => ({
    id,
    type: 'ticketUpdated',
    actorAccountId: AGENT.accountId,
    issue: { key, project: 'SEP' },
    items: [{ field, from, to }],
  }),
  tick: (id: string): EngineEventInput => ({ id, type: 'timePassed' }),
};

export interface Step {
  run: Run;
  commands: Command[];
  codes: string[];
}

export function step(
  pb: Playbook,
  run: Run | undefined,
  event: EngineEventInput,
  now: string,
  ctx: DecideContext = context,
): Step {
  const d = decide(pb, run, engineEventSchema.parse(event), new Date(now), ctx);
  if (!d.run) throw new Error(`no run: ${JSON.stringify(d.trace)}`);
  return { run: d.run, commands: d.commands, codes: d.trace.map((t) => t.code) };
}

/** Applies panel actions one after another (each an hour later), returning the last step. */
export function panels(
  pb: Playbook,
  run: Run,
  actions: [PanelAction, Parameters<typeof ev.panel>[2], ({ accountId: string; displayName: string } | undefined)?][],
  from: string,
): Step {
  let last: Step = { run, commands: [], codes: [] };
  actions.forEach(([action, extra, actor], i) => {
    const at = new Date(Date.parse(from) + i * 3600_000).toISOString();
    last = step(pb, last.run, ev.panel(`p-${action}-${i}-${Date.parse(from)}`, action, extra, actor), at);
  });
  return last;
}

export const ofType = <T extends Command['type']>(cmds: readonly Command[], type: T): Extract<Command, { type: T }>[] =>
  cmds.filter((c): c is Extract<Command, { type: T }> => c.type === type);

export const statusOf = (run: Run, id: string) => run.steps[id]?.status;

/** Monday 2 March 2026, 09:00 UTC. */
export const MON = '2026-03-02T09:00:00.000Z';
