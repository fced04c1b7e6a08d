/**
 * S2 edit or remove a service, the scheduled review ticket, and a partner removed from SEP, through decide():
 * the registry's shared flag picks the removal branch; the review date limit applies to edits too.
 */
import { textOf } from '../../src/domain/engine';
import type { Run } from '../../src/domain/engine';
import { registriesSchema } from '../../src/domain/engine/registries';
import { CARA, EWAN, KIM, MON, context, ev, ofType, panels, sep, statusOf, step, ticket } from './s2-fixtures';

const pb = sep();

const edit = (service: string, fields: Record<string, string> = {}): Run =>
  step(pb, undefined, ev.created(ticket('edit', { 'Service name': service, ...fields })), MON).run;

const decideChange = (run: Run, value: 'edit' | 'remove') =>
  step(pb, run, ev.panel('chg', 'decide', { stepId: 'ed-change', value }), '2026-03-02T10:00:00.000Z');

describe('S2 remove a service: shared or not (the registry says)', () => {
  it('a shared service: only its routing logic is removed, its content stays', () => {
    const run = edit('Resident parking permits');
    expect(run.variables.serviceShared).toBe(true);
    const r = decideChange(run, 'remove').run;
    expect(r.steps['ed-remove-content']).toMatchObject({ status: 'done', skipped: true });
    expect(statusOf(r, 'ed-remove-routing')).toBe('active');
    expect(statusOf(r, 'ed-export')).toBe('active');
    expect(r.steps['ed-content']).toMatchObject({ status: 'done', skipped: true });
    expect(r.steps['ed-review-date']).toMatchObject({ status: 'done', skipped: true });
    const done = panels(
      pb,
      r,
      [
        ['completeStep', { stepId: 'ed-remove-routing' }],
        ['completeStep', { stepId: 'ed-export', note: 'Partner did not need an export' }],
        ['completeStep', { stepId: 'ed-live' }],
      ],
      '2026-03-02T11:00:00.000Z',
    );
    expect(ofType(done.commands, 'updateRegistry')[0]?.change).toEqual({
      op: 'removeService',
      partner: 'Northfield Council',
      service: 'Resident parking permits',
    });
    const [told] = ofType(done.commands, 'comment');
    expect(told?.visibility).toBe('public');
    expect(textOf(told!.body)).toBe('Resident parking permits has been removed from SEP.');
    expect(ofType(done.commands, 'createIssue')).toEqual([]);
    expect(done.run.state).toBe('completed');
  });

  it('a service of its own: the content is removed', () => {
    const r = decideChange(edit('Library opening hours'), 'remove').run;
    expect(r.variables.serviceShared).toBe(false);
    expect(statusOf(r, 'ed-remove-content')).toBe('active');
    expect(r.steps['ed-remove-routing']).toMatchObject({ status: 'done', skipped: true });
  });

  it('a service the registry does not know stops the run before any step, saying what to fix', () => {
    const { run, commands } = step(pb, undefined, ev.created(ticket('edit', { 'Service name': 'Swimming' })), MON);
    expect(run.stage).toBe('intake');
    expect(run.attention.map((a) => a.code)).toEqual(['intake.invalid']);
    expect(textOf(ofType(commands, 'comment')[0]!.body)).toContain(
      "the registry has no service 'Swimming' for partner 'Northfield Council'",
    );
  });
});

describe('S2 a service the registry does not know yet', () => {
  it('the request’s own "Shared service" field stands in for the registry', () => {
    const run = edit('Street lighting', { 'Shared service': 'Yes' });
    expect(run.variables.serviceShared).toBe(true);
    const r = decideChange(run, 'remove').run;
    expect(r.steps['ed-remove-content']).toMatchObject({ status: 'done', skipped: true });
    expect(r.steps['ed-remove-routing']?.status).toBe('active');
  });
});

