/** S1 approval through decide(): the chase ladder, escalation, decline, and answers by comment, panel and email. */
import type { Run } from '../../src/domain/engine';
import { matchAnswerTicket, matchPlaybook, textOf } from '../../src/domain/engine';
import { context, directory, ev, everbright, hours, mentionsOf, ofType, step, ticket, toApproval } from './s1-fixtures';

const pb = everbright();
const ASKED = hours(5); // toApproval asks when CS-7 goes On Hold

describe('S1 chase ladder', () => {
  it('chases after 24h, every 24h, at most 3 times, then escalates to the fallback, who may answer', () => {
    let run: Run | undefined = toApproval(pb);
    expect(step(pb, run, ev.tick('t0'), hours(23, ASKED)).run).toBe(run);
    const rungs: { mentions: string[]; slack: string[] }[] = [];
    for (const h of [24, 48, 72, 96]) {
      const r = step(pb, run, ev.tick(`t${h}`), hours(h, ASKED));
      rungs.push({
        mentions: ofType(r.commands, 'comment').flatMap(mentionsOf),
        slack: ofType(r.commands, 'slack').map((c) => c.mention),
      });
      run = r.run;
    }
    expect(rungs).toEqual([
      { mentions: ['acc-david'], slack: ['U0DAVID01'] },
      { mentions: ['acc-david'], slack: ['U0DAVID01'] },
      { mentions: ['acc-david'], slack: ['U0DAVID01'] },
      { mentions: ['acc-fiona'], slack: ['U0FIONA01'] },
    ]);
    const approval = run?.steps['go-live-approval']?.approval;
    expect(approval?.chases).toHaveLength(3);
    expect(approval?.escalatedAt).toBe(hours(96, ASKED).toISOString());
    expect(run?.nextDueAt).toBeUndefined();
    expect(step(pb, run, ev.tick('t120'), hours(120, ASKED)).commands).toEqual([]);

    const fiona = step(pb, run, ev.comment('c1', 'SS-1', 'acc-fiona', 'Yes - approve, push live.'), hours(100, ASKED));
    expect(fiona.run?.steps['go-live-approval']?.approval?.answer).toMatchObject({
      decision: 'approve',
      byName: 'Fiona Fallback',
    });
    expect(ofType(fiona.commands, 'transition')).toEqual([
      expect.objectContaining({ issue: { key: 'CS-7' }, toStatus: 'To Do' }),
    ]);
  });

  it('a scheduler that was down catches up one rung per tick, and chases skip Slack without a webhook', () => {
    const run = toApproval(pb);
    const late = step(pb, run, ev.tick('late'), hours(80, ASKED), { ...context, slackConfigured: false });
    expect(late.run?.steps['go-live-approval']?.approval?.chases).toHaveLength(1);
    expect(ofType(late.commands, 'slack')).toEqual([]);
    expect(late.codes).toContain('slack.skipped');
    expect(late.run?.nextDueAt).toBe(hours(48, ASKED).toISOString());
  });

  it('an answer stops the chasing', () => {
    const run = step(pb, toApproval(pb), ev.comment('c1', 'SS-1', 'acc-david', 'approved'), hours(10)).run;
    expect(step(pb, run, ev.tick('t'), hours(24 * 10)).commands).toEqual([]);
  });
});

