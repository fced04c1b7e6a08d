/**
 * How each S2 flow ends, through decide(): every request is resolved (Done) in the step that tells the partner its
 * outcome, once; a run with a review date goes on after that, and the review ticket it opens is raised for the
 * partner (the original reporter, in the partner's organization). Version 1 (the draft) resolves its requests too.
 */
import { textOf, type Command, type Run } from '../../src/domain/engine';
import type { Playbook } from '../../src/domain/playbook';
import { CARA, EWAN, MON, SARA, ev, ofType, sep, sepV1, statusOf, step, ticket, type Step } from './s2-fixtures';

const v2 = sep();
const v1 = sepV1();

type Act = Parameters<typeof ev.panel>;

/** Panel actions one after another (an hour apart), keeping every command issued along the way. */
function walk(pb: Playbook, start: Run, actions: [Act[1], Act[2], Act[3]?][]): Step & { all: Command[] } {
  let last: Step = { run: start, commands: [], codes: [] };
  const all: Command[] = [];
  actions.forEach(([action, extra, actor], i) => {
    const at = new Date(Date.parse('2026-03-02T10:00:00.000Z') + i * 3600_000).toISOString();
    last = step(pb, last.run, ev.panel(`w-${i}`, action, extra, actor), at);
    all.push(...last.commands);
  });
  return { ...last, all };
}

const started = (pb: Playbook, kind: Parameters<typeof ticket>[0], fields: Record<string, string> = {}) =>
  step(pb, undefined, ev.created(ticket(kind, fields)), MON);

const resolutions = (cmds: readonly Command[]) =>
  ofType(cmds, 'transition').map((t) => [t.toStatus, t.resolution, 'key' in t.issue ? t.issue.key : '']);
const customerMessages = (cmds: readonly Command[]) =>
  ofType(cmds, 'comment')
    .filter((c) => c.visibility === 'public')
    .map((c) => textOf(c.body));

const ADD: [Act[1], Act[2], Act[3]?][] = [
  ['completeStep', { stepId: 'add-discussion' }],
  ['completeStep', { stepId: 'add-sep-discussion' }],
  ['completeStep', { stepId: 'add-kb' }],
  ['checkItem', { stepId: 'add-content', item: 'content' }],
  ['checkItem', { stepId: 'add-content', item: 'start' }],
  ['checkItem', { stepId: 'add-content', item: 'owner' }, CARA],
  ['completeStep', { stepId: 'add-review' }, EWAN],
];

