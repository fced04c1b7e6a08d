/** S3 multi-site licence: queue hand-offs between support and sales as assign / unassign commands, both answers. */
import type { Run } from '../../src/domain/engine';
import { textOf } from '../../src/domain/engine';
import { PRIYA, SALLY, SAM, completeAll, ev, multisite, multisiteTicket, ofType, step } from './s3-fixtures';

const pb = multisite();
const T = '2026-03-02T00:00:00.000Z';

function atSales(): Step {
  const r = step(pb, undefined, ev.created(multisiteTicket()), T).run;
  return completeAll(pb, r, ['triage'], T, SAM);
}
type Step = ReturnType<typeof step>;

function decided(answer: 'yes' | 'no'): Step {
  return step(pb, atSales().run, ev.panel('s', 'decide', { stepId: 'sales-decision', value: answer }, SALLY), T);
}

describe('S3 multi-site licence', () => {
  it('arrives unassigned: nothing is assigned before support has checked it', () => {
    const { run, commands } = step(pb, undefined, ev.created(multisiteTicket()), T);
    expect(run.steps.triage?.status).toBe('active');
    expect(ofType(commands, 'assign')).toEqual([]);
  });

  it('support confirms multi-site: assigned to sales, who is tagged in an internal comment', () => {
    const { run, commands } = atSales();
    expect(ofType(commands, 'assign')).toEqual([
      expect.objectContaining({ issue: { key: 'OSI-9' }, accountId: SALLY.accountId, stepId: 'to-sales' }),
    ]);
    const [tag] = ofType(commands, 'comment');
    expect(tag?.visibility).toBe('internal');
    expect(tag?.body[0]).toMatchObject({ type: 'mention', accountId: SALLY.accountId });
    expect(run.steps['sales-decision']?.status).toBe('active');
  });

  it('only sales decides', () => {
    const r = atSales().run;
    const d = step(pb, r, ev.panel('s', 'decide', { stepId: 'sales-decision', value: 'yes' }, SAM), T);
    expect(d.codes).toContain('decision.not-allowed');
  });

  it("no: the ticket is closed (Won't Do), with no customer message", () => {
    const { run, commands } = decided('no');
    expect(run.variables.multiSite).toBe('no');
    expect(ofType(commands, 'transition')).toEqual([
      expect.objectContaining({ toStatus: 'Closed', resolution: "Won't Do" }),
    ]);
    expect(ofType(commands, 'assign')).toEqual([]);
    expect(ofType(commands, 'comment').every((c) => c.visibility === 'internal')).toBe(true);
    expect(run.state).toBe('completed');
    for (const id of ['back-to-queue', 'support-pickup', 'assign-support', 'hardware-key', 'tell-client'])
      expect(run.steps[id]).toMatchObject({ status: 'done', skipped: true });
  });

  it('yes: back to the unassigned queue, picked up by the next support person, set up, client told, resolved', () => {
    const yes = decided('yes');
    expect(ofType(yes.commands, 'assign')).toEqual([expect.objectContaining({ accountId: null })]);
    expect(textOf(ofType(yes.commands, 'comment')[0]!.body)).toContain('back in the unassigned queue');
    expect(yes.run.steps['close-not-needed']).toMatchObject({ skipped: true });
    const picked = completeAll(pb, yes.run, ['support-pickup'], T, PRIYA);
    expect(ofType(picked.commands, 'assign')).toEqual([expect.objectContaining({ accountId: PRIYA.accountId })]);
    let r: Run = completeAll(pb, picked.run, ['hardware-key'], T, PRIYA).run;
    const bare = step(pb, r, ev.panel('v', 'completeStep', { stepId: 'licence-visible' }, PRIYA), T);
    expect(bare.codes).toContain('task.evidence-missing');
    const done = step(
      pb,
      r,
      ev.panel('v', 'completeStep', { stepId: 'licence-visible', note: 'Seen under Harbour Controls in CV' }, PRIYA),
      T,
    );
    r = done.run;
    const [told] = ofType(done.commands, 'comment');
    expect(told?.visibility).toBe('public');
    expect(textOf(told!.body)).toContain('multi-site licence is set up');
    expect(ofType(done.commands, 'transition')).toEqual([
      expect.objectContaining({ toStatus: 'Resolved', resolution: 'Done' }),
    ]);
    expect(r.state).toBe('completed');
  });
});