describe('S2 edit a service', () => {
  it('a review date more than 6 months ahead on the request is set back when the date step starts', () => {
    const run = edit('Library opening hours', { 'Review date': '2026-11-27' });
    const { run: r, commands, codes } = decideChange(run, 'edit');
    expect(codes).toContain('date.reverted');
    expect(ofType(commands, 'setFields')).toMatchObject([{ dates: [{ fieldName: 'Review date', value: null }] }]);
    expect(statusOf(r, 'ed-review-date')).toBe('active');
    expect(statusOf(r, 'ed-content')).toBe('active');
  });

  it('edited, reviewed, EPRS told, new review date; the next review ticket opens when it comes', () => {
    let r = decideChange(edit('Library opening hours'), 'edit').run;
    r = panels(
      pb,
      r,
      [
        ['completeStep', { stepId: 'ed-content' }, CARA],
        ['completeStep', { stepId: 'ed-review' }, EWAN],
        ['setDate', { stepId: 'ed-review-date', value: '2026-06-30' }],
        ['completeStep', { stepId: 'ed-routing', note: 'Not needed' }],
      ],
      '2026-03-02T11:00:00.000Z',
    ).run;
    expect(r.steps['ed-eprs']?.status).toBe('done');
    const live = step(pb, r, ev.panel('live', 'completeStep', { stepId: 'ed-live' }), '2026-03-03T09:00:00.000Z');
    expect(textOf(ofType(live.commands, 'comment')[0]!.body)).toBe(
      'Your change to Library opening hours is live on SEP.',
    );
    expect(live.run.steps['ed-registry-remove']).toMatchObject({ skipped: true });
    expect(live.run.nextDueAt).toBe('2026-06-30T09:00:00.000Z');
    const due = step(pb, live.run, ev.tick('t'), '2026-06-30T09:05:00.000Z');
    expect(ofType(due.commands, 'createIssue')[0]?.summary).toBe(
      'Service review due: Library opening hours (Northfield Council)',
    );
    expect(due.run.state).toBe('completed');
  });

  it('EPRS is told of the change after review', () => {
    let r = decideChange(edit('Library opening hours'), 'edit').run;
    r = step(pb, r, ev.panel('c', 'completeStep', { stepId: 'ed-content' }, CARA), '2026-03-02T11:00:00.000Z').run;
    const reviewed = step(
      pb,
      r,
      ev.panel('r', 'completeStep', { stepId: 'ed-review' }, EWAN),
      '2026-03-02T12:00:00.000Z',
    );
    const [note] = ofType(reviewed.commands, 'comment');
    expect(note?.body[0]).toMatchObject({ type: 'mention', accountId: KIM.accountId });
    expect(textOf(note!.body)).toContain('Please update its KB article if needed.');
  });
});

describe('S2 the review ticket the app opens starts the edit flow', () => {
  it('its summary picks the review flow; the service and partner come from its description', () => {
    const t = ticket(
      'edit',
      {},
      {
        key: 'SEP-9',
        requestType: undefined,
        fields: {},
        summary: 'Service review due: Library opening hours (Northfield Council)',
        description:
          'The review date of Library opening hours (Northfield Council) has come (SEP-1).\nService name: Library opening hours\nPartner: Northfield Council',
      },
    );
    const { run } = step(pb, undefined, ev.created(t), MON);
    expect(run.flow).toBe('review');
    expect(run.variables).toMatchObject({ serviceName: 'Library opening hours', partner: 'Northfield Council' });
    expect(statusOf(run, 'ed-change')).toBe('active');
  });
});

describe('S2 partner removed from SEP', () => {
  const offboarded = (c = context) => step(pb, undefined, ev.created(ticket('offboard')), MON, c);

  it('own content removed and shared services lose only the routing; registry and partner told; closed', () => {
    const { run } = offboarded();
    expect(run.variables).toMatchObject({
      ownServices: 'Library opening hours',
      sharedServices: 'Resident parking permits',
    });
    const r = panels(
      pb,
      run,
      [
        ['completeStep', { stepId: 'off-accounts' }, CARA],
        ['completeStep', { stepId: 'off-other-accounts' }],
        ['completeStep', { stepId: 'off-export', note: 'Exported to the partner' }],
        ['completeStep', { stepId: 'off-inform' }],
      ],
      '2026-03-02T10:00:00.000Z',
    ).run;
    expect(statusOf(r, 'off-remove-content')).toBe('active');
    expect(statusOf(r, 'off-remove-routing')).toBe('active');
    const done = panels(
      pb,
      r,
      [
        ['completeStep', { stepId: 'off-remove-content' }],
        ['completeStep', { stepId: 'off-remove-routing' }],
        ['completeStep', { stepId: 'off-live' }],
      ],
      '2026-03-03T10:00:00.000Z',
    );
    expect(ofType(done.commands, 'updateRegistry')[0]?.change).toEqual({
      op: 'removePartner',
      partner: 'Northfield Council',
    });
    expect(ofType(done.commands, 'comment')[0]?.visibility).toBe('public');
    expect(ofType(done.commands, 'transition')).toMatchObject([{ toStatus: 'Resolved' }]);
    expect(done.run.state).toBe('completed');
  });

  it('a partner with no shared services: the routing-only step is skipped', () => {
    const c = {
      ...context,
      registries: registriesSchema.parse({
        partners: { x: { name: 'Northfield Council', services: [{ name: 'Library opening hours' }] } },
      }),
    };
    const { run } = offboarded(c);
    const r = step(pb, run, ev.panel('x', 'completeStep', { stepId: 'off-export' }), MON, c).run;
    expect(r.steps['off-remove-routing']).toMatchObject({ status: 'done', skipped: true });
    expect(statusOf(r, 'off-remove-content')).toBe('active');
  });
});
