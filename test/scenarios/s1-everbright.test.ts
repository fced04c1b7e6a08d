/** S1 EverBright partner onboarding through decide(): intake, the CS ticket, completion, exclusions, replay. */
import { matchPlaybook, textOf } from '../../src/domain/engine';
import {
  context,
  directory,
  emailDescription,
  ev,
  everbright,
  hours,
  mentionsOf,
  ofType,
  step,
  T0,
  ticket,
  toApproval,
} from './s1-fixtures';

const pb = everbright();

describe('S1 happy path', () => {
  it('intake sets organization, reporter, request type and the select in ONE edit, and adds the watchers', () => {
    const { run, commands, codes } = step(pb, undefined, ev.created(ticket('SS-1')), T0);
    const [edit, ...more] = ofType(commands, 'setFields');
    expect(more).toHaveLength(0);
    expect(edit).toMatchObject({
      issue: { key: 'SS-1' },
      organization: { name: 'Sunny Roofs Ltd', createIfMissing: true },
      requestTypeName: 'Company-specific Data Change',
      selects: [{ fieldName: 'Needs Configuration?', option: 'Integrated Finance' }],
      reporter: { accountId: 'acc-mailbox' },
    });
    expect(ofType(commands, 'addWatcher').map((c) => c.accountId)).toEqual(['acc-sam', 'acc-david']);
    expect(run?.variables).toEqual({ installerName: 'Sunny Roofs Ltd', installerEmail: 'ops@sunnyroofs.example' });
    expect(run?.stage).toBe('config-ticket');
    expect(run?.nextDueAt).toBe(hours(48).toISOString());
    expect(codes).toContain('role.lookup');
  });

  it('waits for the CS ticket, moves SS to Waiting for support when CS is On Hold, and asks David Ellis', () => {
    const created = step(pb, undefined, ev.created(ticket('SS-1')), T0).run;
    const linked = step(pb, created, ev.linked('l1', 'CS-7'), hours(1));
    expect(linked.run?.stage).toBe('configured');
    expect(linked.commands.filter((c) => c.type !== 'setRunSummary')).toEqual([]);
    const hold = step(pb, linked.run, ev.status('u1', 'CS-7', 'On Hold'), hours(5));
    expect(ofType(hold.commands, 'transition')).toEqual([
      expect.objectContaining({ issue: { key: 'SS-1' }, toStatus: 'Waiting for support' }),
    ]);
    const [ask] = ofType(hold.commands, 'comment');
    expect(ask?.visibility).toBe('internal');
    expect(mentionsOf(ask!)).toEqual(['acc-david']);
    expect(textOf(ask!.body)).toContain('May we push them live?');
    expect(hold.run?.stage).toBe('go-live-approval');
    expect(hold.run?.nextDueAt).toBe(hours(29).toISOString());
    expect(hold.run?.steps['go-live-approval']?.dueAt).toBe(hours(5 + 96).toISOString());
  });

  it('on approval puts CS back to To Do; when CS is Done tells James and David, and resolves SS', () => {
    const asked = toApproval(pb);
    const ok = step(pb, asked, ev.comment('c1', 'SS-1', 'acc-david', 'Approved, go ahead.'), hours(8));
    expect(ofType(ok.commands, 'transition')).toEqual([
      expect.objectContaining({ issue: { key: 'CS-7' }, toStatus: 'To Do' }),
    ]);
    expect(ok.run?.steps['go-live-approval']?.approval?.answer).toMatchObject({
      decision: 'approve',
      channel: 'comment',
      byName: 'David Ellis',
    });
    const done = step(pb, ok.run, ev.status('u2', 'CS-7', 'Done'), hours(30));
    expect(ofType(done.commands, 'transition').map((c) => [c.issue, c.toStatus, c.resolution])).toEqual([
      [{ key: 'SS-1' }, 'Waiting for support', undefined],
      [{ key: 'SS-1' }, 'Resolved', 'Done'],
    ]);
    const [note] = ofType(done.commands, 'comment');
    expect(mentionsOf(note!)).toEqual(['acc-james', 'acc-david']);
    expect(textOf(note!.body)).toContain('the products are live');
    expect(done.run?.state).toBe('completed');
    expect(done.run?.nextDueAt).toBeUndefined();
    expect(done.run?.attention).toEqual([]);
  });

  it('never writes a public comment', () => {
    const asked = toApproval(pb);
    const all = [
      ...step(pb, asked, ev.panel('p1', 'customerCommunicationNeeded'), hours(6)).commands,
      ...step(pb, asked, ev.comment('c1', 'SS-1', 'acc-david', 'declined'), hours(6)).commands,
    ];
    expect(ofType(all, 'comment').every((c) => c.visibility === 'internal')).toBe(true);
  });

  it('marks the run needs-attention when no CS ticket appears within 2 days, and clears it when one does', () => {
    const created = step(pb, undefined, ev.created(ticket('SS-1')), T0).run;
    expect(step(pb, created, ev.tick('t1'), hours(47)).run).toBe(created);
    const late = step(pb, created, ev.tick('t2'), hours(48));
    expect(late.run?.attention.map((a) => a.code)).toEqual(['wait.timeout']);
    const linked = step(pb, late.run, ev.linked('l1', 'CS-9'), hours(50));
    expect(linked.run?.attention).toEqual([]);
  });
});

