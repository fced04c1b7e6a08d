/**
 * S2 add a new service through decide(): content checklist, preview, review with a flagged problem sent back to its
 * owner, EPRS and the interest list told, routing skipped for an onboarded partner, the review date limit (reverted
 * on the ticket, refused in the panel), live, and the review ticket when the date comes.
 */
import { textOf } from '../../src/domain/engine';
import type { Run } from '../../src/domain/engine';
import { registriesSchema } from '../../src/domain/engine/registries';
import { CARA, EWAN, KIM, MON, OWEN, context, ev, ofType, panels, sep, statusOf, step, ticket } from './s2-fixtures';

const pb = sep();
const FIELDS = { 'Service name': 'Bulky waste collection', 'Shared service': 'No' };
const WASTE = 'Please add our bulky waste collection.\nContent type: Waste and recycling';

function added(fields: Record<string, string> = FIELDS, c = context): Run {
  return step(pb, undefined, ev.created(ticket('add', fields, { description: WASTE })), MON, c).run;
}

/** Discussions done and the content checklist ticked: the preview is sent and the review waits. */
function toReview(run: Run): { run: Run; commands: ReturnType<typeof step>['commands'] } {
  const r = panels(
    pb,
    run,
    [
      ['completeStep', { stepId: 'add-discussion' }],
      ['completeStep', { stepId: 'add-sep-discussion' }],
      ['completeStep', { stepId: 'add-kb' }],
      ['checkItem', { stepId: 'add-content', item: 'content' }],
      ['checkItem', { stepId: 'add-content', item: 'start' }],
    ],
    '2026-03-02T10:00:00.000Z',
  ).run;
  return step(
    pb,
    r,
    ev.panel('last-item', 'checkItem', { stepId: 'add-content', item: 'owner' }),
    '2026-03-02T16:00:00.000Z',
  );
}

function approved(): Run {
  const { run } = toReview(added());
  return step(pb, run, ev.panel('ok', 'completeStep', { stepId: 'add-review' }, EWAN), '2026-03-03T09:00:00.000Z').run;
}

describe('S2 add a new service: content review', () => {
  it('the ticket fields are read, the partner is known in the registry, so routing will be skipped', () => {
    const run = added();
    expect(run.variables).toMatchObject({
      partner: 'Northfield Council',
      serviceName: 'Bulky waste collection',
      sharedService: false,
      topic: 'Waste and recycling',
      partnerOnboarded: true,
    });
    expect(statusOf(run, 'add-content')).toBe('pending');
  });

  it('the finished content is offered to the partner as a preview (a customer message) and goes to review', () => {
    const { run, commands } = toReview(added());
    expect(run.steps['add-content']).toMatchObject({ status: 'done', checked: ['content', 'start', 'owner'] });
    const [preview] = ofType(commands, 'comment');
    expect(preview).toMatchObject({ visibility: 'public', issue: { key: 'SEP-1' } });
    expect(textOf(preview!.body)).toContain('Bulky waste collection is ready for you to preview');
    expect(statusOf(run, 'add-review')).toBe('active');
  });

  it('flagged: the reason goes back to the content owner lane, the review returns when it is done again', () => {
    const { run } = toReview(added());
    const noReason = step(pb, run, ev.panel('f0', 'flag', { stepId: 'add-review' }, EWAN), '2026-03-03T09:00:00.000Z');
    expect(noReason.codes).toContain('review.reason-missing');
    expect(noReason.run.steps['add-review']?.status).toBe('active');
    const outsider = step(
      pb,
      run,
      ev.panel('f1', 'flag', { stepId: 'add-review', note: 'x' }),
      '2026-03-03T09:00:00.000Z',
    );
    expect(outsider.codes).toContain('review.not-allowed');
    const flagged = step(
      pb,
      run,
      ev.panel('f2', 'flag', { stepId: 'add-review', note: 'The 2026 charges are missing' }, EWAN),
      '2026-03-03T09:00:00.000Z',
    );
    expect(statusOf(flagged.run, 'add-content')).toBe('active');
    expect(flagged.run.steps['add-content']?.checked).toEqual(['content', 'start', 'owner']);
    expect(flagged.run.steps['add-review']).toMatchObject({
      status: 'pending',
      flags: [{ byAccountId: EWAN.accountId, reason: 'The 2026 charges are missing' }],
    });
    const [note] = ofType(flagged.commands, 'comment');
    expect(note?.visibility).toBe('internal');
    expect(textOf(note!.body)).toContain('The 2026 charges are missing');
    // Fixed by its owner: done again, the review is back.
    const fixed = step(
      pb,
      flagged.run,
      ev.panel('fix', 'completeStep', { stepId: 'add-content', note: 'Charges added' }, CARA),
      '2026-03-03T11:00:00.000Z',
    );
    expect(statusOf(fixed.run, 'add-review')).toBe('active');
  });

  it('approved: EPRS is told about the KB, the interest list for the kind of content is told, routing skipped', () => {
    const { run } = toReview(added());
    const ok = step(
      pb,
      run,
      ev.panel('ok', 'completeStep', { stepId: 'add-review' }, EWAN),
      '2026-03-03T09:00:00.000Z',
    );
    const comments = ofType(ok.commands, 'comment');
    const eprs = comments.find((c) => c.body.some((s) => s.type === 'mention' && s.accountId === KIM.accountId));
    expect(textOf(eprs!.body)).toContain('make sure its KB article is ready');
    const interested = comments.find((c) => textOf(c.body).includes('New content was added to SEP'));
    expect(interested?.visibility).toBe('internal');
    expect(
      interested?.body.filter((s) => s.type === 'mention').map((s) => (s.type === 'mention' ? s.accountId : '')),
    ).toEqual([CARA.accountId, OWEN.accountId]);
    expect(ok.run.steps['add-routing']).toMatchObject({ status: 'done', skipped: true });
    expect(statusOf(ok.run, 'add-review-date')).toBe('active');
  });

  it('a partner the registry does not know (not onboarded through SEP) gets the routing step', () => {
    const c = { ...context, registries: registriesSchema.parse({}) };
    const { run } = toReview(added(FIELDS, c));
    const ok = step(
      pb,
      run,
      ev.panel('ok', 'completeStep', { stepId: 'add-review' }, EWAN),
      '2026-03-03T09:00:00.000Z',
      c,
    );
    expect(ok.run.variables.partnerOnboarded).toBe(false);
    expect(statusOf(ok.run, 'add-routing')).toBe('active');
    // Nobody on the default interest list: no comment, the trace says so.
    expect(ok.codes).toContain('interest.nobody');
  });
});

