/**
 * S2 (SEP partner onboarding) and S3 (Optergy multi-site licence) lifecycles for the simulated year, copied from
 * the scenario tests (test/scenarios/s2-onboarding.test.ts "on our CRM", s3-multisite.test.ts "yes") with their
 * contexts: hours after the run's start, each event as the shell would hand it to decide().
 */
import type { DecideContext, EngineEvent, EngineEventInput } from '../src/domain/engine';
import { engineEventSchema } from '../src/domain/engine';
import { registriesSchema } from '../src/domain/engine/registries';
import { directorySchema } from '../src/domain/people';

type Actor = { accountId: string; displayName: string };
const EWAN = { accountId: 'acc-ewan', displayName: 'Ewan SEP' };
const CARA = { accountId: 'acc-cara', displayName: 'Cara CMS' };
const AGENT = { accountId: 'acc-agent', displayName: 'Alex Agent' };
const SARA = { accountId: 'acc-sara', email: 'sara@northfield-council.example', displayName: 'Sara Northfield' };
const SALLY = { accountId: 'acc-sally', displayName: 'Sally Sales' };
const SAM = { accountId: 'acc-sam', displayName: 'Sam Support' };
const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Support' };
const ALAN = { accountId: 'acc-alan', displayName: 'Alan Accounts' };

export const s2Context: DecideContext = {
  appAccountId: 'app',
  slackConfigured: false,
  directory: directorySchema.parse({
    people: {
      'sep.team': EWAN,
      'sep.eprs': { accountId: 'acc-kim', displayName: 'Kim EPRS' },
      'sep.cms': CARA,
      'sep.owner': { accountId: 'acc-owen', displayName: 'Owen Owner' },
    },
    tables: { 'sep.content-owners': { entries: { 'Northfield Council': 'sep.owner' }, default: 'sep.team' } },
  }),
  registries: registriesSchema.parse({
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
  }),
};

export const s3Context: DecideContext = {
  appAccountId: 'app',
  slackConfigured: false,
  directory: directorySchema.parse({
    people: {
      'optergy.sales': SALLY,
      'optergy.support': SAM,
      'oberix.accounts': ALAN,
      'oberix.marketing': { accountId: 'acc-mia', displayName: 'Mia Marketing' },
    },
  }),
};

const panel = (key: string, i: number, action: string, extra: Record<string, string>, actor: Actor) =>
  ({
    id: `${key}/p${i}`,
    type: 'panelAction',
    action,
    actor,
    actorAccountId: actor.accountId,
    ...extra,
  }) as EngineEventInput;

/** One SEP partner onboarding, partner on our CRM: intake, the checklist steps, CRM routing, resolved. */
export function s2Lifecycle(n: number): [number, EngineEvent][] {
  const key = `SEP-${n}`;
  const actions: [string, Record<string, string>, Actor][] = [
    ['completeStep', { stepId: 'ob-contacts' }, AGENT],
    ['completeStep', { stepId: 'ob-pack-agreement', note: 'Signed agreement in SharePoint' }, EWAN],
    ['completeStep', { stepId: 'ob-cms-accounts' }, CARA],
    ['completeStep', { stepId: 'ob-workqueues' }, AGENT],
    ['completeStep', { stepId: 'ob-partner-meetings' }, AGENT],
    ['checkItem', { stepId: 'ob-style-guide', item: 'style-guide' }, AGENT],
    ['checkItem', { stepId: 'ob-style-guide', item: 'shared-terms' }, AGENT],
    ['checkItem', { stepId: 'ob-style-guide', item: 'tags' }, AGENT],
    ['completeStep', { stepId: 'ob-partner-tags' }, AGENT],
    ['checkItem', { stepId: 'ob-crm-routing', item: 'discussed' }, AGENT],
    ['checkItem', { stepId: 'ob-crm-routing', item: 'configured' }, AGENT],
    ['checkItem', { stepId: 'ob-crm-routing', item: 'tested' }, AGENT],
  ];
  const created: EngineEventInput = {
    id: `${key}/created`,
    type: 'ticketCreated',
    actorAccountId: SARA.accountId,
    issue: {
      key,
      project: 'SEP',
      issueType: 'Service Request',
      requestType: 'Partner onboarding',
      summary: 'Partner onboarding: Northfield Council',
      description: 'Please see the fields.',
      reporter: SARA,
      status: 'Open',
      fields: { Organizations: 'Northfield Council', 'Partner on our CRM?': 'Yes' },
    },
  };
  const events: [number, EngineEventInput][] = [
    [0, created],
    ...actions.map(([a, extra, actor], i): [number, EngineEventInput] => [1 + i, panel(key, i, a, extra, actor)]),
  ];
  return events.map(([h, e]) => [h, engineEventSchema.parse(e)]);
}