describe('S2 version 2: each flow resolves its request as it tells the partner the outcome', () => {
  it('onboarding: the partner is told they can add services, and the request is resolved', () => {
    const { run } = started(v2, 'onboard', { 'Partner on our CRM?': 'Yes' });
    const end = walk(v2, run, [
      ['completeStep', { stepId: 'ob-contacts' }],
      ['completeStep', { stepId: 'ob-pack-agreement', note: 'In SharePoint' }, EWAN],
      ['completeStep', { stepId: 'ob-cms-accounts' }, CARA],
      ['completeStep', { stepId: 'ob-workqueues' }],
      ['completeStep', { stepId: 'ob-partner-meetings' }],
      ['checkItem', { stepId: 'ob-style-guide', item: 'style-guide' }],
      ['checkItem', { stepId: 'ob-style-guide', item: 'shared-terms' }],
      ['checkItem', { stepId: 'ob-style-guide', item: 'tags' }],
      ['completeStep', { stepId: 'ob-partner-tags' }],
      ['checkItem', { stepId: 'ob-crm-routing', item: 'discussed' }],
      ['checkItem', { stepId: 'ob-crm-routing', item: 'configured' }],
      ['checkItem', { stepId: 'ob-crm-routing', item: 'tested' }],
    ]);
    expect(customerMessages(end.all)).toEqual([
      'Northfield Council is now set up on SEP. For each service you want to publish, raise an "Add a new service" request.',
    ]);
    expect(resolutions(end.all)).toEqual([['Resolved', 'Done', 'SEP-1']]);
    expect(end.run.state).toBe('completed');
  });

  it('add a service: resolved with the "live" message; the run goes on to the review date', () => {
    const { run } = started(v2, 'add', { 'Service name': 'Bulky waste collection', 'Shared service': 'No' });
    const end = walk(v2, run, [
      ...ADD,
      ['setDate', { stepId: 'add-review-date', value: '2026-08-31' }],
      ['completeStep', { stepId: 'add-live' }],
    ]);
    expect(customerMessages(end.all)).toEqual([
      expect.stringContaining('Bulky waste collection is ready for you to preview'),
      expect.stringContaining('Bulky waste collection is now live on SEP'),
    ]);
    // The message comes first, then the resolution: Jira's notice of the resolution follows the partner's message.
    const live = end.commands.filter((c) => c.type === 'comment' || c.type === 'transition').map((c) => c.type);
    expect(live).toEqual(['comment', 'transition']);
    expect(resolutions(end.all)).toEqual([['Resolved', 'Done', 'SEP-1']]);
    expect(end.run.state).toBe('active');
    expect(statusOf(end.run, 'add-review-due')).toBe('active');

    const due = step(v2, end.run, ev.tick('due'), '2026-08-31T09:00:00.000Z');
    expect(resolutions(due.commands)).toEqual([]);
    expect(due.run.state).toBe('completed');
  });

  it('the review ticket is raised for the original reporter, in the partner organization', () => {
    const { run } = started(v2, 'add', { 'Service name': 'Bulky waste collection', 'Shared service': 'No' });
    const live = walk(v2, run, [
      ...ADD,
      ['setDate', { stepId: 'add-review-date', value: '2026-08-31' }],
      ['completeStep', { stepId: 'add-live' }],
    ]).run;
    const due = step(v2, live, ev.tick('due'), '2026-08-31T09:00:00.000Z');
    expect(ofType(due.commands, 'createIssue')).toMatchObject([
      {
        requestTypeName: 'Edit or remove a service',
        reporter: { accountId: SARA.accountId },
        organization: { name: 'Northfield Council', createIfMissing: false },
      },
    ]);
  });

  it('a ticket whose reporter is unknown: the review ticket is raised by the app, and the trace says so', () => {
    const t = ticket('add', { 'Service name': 'Bulky waste collection', 'Shared service': 'No' }, { reporter: {} });
    const { run } = step(v2, undefined, ev.created(t), MON);
    const live = walk(v2, run, [
      ...ADD,
      ['setDate', { stepId: 'add-review-date', value: '2026-08-31' }],
      ['completeStep', { stepId: 'add-live' }],
    ]).run;
    const due = step(v2, live, ev.tick('due'), '2026-08-31T09:00:00.000Z');
    const [created] = ofType(due.commands, 'createIssue');
    expect(created?.reporter).toBeUndefined();
    expect(created?.organization?.name).toBe('Northfield Council');
    expect(due.codes).toContain('create.no-reporter');
  });

  it('edit a service: resolved with "your change is live"; the run waits for the next review date', () => {
    const { run } = started(v2, 'edit', { 'Service name': 'Library opening hours' });
    const end = walk(v2, run, [
      ['decide', { stepId: 'ed-change', value: 'edit' }],
      ['completeStep', { stepId: 'ed-content' }, CARA],
      ['completeStep', { stepId: 'ed-review' }, EWAN],
      ['setDate', { stepId: 'ed-review-date', value: '2026-06-30' }],
      ['completeStep', { stepId: 'ed-routing', note: 'Not needed' }],
      ['completeStep', { stepId: 'ed-live' }],
    ]);
    expect(customerMessages(end.all)).toEqual(['Your change to Library opening hours is live on SEP.']);
    expect(resolutions(end.all)).toEqual([['Resolved', 'Done', 'SEP-1']]);
    expect([end.run.state, statusOf(end.run, 'ed-review-due')]).toEqual(['active', 'active']);
  });

  it.each([
    ['Resident parking permits', 'ed-remove-routing'],
    ['Library opening hours', 'ed-remove-content'],
  ])('remove %s: resolved with "removed from SEP", and the run is complete', (service, task) => {
    const { run } = started(v2, 'edit', { 'Service name': service });
    const end = walk(v2, run, [
      ['decide', { stepId: 'ed-change', value: 'remove' }],
      ['completeStep', { stepId: task }],
      ['completeStep', { stepId: 'ed-export' }],
      ['completeStep', { stepId: 'ed-live' }],
    ]);
    expect(customerMessages(end.all)).toEqual([`${service} has been removed from SEP.`]);
    expect(resolutions(end.all)).toEqual([['Resolved', 'Done', 'SEP-1']]);
    expect(end.run.state).toBe('completed');
  });

  it('partner removed: told, resolved, complete', () => {
    const { run } = started(v2, 'offboard');
    const end = walk(v2, run, [
      ['completeStep', { stepId: 'off-accounts' }, CARA],
      ['completeStep', { stepId: 'off-other-accounts' }],
      ['completeStep', { stepId: 'off-export' }],
      ['completeStep', { stepId: 'off-inform' }],
      ['completeStep', { stepId: 'off-remove-content' }],
      ['completeStep', { stepId: 'off-remove-routing' }],
      ['completeStep', { stepId: 'off-live' }],
    ]);
    expect(customerMessages(end.all)).toEqual([
      "Northfield Council's services are no longer on SEP and its accounts are closed.",
    ]);
    expect(resolutions(end.all)).toEqual([['Resolved', 'Done', 'SEP-1']]);
    expect(end.run.state).toBe('completed');
  });
});

describe('S2 version 1 (the draft): add and edit resolve their requests too', () => {
  it('add a service: registered and resolved when live', () => {
    const { run } = started(v1, 'add', { 'Service name': 'Bulky waste collection' });
    const end = walk(v1, run, [...ADD, ['completeStep', { stepId: 'add-live' }]]);
    expect(resolutions(end.all)).toEqual([['Resolved', 'Done', 'SEP-1']]);
    expect(end.run.state).toBe('completed');
  });

  it('edit a service: resolved when the change is live', () => {
    const { run } = started(v1, 'edit', { 'Service name': 'Library opening hours' });
    const end = walk(v1, run, [
      ['decide', { stepId: 'ed-change', value: 'edit' }],
      ['completeStep', { stepId: 'ed-content' }, CARA],
      ['completeStep', { stepId: 'ed-review' }, EWAN],
      ['completeStep', { stepId: 'ed-routing' }],
      ['completeStep', { stepId: 'ed-live' }],
    ]);
    expect(resolutions(end.all)).toEqual([['Resolved', 'Done', 'SEP-1']]);
    expect(end.run.state).toBe('completed');
  });
});