describe('S1 answers', () => {
  it('decline: a note to the account manager and the approver, CS stays On Hold, the run needs attention', () => {
    const { run, commands } = step(
      pb,
      toApproval(pb),
      ev.comment('c1', 'SS-1', 'acc-david', 'Not approved yet, hold off please'),
      hours(8),
    );
    expect(ofType(commands, 'transition')).toEqual([]);
    const [note] = ofType(commands, 'comment');
    expect(mentionsOf(note!)).toEqual(['acc-sam', 'acc-david']);
    expect(textOf(note!.body)).toContain('was declined');
    expect(run?.attention.map((a) => a.code)).toEqual(['approval.declined']);
    expect(run?.steps['push-live']?.status).toBe('pending');
    expect(run?.state).toBe('active');
  });

  it('an email reply that quotes the question is read by its own words only', () => {
    const reply = [
      'Yes, go ahead.',
      '',
      'David Ellis',
      '',
      'On Mon, 2 Mar 2026 at 14:00, Support <support@example.com> wrote:',
      '> May we push them live? Reply "approve" or "decline" here.',
    ].join('\n');
    const { run } = step(pb, toApproval(pb), ev.comment('c1', 'SS-1', 'acc-david', reply), hours(8));
    expect(run?.steps['go-live-approval']?.approval?.answer?.decision).toBe('approve');
  });

  it('comments by others, or by David without an answer, change nothing', () => {
    const run = toApproval(pb);
    expect(step(pb, run, ev.comment('c1', 'SS-1', 'acc-agent', 'approved'), hours(8)).run).toBe(run);
    expect(step(pb, run, ev.comment('c2', 'SS-1', 'acc-david', 'Will look tomorrow'), hours(8)).run).toBe(run);
  });

  it('by panel: recorded with who and the note, then CS goes back to To Do', () => {
    const { run, commands } = step(
      pb,
      toApproval(pb),
      ev.panel('p1', 'approve', { note: 'David said yes on the phone' }),
      hours(8),
    );
    expect(run?.steps['go-live-approval']?.approval?.answer).toMatchObject({
      decision: 'approve',
      channel: 'panel',
      byAccountId: 'acc-agent',
      note: 'David said yes on the phone',
    });
    expect(textOf(ofType(commands, 'comment')[0]!.body)).toContain('Alex Agent recorded in the panel: approved');
    expect(ofType(commands, 'transition').map((c) => c.toStatus)).toEqual(['To Do']);
  });

  it('by duplicate ticket: links it as duplicating SS-1, closes it as Duplicate, and applies the answer', () => {
    const run = toApproval(pb);
    const email = ticket('SS-2', {
      summary: 'Go live',
      description: 'Hi, Sunny Roofs Ltd is approved to go live.\n\nDavid',
      reporter: { email: 'david.ellis@goeverbright.com' },
    });
    expect(matchAnswerTicket(email, [run], directory)).toEqual({ kind: 'answer', runId: run.id });
    expect(matchPlaybook([pb], email, directory).kind).toBe('none');
    const r = step(pb, run, { id: 'a1', type: 'answerTicket', ticket: email }, hours(9));
    expect(ofType(r.commands, 'link')).toEqual([
      expect.objectContaining({ linkType: 'Duplicate', inward: { key: 'SS-2' }, outward: { key: 'SS-1' } }),
    ]);
    expect(ofType(r.commands, 'transition').map((c) => [c.issue, c.toStatus, c.resolution])).toEqual([
      [{ key: 'SS-2' }, 'Resolved', 'Duplicate'],
      [{ key: 'CS-7' }, 'To Do', undefined],
    ]);
    expect(r.run?.steps['go-live-approval']?.approval?.answer).toMatchObject({
      channel: 'duplicateTicket',
      ticketKey: 'SS-2',
    });
  });

  it('an email naming two pending onboardings is ambiguous: nothing guessed, both runs need attention', () => {
    const first = toApproval(pb, ticket('SS-1'), 'CS-7');
    const second = toApproval(
      pb,
      ticket('SS-3', {
        description: 'Contractor Installer name: Bright Homes\nContractor Installer contact email: a@bright.example',
      }),
      'CS-8',
    );
    const email = ticket('SS-9', {
      summary: 'Approved',
      description: 'Approved for SS-1 and SS-3.',
      reporter: { accountId: 'acc-david' },
    });
    const m = matchAnswerTicket(email, [first, second], directory);
    expect(m).toEqual({ kind: 'ambiguous', runIds: [first.id, second.id] });
    for (const run of [first, second]) {
      const r = step(
        pb,
        run,
        { id: 'a2', type: 'answerTicket', ticket: email, ambiguousWith: [first.id, second.id] },
        hours(9),
      );
      expect(r.commands.filter((c) => c.type !== 'setRunSummary')).toEqual([]);
      expect(r.run?.attention.map((a) => a.code)).toEqual(['answer.ambiguous']);
      expect(r.run?.steps['go-live-approval']?.approval?.answer).toBeUndefined();
      const settled = step(pb, r.run, ev.panel('p1', 'approve', { note: 'SS-9 was about this one' }), hours(10));
      expect(settled.run?.attention).toEqual([]);
    }
  });

  it('a new ticket from someone else, or naming no pending run, is not an answer', () => {
    const run = toApproval(pb);
    const fromOther = ticket('SS-4', { summary: 'Sunny Roofs Ltd approved', reporter: { accountId: 'acc-partner' } });
    expect(matchAnswerTicket(fromOther, [run], directory)).toEqual({ kind: 'none' });
    const unrelated = ticket('SS-5', {
      summary: 'Lunch?',
      description: 'Free at noon?',
      reporter: { accountId: 'acc-david' },
    });
    expect(matchAnswerTicket(unrelated, [run], directory)).toEqual({ kind: 'none' });
  });
});