/** One Optergy multi-site licence request that sales approves: triage, sales, queue pick-up, set up, client told. */
export function s3Lifecycle(n: number): [number, EngineEvent][] {
  const key = `OSI-${n}`;
  const created: EngineEventInput = {
    id: `${key}/created`,
    type: 'ticketCreated',
    actorAccountId: SALLY.accountId,
    issue: {
      key,
      project: 'OSI',
      requestType: 'Multi-site licence request',
      summary: 'Multi-site licence for Westfield Tower and Westfield Annex',
      description: 'We need the licence to cover both sites. Hardware key 4471-A.',
      reporter: { accountId: 'acc-si', email: 'si@westfield.example' },
      status: 'Open',
    },
  };
  const events: [number, EngineEventInput][] = [
    [0, created],
    [2, panel(key, 0, 'completeStep', { stepId: 'triage' }, SAM)],
    [6, panel(key, 1, 'decide', { stepId: 'sales-decision', value: 'yes' }, SALLY)],
    [8, panel(key, 2, 'completeStep', { stepId: 'support-pickup' }, PRIYA)],
    [24, panel(key, 3, 'completeStep', { stepId: 'hardware-key' }, PRIYA)],
    [26, panel(key, 4, 'completeStep', { stepId: 'licence-visible', note: 'Seen in CV' }, PRIYA)],
  ];
  return events.map(([h, e]) => [h, engineEventSchema.parse(e)]);
}

const DAY = 24;
/**
 * One small-SI Optergy onboarding (s3-optergy.test.ts "small SI: finishes with the week-6 training"): week 0, the
 * week-2 call (Week A), the touchpoints, the training. Its start date is the first Monday at least two days after
 * the request; the Mon/Wed/Fri customer messages in between come from the scheduler's ticks.
 */
export function s3SiLifecycle(n: number, startMs: number): [number, EngineEvent][] {
  const key = `OSI-${n}`;
  const d = new Date(startMs + 2 * DAY * 3_600_000);
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
  const s = (monday - startMs) / 3_600_000; // hours from the request to Monday 00:00 UTC (10:00 or 11:00 in Sydney)
  const startDate = new Date(monday).toISOString().slice(0, 10);
  const created: EngineEventInput = {
    id: `${key}/created`,
    type: 'ticketCreated',
    actorAccountId: SALLY.accountId,
    issue: {
      key,
      project: 'OSI',
      requestType: 'New SI',
      summary: 'New SI: Bright SI',
      description: `SI company: Bright SI\nSI contact email: Ian@Bright-SI.example\nSI size: Small\nStart date: ${startDate}`,
      reporter: SALLY,
      status: 'Open',
    },
  };
  const week0 = ['signup-docs', 'portal-admin', 'handover-meeting', 'onboarding-opportunity', 'mailer'];
  const touch = ['week-3-call', 'week-4-planning', 'week-4-session', 'week-5-planning', 'week-5-session'];
  const events: [number, EngineEventInput][] = [
    [0, created],
    ...week0.map((id, i): [number, EngineEventInput] => [
      s + 3 * DAY,
      panel(key, i, 'completeStep', { stepId: id }, SAM),
    ]),
    [s + 3 * DAY, panel(key, 5, 'completeStep', { stepId: 'pronto-customer' }, ALAN)],
    [s + 14 * DAY + 1, panel(key, 6, 'decide', { stepId: 'week-2-call', value: 'week-a' }, SAM)],
    ...[...touch, 'week-6-planning'].map((id, i): [number, EngineEventInput] => [
      s + 35 * DAY + 1,
      panel(key, 7 + i, 'completeStep', { stepId: id }, SAM),
    ]),
    [s + 42 * DAY + 1, panel(key, 20, 'completeStep', { stepId: 'week-6-training' }, SAM)],
  ];
  return events.map(([h, e]) => [h, engineEventSchema.parse(e)]);
}