describe('S1 bad intake', () => {
  it('missing email: one internal comment naming exactly what is missing, needs attention, no field writes', () => {
    const issue = ticket('SS-4', { description: emailDescription('Sunny Roofs Ltd', undefined) });
    const { run, commands } = step(pb, undefined, ev.created(issue), T0);
    expect(commands.map((c) => c.type)).toEqual(['comment', 'setRunSummary']);
    const text = textOf(ofType(commands, 'comment')[0]!.body);
    expect(text).toContain('Contractor Installer contact email');
    expect(text).not.toContain('Contractor Installer name is');
    expect(run?.attention.map((a) => a.code)).toEqual(['intake.invalid']);
    expect(run?.stage).toBe('intake');
    expect(Object.values(run?.steps ?? {}).every((s) => s.status === 'pending')).toBe(true);

    const fixed = ticket('SS-4', { description: emailDescription('Sunny Roofs Ltd', 'ops@sunnyroofs.example') });
    const again = step(pb, run, ev.panel('p1', 'startByHand', { issue: fixed }), hours(1));
    expect(ofType(again.commands, 'setFields')).toHaveLength(1);
    expect(again.run?.attention).toEqual([]);
  });

  it('reads the intake from the description as Jira stores it (ADF)', () => {
    const para = (...texts: string[]) => ({
      type: 'paragraph',
      content: texts.flatMap((text, i) =>
        i === 0 ? [{ type: 'text', text }] : [{ type: 'hardBreak' }, { type: 'text', text }],
      ),
    });
    const adf = {
      type: 'doc',
      version: 1,
      content: [
        para('Hi,'),
        para('Contractor Installer name:', 'Sunny Roofs Ltd'),
        para('Contractor Installer contact email: OPS@sunnyroofs.example'),
      ],
    };
    const { run } = step(pb, undefined, ev.created(ticket('SS-6', { description: adf })), T0);
    expect(run?.variables).toEqual({ installerName: 'Sunny Roofs Ltd', installerEmail: 'ops@sunnyroofs.example' });
    expect(run?.attention).toEqual([]);
  });

  it('an organization without an account manager gets the default one, and the trace says so', () => {
    const issue = ticket('SS-5', { description: emailDescription('Brand New Solar', 'hi@brandnew.example') });
    const { run, commands, codes } = step(pb, undefined, ev.created(issue), T0);
    expect(ofType(commands, 'addWatcher').map((c) => c.accountId)).toEqual(['acc-dana', 'acc-david']);
    expect(run?.roles.accountManager?.displayName).toBe('Dana Default');
    expect(codes).toContain('role.default');
  });
});

describe('S1 matching, replay and panel', () => {
  it('starts on the onboarding subject, never on RE:/FW: subjects or on mail from the approver', () => {
    expect(matchPlaybook([pb], ticket('SS-1'), directory).kind).toBe('match');
    for (const summary of [
      'RE: EverBright Partner Onboarding',
      'FW: EverBright Partner Onboarding',
      'Fwd: EverBright Partner Onboarding',
      'SV: EverBright Partner Onboarding',
      'VS: EverBright Partner Onboarding',
    ]) {
      const m = matchPlaybook([pb], ticket('SS-2', { summary }), directory);
      expect(m.kind).toBe('none');
      expect(m.trace[0]?.message).toContain('reply or forward');
    }
    const fromDavid = matchPlaybook(
      [pb],
      ticket('SS-3', { reporter: { email: 'David.Ellis@goeverbright.com' } }),
      directory,
    );
    expect(fromDavid.kind).toBe('none');
    expect(matchPlaybook([pb], ticket('SS-3', { project: 'CS' }), directory).kind).toBe('none');
  });

  it('the same event on the same run yields the same commands and keys', () => {
    const asked = toApproval(pb);
    const a = step(pb, asked, ev.tick('tick-1'), hours(29));
    const b = step(pb, asked, ev.tick('tick-1'), hours(29));
    expect(a.commands.length).toBeGreaterThan(0);
    expect(b.commands).toEqual(a.commands);
    expect(new Set(a.commands.map((c) => c.key)).size).toBe(a.commands.length);
  });

  it('ignores events the app caused itself (hop guard)', () => {
    const asked = toApproval(pb);
    const own = step(pb, asked, ev.status('u9', 'CS-7', 'Done', context.appAccountId), hours(6));
    expect(own).toEqual({ run: asked, commands: [], codes: ['hop.ignored'] });
  });

  it('customer communication needed: an internal note tagging the account manager and David Ellis', () => {
    const asked = toApproval(pb);
    const { commands, run } = step(pb, asked, ev.panel('p7', 'customerCommunicationNeeded'), hours(6));
    const [note] = ofType(commands, 'comment');
    expect(note?.visibility).toBe('internal');
    expect(mentionsOf(note!)).toEqual(['acc-sam', 'acc-david']);
    expect(textOf(note!.body)).toContain('Customer communication is needed for Sunny Roofs Ltd');
    expect(run?.stage).toBe('go-live-approval');
  });
});
