/** S4 Digipost sender onboarding through decide(): gate, launch-plan branch, SLA on the Oslo calendar, two sign-offs. */
import { matchPlaybook, textOf } from '../../src/domain/engine';
import type { Run } from '../../src/domain/engine';
import { AGENT, DINA, MON, SIRI, VENDOR, context, digipost, ev, ofType, step, ticket } from './s4-fixtures';

const pb = digipost();

/** Created Monday 10:00 Oslo, agreement recorded at 11:00, the review decided at 12:00 (Oslo time). */
function toConfiguration(plan: 'direct' | 'needed' = 'direct'): Run {
  let r = step(pb, undefined, ev.created(), MON).run;
  r = step(
    pb,
    r,
    ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'Signert avtale i arkiv' }, SIRI),
    '2026-03-02T10:00:00.000Z',
  ).run;
  return step(
    pb,
    r,
    ev.panel('p2', 'decide', { stepId: 'launch-review', value: plan }, DINA),
    '2026-03-02T11:00:00.000Z',
  ).run;
}

function toVerification(): Run {
  return step(
    pb,
    toConfiguration(),
    ev.panel('p3', 'completeStep', { stepId: 'configuration' }, AGENT),
    '2026-03-03T08:00:00.000Z',
  ).run;
}

describe('S4 matching and the gate', () => {
  it('a request through the vendor matches the built-in playbook', () => {
    expect(matchPlaybook([pb], ticket(), context.directory)).toMatchObject({ kind: 'match' });
  });

  it('the request is noted for sales; nothing is configured before the signed agreement is recorded', () => {
    const { run, commands } = step(pb, undefined, ev.created(), MON);
    const [note] = ofType(commands, 'comment');
    expect(note?.visibility).toBe('internal');
    expect(textOf(note!.body)).toContain('Ingenting konfigureres før signert');
    expect(run.variables).toMatchObject({ business: 'Fjordkraft AS', system: 'HRPlus' });
    expect(run.issue.reporter).toMatchObject({ accountId: VENDOR.accountId });
    expect(run.steps['agreement-signed']?.status).toBe('active');
    expect(run.steps.configuration?.status).toBe('pending');
    // Marking configuration done now is refused: the step has not started.
    const early = step(pb, run, ev.panel('x', 'completeStep', { stepId: 'configuration' }), '2026-03-02T09:30:00.000Z');
    expect(early.codes).toContain('panel.no-such-step');
    expect(early.run.steps.configuration?.status).toBe('pending');
  });

  it('recording the agreement needs a note of the evidence', () => {
    const r = step(pb, undefined, ev.created(), MON).run;
    const bare = step(pb, r, ev.panel('p1', 'completeStep', { stepId: 'agreement-signed' }, SIRI), MON);
    expect(bare.codes).toContain('task.evidence-missing');
    expect(bare.run.steps['agreement-signed']?.status).toBe('active');
    const outsider = step(pb, r, ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'ok' }), MON);
    expect(outsider.codes).toContain('task.not-allowed');
    const ok = step(
      pb,
      r,
      ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'Mottatt 2/3' }, SIRI),
      MON,
    );
    expect(ok.run.steps['agreement-signed']).toMatchObject({
      status: 'done',
      completion: { byAccountId: SIRI.accountId, note: 'Mottatt 2/3' },
    });
    expect(ok.run.steps['launch-review']?.status).toBe('active');
  });
});

describe('S4 launch-plan review (a branch)', () => {
  it('straight on: the launch plan is skipped and configuration starts with its SLA', () => {
    const run = toConfiguration('direct');
    expect(run.variables.launchPlan).toBe('direct');
    expect(run.steps['launch-plan']).toMatchObject({ status: 'done', skipped: true });
    // Started Monday 12:00 Oslo: at risk after one business day, breached after two (Wednesday 12:00 Oslo).
    expect(run.steps.configuration?.sla).toEqual({
      state: 'ok',
      warnAt: '2026-03-03T11:00:00.000Z',
      dueAt: '2026-03-04T11:00:00.000Z',
    });
    expect(run.nextDueAt).toBe('2026-03-03T11:00:00.000Z');
  });

  it('needs a plan: configuration waits for the plan', () => {
    const run = toConfiguration('needed');
    expect(run.steps['launch-plan']?.status).toBe('active');
    expect(run.steps.configuration?.status).toBe('pending');
    const planned = step(pb, run, ev.panel('p', 'completeStep', { stepId: 'launch-plan' }), '2026-03-05T09:00:00.000Z');
    expect(planned.run.steps.configuration?.status).toBe('active');
  });

  it('an answer that is not an option changes nothing', () => {
    const r = step(pb, undefined, ev.created(), MON).run;
    const gated = step(
      pb,
      r,
      ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'ok' }, SIRI),
      MON,
    ).run;
    const wrong = step(pb, gated, ev.panel('p2', 'decide', { stepId: 'launch-review', value: 'maybe' }, DINA), MON);
    expect(wrong.codes).toContain('decision.unknown-option');
    expect(wrong.run.steps['launch-review']?.status).toBe('active');
  });
});

