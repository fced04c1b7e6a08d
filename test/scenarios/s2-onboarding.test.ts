/** S2 partner onboarding through decide(): the flow picked by request type, gates, checklists, CRM or not. */
import { matchPlaybook, textOf } from '../../src/domain/engine';
import type { Run } from '../../src/domain/engine';
import { CARA, EWAN, MON, context, ev, ofType, panels, sep, statusOf, step, ticket } from './s2-fixtures';

const pb = sep();

describe('S2 flows: each SEP request type starts its own flow', () => {
  it.each([
    ['onboard', 'onboard'],
    ['add', 'add-service'],
    ['edit', 'edit-service'],
    ['offboard', 'offboard'],
  ] as const)('a %s request follows flow %s, with only that flow’s steps', (kind, flow) => {
    const t = ticket(kind, { 'Service name': 'Library opening hours' });
    expect(matchPlaybook([pb], t, context.directory)).toMatchObject({ kind: 'match' });
    const { run, codes } = step(pb, undefined, ev.created(t), MON);
    expect(codes).toContain('flow.entered');
    expect(run.flow).toBe(flow);
    expect(Object.keys(run.steps).sort()).toEqual([...(pb.flows?.find((f) => f.id === flow)?.steps ?? [])].sort());
  });

  it('an SEP ticket of another request type is no SEP lifecycle run', () => {
    const t = ticket('onboard', {}, { requestType: 'Emailed request' });
    const m = matchPlaybook([pb], t, context.directory);
    expect(m.kind).toBe('none');
    expect(m.trace.map((x) => x.message).join(' ')).toContain('no flow takes it');
  });

  it('start by hand may name the flow', () => {
    const t = ticket('onboard', { 'Service name': 'Library opening hours' }, { requestType: undefined });
    const { run } = step(pb, undefined, ev.panel('p', 'startByHand', { issue: t, value: 'offboard' }), MON);
    expect(run.flow).toBe('offboard');
  });
});

function onboarded(fields: Record<string, string>): Run {
  return step(pb, undefined, ev.created(ticket('onboard', fields)), MON).run;
}

/** Everything up to the tech branch: contacts, agreement (with evidence), CMS accounts and workqueues. */
function toTech(run: Run): Run {
  return panels(
    pb,
    run,
    [
      ['completeStep', { stepId: 'ob-contacts' }],
      ['completeStep', { stepId: 'ob-pack-agreement', note: 'Signed agreement in SharePoint' }, EWAN],
      ['completeStep', { stepId: 'ob-cms-accounts' }, CARA],
      ['completeStep', { stepId: 'ob-workqueues' }],
      ['completeStep', { stepId: 'ob-partner-meetings' }],
      ['checkItem', { stepId: 'ob-style-guide', item: 'style-guide' }],
      ['checkItem', { stepId: 'ob-style-guide', item: 'shared-terms' }],
      ['checkItem', { stepId: 'ob-style-guide', item: 'tags' }],
      ['completeStep', { stepId: 'ob-partner-tags' }],
    ],
    '2026-03-02T10:00:00.000Z',
  ).run;
}

