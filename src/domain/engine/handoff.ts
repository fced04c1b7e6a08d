/** Queue hand-offs as commands: assign to a role's person or to whoever did a task, unassign; request participants. */
import type { Action } from '../playbook';
import type { CommandBody } from './commands';
import { issueRef, render, type Rendered } from './render';
import type { Session } from './session';

type Assign = Extract<Action, { do: 'assign' }>;
type Participants = Extract<Action, { do: 'addParticipants' }>;

export function assignCommand(s: Session, a: Assign): Rendered<CommandBody[]> {
  const issue = issueRef(s, a.issue);
  if (a.to === 'unassigned') return { ok: true, value: [{ type: 'assign', issue, accountId: null }] };
  if ('role' in a.to) {
    const person = s.run.roles[a.to.role];
    if (!person) return { ok: false, problems: [`role ${a.to.role} has nobody to assign the ticket to`] };
    return { ok: true, value: [{ type: 'assign', issue, accountId: person.accountId }] };
  }
  const done = s.run.steps[a.to.doneBy]?.completion?.byAccountId;
  if (done === undefined)
    return { ok: false, problems: [`nobody is recorded as having done ${a.to.doneBy}: assign the ticket by hand`] };
  return { ok: true, value: [{ type: 'assign', issue, accountId: done }] };
}

export function participantsCommand(s: Session, a: Participants): Rendered<CommandBody[]> {
  const emails: string[] = [];
  for (const source of a.emails) {
    const r = render(s, source, 'participant email');
    if (!r.ok) return r;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r.value))
      return { ok: false, problems: [`'${r.value}' is not an email address to add as a request participant`] };
    emails.push(r.value.toLowerCase());
  }
  return { ok: true, value: [{ type: 'addParticipants', issue: issueRef(s, a.issue), emails: [...new Set(emails)] }] };
}