describe('S4 configuration SLA (1-2 business days, Europe/Oslo)', () => {
  it('turns at risk, then breached once: attention and one internal note to Digipost', () => {
    const run = toConfiguration();
    const risk = step(pb, run, ev.tick('t1'), '2026-03-03T12:00:00.000Z');
    expect(risk.run.steps.configuration?.sla?.state).toBe('at-risk');
    expect(risk.run.attention).toEqual([]);
    const breach = step(pb, risk.run, ev.tick('t2'), '2026-03-04T11:30:00.000Z');
    expect(breach.run.steps.configuration?.sla).toMatchObject({
      state: 'breached',
      breachedAt: '2026-03-04T11:30:00.000Z',
    });
    expect(breach.run.attention.map((a) => a.code)).toEqual(['sla.breached']);
    const [note] = ofType(breach.commands, 'comment');
    expect(note?.visibility).toBe('internal');
    expect(note?.body[0]).toMatchObject({ type: 'mention', accountId: DINA.accountId });
    expect(ofType(breach.commands, 'setRunSummary')[0]?.summary.attention).toEqual(['sla.breached']);
    const again = step(pb, breach.run, ev.tick('t3'), '2026-03-05T11:30:00.000Z');
    expect(ofType(again.commands, 'comment')).toEqual([]);
    // Done late: the breach stays on record, the attention goes.
    const done = step(
      pb,
      again.run,
      ev.panel('d', 'completeStep', { stepId: 'configuration' }),
      '2026-03-05T12:00:00.000Z',
    );
    expect(done.run.steps.configuration?.sla).toMatchObject({ state: 'breached', final: true });
    expect(done.run.attention).toEqual([]);
  });

  it('counts business days only: started Friday, due Tuesday', () => {
    let r = step(pb, undefined, ev.created(), '2026-03-06T08:00:00.000Z').run;
    r = step(
      pb,
      r,
      ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'ok' }, SIRI),
      '2026-03-06T09:00:00.000Z',
    ).run;
    r = step(
      pb,
      r,
      ev.panel('p2', 'decide', { stepId: 'launch-review', value: 'direct' }, DINA),
      '2026-03-06T13:00:00.000Z',
    ).run;
    expect(r.steps.configuration?.sla?.dueAt).toBe('2026-03-10T13:00:00.000Z');
    const monday = step(pb, r, ev.tick('t'), '2026-03-09T15:00:00.000Z');
    expect(monday.run.steps.configuration?.sla?.state).toBe('at-risk');
  });
});

