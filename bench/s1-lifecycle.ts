/**
 * One S1 onboarding as the engine sees it: the events of a realistic ticket life, from the email to the products
 * going live, including the noise a real site sends (agents' comments, CS status moves, the scheduler's ticks, the
 * echo of the app's own transition). Built with the schemas, as the shell would parse them.
 */
import type { DecideContext, EngineEvent, EngineEventInput } from '../src/domain/engine';
import { engineEventSchema } from '../src/domain/engine';
import { directorySchema } from '../src/domain/people';

export const APP_ACCOUNT = 'bench-app';

export const context: DecideContext = {
  appAccountId: APP_ACCOUNT,
  slackConfigured: true,
  directory: directorySchema.parse({
    people: {
      'everbright.approver': {
        accountId: 'acc-david',
        displayName: 'David Ellis',
        email: 'david.ellis@goeverbright.com',
        slackMemberId: 'U0DAVID01',
      },
      'everbright.fallback-approver': { accountId: 'acc-fiona', displayName: 'Fiona', slackMemberId: 'U0FIONA01' },
      'everbright.onboarding-mailbox': {
        accountId: 'acc-mailbox',
        displayName: 'Onboarding',
        email: 'onboarding@goeverbright.com',
      },
      'everbright.completion-contact': { accountId: 'acc-james', displayName: 'James' },
      'am.sam': { accountId: 'acc-sam', displayName: 'Sam' },
      'am.dana': { accountId: 'acc-dana', displayName: 'Dana' },
    },
    tables: { 'everbright.account-managers': { entries: { 'Sunny Roofs Ltd': 'am.sam' }, default: 'am.dana' } },
  }),
};

/** The onboarding email as it arrives (the value on the line after its label, a signature below). */
export function s1Description(installer: string): string {
  return [
    'Hello team,',
    '',
    'Please set up the partnership below.',
    '',
    'Contractor Installer name',
    `   ${installer}  `,
    'Contractor Installer contact email:',
    'ops@installer.example',
    '',
    'Thanks,',
    'EverBright partnerships',
  ].join('\n');
}

export const S1_DESCRIPTION = s1Description('Sunny Roofs Ltd');

/** Each onboarding is for another installer, so answer emails can tell the runs apart. */
export const installerOf = (n: number): string => (n === 1 ? 'Sunny Roofs Ltd' : `Installer ${n} Roofing`);

export interface TimedEvent {
  at: Date;
  event: EngineEvent;
}

/** Omit distributed over the union, so each event kind keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const T0 = Date.parse('2026-03-02T09:00:00.000Z');

/** The events of onboarding number n (its own SS and CS keys), in order, with when each happens. */
export function lifecycle(n: number): TimedEvent[] {
  const ss = `SS-${n}`;
  const cs = `CS-${n}`;
  const list: [number, EngineEventInput][] = [];
  const add = (hours: number, e: WithoutId<EngineEventInput>, id: string): void => {
    list.push([hours, { ...e, id: `${ss}/${id}` }]);
  };
  const status = (hours: number, key: string, to: string, actor = 'acc-config'): void =>
    add(
      hours,
      {
        type: 'ticketUpdated',
        actorAccountId: actor,
        issue: { key, project: key.slice(0, 2) },
        items: [{ field: 'status', to }],
      },
      `${key}-${to}-${hours}`,
    );
  const comment = (hours: number, author: string, text: string): void =>
    add(
      hours,
      {
        type: 'commentAdded',
        actorAccountId: author,
        issueKey: ss,
        author: { accountId: author },
        text,
        visibility: 'internal',
      },
      `c-${hours}`,
    );
  const tick = (hours: number): void => add(hours, { type: 'timePassed' }, `tick-${hours}`);

  add(
    0,
    {
      type: 'ticketCreated',
      actorAccountId: 'acc-partner',
      issue: {
        key: ss,
        project: 'SS',
        summary: 'EverBright Partner Onboarding',
        description: s1Description(installerOf(n)),
        reporter: { accountId: 'acc-partner', email: 'partners@goeverbright.com' },
        status: 'Open',
      },
    },
    'created',
  );
  comment(0.5, 'acc-agent', 'Picking this up, thanks.');
  add(
    1,
    {
      type: 'linkCreated',
      actorAccountId: 'acc-automation',
      other: { key: cs, project: 'CS', status: 'To Do' },
      linkType: 'Relates',
      direction: 'outward',
    },
    'link',
  );
  status(2, cs, 'In Progress');
  tick(3);
  tick(4);
  status(5, cs, 'On Hold');
  status(5, ss, 'Waiting for support', APP_ACCOUNT);
  tick(12);
  tick(29);
  comment(30, 'acc-sam', 'David, could you have a look at this one?');
  tick(40);
  comment(41, 'acc-david', 'Approved, go ahead.');
  status(41, cs, 'To Do', APP_ACCOUNT);
  status(44, cs, 'In Progress');
  status(50, cs, 'Done');
  return list.map(([hours, e]) => ({ at: new Date(T0 + hours * 3600_000), event: engineEventSchema.parse(e) }));
}