describe('S2 onboarding: checklist steps with owners and dependencies', () => {
  it('CMS accounts wait for the signed agreement, which needs the SEP team and a note of the evidence', () => {
    const run = onboarded({ 'Partner on our CRM?': 'Yes' });
    expect(run.variables).toMatchObject({ partner: 'Northfield Council', onCrm: true });
    expect(statusOf(run, 'ob-cms-accounts')).toBe('pending');
    const outsider = step(pb, run, ev.panel('p1', 'completeStep', { stepId: 'ob-pack-agreement', note: 'x' }), MON);
    expect(outsider.codes).toContain('task.not-allowed');
    const bare = step(pb, run, ev.panel('p1', 'completeStep', { stepId: 'ob-pack-agreement' }, EWAN), MON);
    expect(bare.codes).toContain('task.evidence-missing');
    const r = panels(
      pb,
      run,
      [
        ['completeStep', { stepId: 'ob-contacts' }],
        ['completeStep', { stepId: 'ob-pack-agreement', note: 'In SharePoint' }, EWAN],
      ],
      MON,
    ).run;
    expect(statusOf(r, 'ob-cms-accounts')).toBe('active');
    expect(r.steps['ob-pack-agreement']?.completion).toMatchObject({
      byAccountId: EWAN.accountId,
      note: 'In SharePoint',
    });
  });

  it('the style guide is a checklist: done by hand item by item, not before every item is ticked', () => {
    const run = onboarded({});
    const early = step(pb, run, ev.panel('p', 'completeStep', { stepId: 'ob-style-guide' }), MON);
    expect(early.codes).toContain('task.checklist-open');
    const r = panels(
      pb,
      run,
      [
        ['checkItem', { stepId: 'ob-style-guide', item: 'style-guide' }],
        ['checkItem', { stepId: 'ob-style-guide', item: 'shared-terms' }],
      ],
      MON,
    ).run;
    expect(r.steps['ob-style-guide']).toMatchObject({ status: 'active', checked: ['style-guide', 'shared-terms'] });
    expect(statusOf(r, 'ob-partner-tags')).toBe('pending');
  });
});

describe('S2 onboarding: tech work branches on the CRM', () => {
  it('on our CRM (from the request): no question, routing to their queues, registered with onCrm', () => {
    const run = toTech(onboarded({ 'Partner on our CRM?': 'Yes' }));
    expect(run.steps['ob-crm-check']).toMatchObject({ status: 'done', skipped: true });
    expect(run.steps['ob-crm-api']).toMatchObject({ status: 'done', skipped: true });
    expect(statusOf(run, 'ob-crm-routing')).toBe('active');
    const done = panels(
      pb,
      run,
      [
        ['checkItem', { stepId: 'ob-crm-routing', item: 'discussed' }],
        ['checkItem', { stepId: 'ob-crm-routing', item: 'configured' }],
        ['checkItem', { stepId: 'ob-crm-routing', item: 'tested' }],
      ],
      '2026-03-03T10:00:00.000Z',
    );
    expect(ofType(done.commands, 'updateRegistry')).toEqual([
      expect.objectContaining({ change: { op: 'setPartner', partner: 'Northfield Council', onCrm: true } }),
    ]);
    const [welcome] = ofType(done.commands, 'comment');
    expect(welcome?.visibility).toBe('public');
    expect(textOf(welcome!.body)).toContain('Northfield Council is now set up on SEP');
    expect(ofType(done.commands, 'transition')).toMatchObject([{ toStatus: 'Resolved', resolution: 'Done' }]);
    expect(done.run.state).toBe('completed');
  });

  it('not said in the request: the tech team decides; their own CRM takes the API route', () => {
    const run = toTech(onboarded({}));
    expect(statusOf(run, 'ob-crm-check')).toBe('active');
    expect(statusOf(run, 'ob-crm-routing')).toBe('pending');
    const decided = step(pb, run, ev.panel('d', 'decide', { stepId: 'ob-crm-check', value: 'no' }), MON).run;
    expect(decided.steps['ob-crm-routing']).toMatchObject({ status: 'done', skipped: true });
    expect(statusOf(decided, 'ob-crm-api')).toBe('active');
    const done = panels(
      pb,
      decided,
      [
        ['checkItem', { stepId: 'ob-crm-api', item: 'built' }],
        ['checkItem', { stepId: 'ob-crm-api', item: 'tested' }],
      ],
      '2026-03-03T10:00:00.000Z',
    );
    expect(ofType(done.commands, 'updateRegistry')[0]?.change).toEqual({
      op: 'setPartner',
      partner: 'Northfield Council',
      onCrm: false,
    });
    expect(done.run.state).toBe('completed');
  });

  it('the partner name is required: without it the run stops at intake with one note', () => {
    const t = ticket('onboard', {}, { fields: {} });
    const { run, commands } = step(pb, undefined, ev.created(t), MON);
    expect(run.stage).toBe('intake');
    expect(run.attention.map((a) => a.code)).toEqual(['intake.invalid']);
    expect(textOf(ofType(commands, 'comment')[0]!.body)).toContain('Partner is missing');
  });
});