describe('S4 verification: two sign-offs, both required', () => {
  it("Digipost's sign-off only by the Digipost person, never waived; a missing one blocks the launch", () => {
    const run = toVerification();
    expect(run.steps.verification?.status).toBe('active');
    const agent = step(
      pb,
      run,
      ev.panel('s1', 'signOff', { stepId: 'verification', party: 'digipost', note: 'ok' }),
      '2026-03-03T09:00:00.000Z',
    );
    expect(agent.codes).toContain('signoff.not-allowed');
    const waive = step(
      pb,
      run,
      ev.panel('s2', 'waive', { stepId: 'verification', party: 'digipost', note: 'hast' }),
      '2026-03-03T09:00:00.000Z',
    );
    expect(waive.codes).toContain('signoff.not-waivable');
    const vendor = step(
      pb,
      run,
      ev.comment('c1', VENDOR, 'Hei! Oppsettet er verifisert hos oss.'),
      '2026-03-03T09:00:00.000Z',
    );
    expect(vendor.run.steps.verification?.signoffs?.vendor).toMatchObject({ how: 'reporterComment', commentId: 'c1' });
    expect(vendor.run.steps.verification?.status).toBe('active');
    expect(vendor.run.steps.launch?.status).toBe('pending');
    expect(ofType(vendor.commands, 'comment')).toEqual([]);
  });

  it('the vendor signs by own comment, Digipost in the panel: the launch message goes public to the reporter', () => {
    let r = toVerification();
    const stranger = step(
      pb,
      r,
      ev.comment('c0', { accountId: 'acc-other' }, 'verifisert'),
      '2026-03-03T09:00:00.000Z',
    );
    expect(stranger.run.steps.verification?.signoffs).toBeUndefined();
    r = step(pb, r, ev.comment('c1', VENDOR, 'Verifisert fra vår side.'), '2026-03-03T09:00:00.000Z').run;
    const last = step(
      pb,
      r,
      ev.panel('s', 'signOff', { stepId: 'verification', party: 'digipost' }, DINA),
      '2026-03-03T10:00:00.000Z',
    );
    expect(last.run.steps.verification?.signoffs?.digipost).toMatchObject({
      how: 'panel',
      byAccountId: DINA.accountId,
    });
    const [launch] = ofType(last.commands, 'comment');
    expect(launch?.visibility).toBe('public');
    expect(launch?.stepId).toBe('launch');
    expect(textOf(launch!.body)).toContain('Fjordkraft AS kan nå ta i bruk Digipost i HRPlus i full skala');
    expect(last.run.state).toBe('completed');
    expect(last.run.steps.verification?.sla).toMatchObject({ state: 'ok', final: true });
  });

  it("an agent may record the vendor's sign-off, with a note of the evidence", () => {
    const run = toVerification();
    const bare = step(
      pb,
      run,
      ev.panel('s1', 'signOff', { stepId: 'verification', party: 'vendor' }),
      '2026-03-03T09:00:00.000Z',
    );
    expect(bare.codes).toContain('signoff.evidence-missing');
    const ok = step(
      pb,
      run,
      ev.panel('s1', 'signOff', { stepId: 'verification', party: 'vendor', note: 'E-post fra Vera 3/3' }),
      '2026-03-03T09:00:00.000Z',
    );
    expect(ok.run.steps.verification?.signoffs?.vendor).toMatchObject({ how: 'recorded', note: 'E-post fra Vera 3/3' });
  });

  it('only the launch step sends a public comment in the whole run', () => {
    const created = step(pb, undefined, ev.created(), MON);
    const gate = ev.panel('p1', 'completeStep', { stepId: 'agreement-signed', note: 'ok' }, SIRI);
    const gated = step(pb, created.run, gate, MON);
    const review = ev.panel('p2', 'decide', { stepId: 'launch-review', value: 'needed' }, DINA);
    const reviewed = step(pb, gated.run, review, MON);
    const planned = step(pb, reviewed.run, ev.panel('p3', 'completeStep', { stepId: 'launch-plan' }), MON);
    const configured = step(pb, planned.run, ev.panel('p4', 'completeStep', { stepId: 'configuration' }), MON);
    const vendor = step(pb, configured.run, ev.comment('c1', VENDOR, 'verified'), MON);
    const signoff = ev.panel('s', 'signOff', { stepId: 'verification', party: 'digipost' }, DINA);
    const done = step(pb, vendor.run, signoff, MON);
    const all = [created, gated, reviewed, planned, configured, vendor, done].flatMap((x) => x.commands);
    expect(
      ofType(all, 'comment')
        .filter((c) => c.visibility === 'public')
        .map((c) => c.stepId),
    ).toEqual(['launch']);
    expect(done.run.state).toBe('completed');
  });
});

describe('S4 cancellation', () => {
  it('one internal summary comment in Norwegian, no timers left', () => {
    const run = toConfiguration('direct');
    const c = step(
      pb,
      run,
      ev.panel('x', 'cancel', { note: 'Virksomheten trakk seg' }, DINA),
      '2026-03-03T08:00:00.000Z',
    );
    const comments = ofType(c.commands, 'comment');
    expect(comments).toHaveLength(1);
    expect(comments[0]?.visibility).toBe('internal');
    expect(textOf(comments[0]!.body)).toContain(
      'Dina Digipost avbrøt Digipost – ny avsender via integrert system: Virksomheten trakk seg',
    );
    expect(textOf(comments[0]!.body)).toContain('Hoppet over: Lanseringsplan og rekruttering av mottakere avtalt.');
    expect(c.run).toMatchObject({ state: 'cancelled' });
    expect(c.run.nextDueAt).toBeUndefined();
  });
});