describe('S2 review date: at most 6 months ahead, reminded when due', () => {
  it('a later date set on the ticket is set back with an internal note saying why', () => {
    const run = approved();
    const far = step(pb, run, ev.field('c1', 'Review date', null, '2026-12-01'), '2026-03-03T10:00:00.000Z');
    expect(far.codes).toContain('date.reverted');
    expect(ofType(far.commands, 'setFields')).toMatchObject([
      { issue: { key: 'SEP-1' }, dates: [{ fieldName: 'Review date', value: null }] },
    ]);
    const [note] = ofType(far.commands, 'comment');
    expect(note?.visibility).toBe('internal');
    expect(textOf(note!.body)).toBe(
      'Review date 2026-12-01 was not accepted: it is more than 6 month(s) ahead (the latest allowed today is 2026-09-03). It was set back to empty; please choose a date within the limit.',
    );
    expect(statusOf(far.run, 'add-review-date')).toBe('active');
    expect(far.run.issue.fields['Review date']).toBeUndefined();
  });

  it('the panel refuses a later date and changes nothing; a date within the limit is written and done', () => {
    const run = approved();
    const refused = step(
      pb,
      run,
      ev.panel('d1', 'setDate', { stepId: 'add-review-date', value: '2026-09-04' }),
      '2026-03-03T10:00:00.000Z',
    );
    expect(refused.codes).toContain('date.refused');
    expect(refused.run).toBe(run);
    expect(refused.commands).toEqual([]);
    const ok = step(
      pb,
      run,
      ev.panel('d2', 'setDate', { stepId: 'add-review-date', value: '2026-09-03' }),
      '2026-03-03T10:00:00.000Z',
    );
    expect(ofType(ok.commands, 'setFields')).toMatchObject([
      { dates: [{ fieldName: 'Review date', value: '2026-09-03' }] },
    ]);
    expect(ok.run.steps['add-review-date']).toMatchObject({ status: 'done', date: '2026-09-03' });
    expect(statusOf(ok.run, 'add-live')).toBe('active');
  });

  it('live: registered and the partner told; at the review date a linked review ticket opens and the owner is told', () => {
    let run = approved();
    run = step(pb, run, ev.field('c1', 'Review date', null, '2026-08-31'), '2026-03-03T10:00:00.000Z').run;
    expect(run.steps['add-review-date']).toMatchObject({ status: 'done', date: '2026-08-31' });
    const live = step(pb, run, ev.panel('live', 'completeStep', { stepId: 'add-live' }), '2026-03-04T10:00:00.000Z');
    expect(ofType(live.commands, 'updateRegistry')[0]?.change).toEqual({
      op: 'addService',
      partner: 'Northfield Council',
      service: 'Bulky waste collection',
      shared: false,
    });
    const [told] = ofType(live.commands, 'comment');
    expect(told?.visibility).toBe('public');
    expect(textOf(told!.body)).toContain('Bulky waste collection is now live on SEP');
    // The run waits for the date: the scheduler finds it by nextDueAt (09:00 in the calendar's zone, UTC here).
    expect(statusOf(live.run, 'add-review-due')).toBe('active');
    expect(live.run.nextDueAt).toBe('2026-08-31T09:00:00.000Z');
    const early = step(pb, live.run, ev.tick('t1'), '2026-08-31T08:59:00.000Z');
    expect(early.commands).toEqual([]);
    const due = step(pb, live.run, ev.tick('t2'), '2026-08-31T09:00:00.000Z');
    const [review] = ofType(due.commands, 'createIssue');
    expect(review).toMatchObject({
      project: 'SEP',
      requestTypeName: 'Edit or remove a service',
      summary: 'Service review due: Bulky waste collection (Northfield Council)',
      link: { type: 'Relates', direction: 'outward', to: { key: 'SEP-1' } },
    });
    expect(review?.description).toContain('Service name: Bulky waste collection\nPartner: Northfield Council');
    const [owner] = ofType(due.commands, 'comment');
    expect(owner?.body[0]).toEqual({ type: 'mention', accountId: OWEN.accountId, name: OWEN.displayName });
    expect(due.run.state).toBe('completed');
  });
});
