/** Turns playbook actions into commands: templates rendered, roles turned into people, tickets into references. */
import type { Action, IssueRefSpec, LocalizedText } from '../playbook';
import { renderTemplate } from '../template';
import type { CommandBody, IssueRef, Segment } from './commands';
import { assignCommand, participantsCommand } from './handoff';
import { registryAction } from './registries';
import type { Session } from './session';
import { inPlaybookLanguage, playbookName } from './texts';

export function templateScope(s: Session): Record<string, unknown> {
  const roles: Record<string, { name: string }> = {};
  for (const [name, person] of Object.entries(s.run.roles)) roles[name] = { name: person.displayName };
  return {
    ...s.run.variables,
    issue: { key: s.run.issueKey, summary: s.run.issue.summary },
    playbook: { name: playbookName(s.playbook) },
    roles,
  };
}

export type Rendered<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Rendered in the playbook's language: a `{ en, nb }` text gives the variant the playbook is written for. */
export function render(s: Session, source: LocalizedText, what: string): Rendered<string> {
  const r = renderTemplate(inPlaybookLanguage(s.playbook, source), templateScope(s));
  return r.ok ? { ok: true, value: r.value.trim() } : { ok: false, problems: [`${what}: ${r.message}`] };
}

export function issueRef(s: Session, spec: IssueRefSpec): IssueRef {
  return spec === 'this' ? s.thisIssue : s.linkedIn(spec.linked.project);
}

/** Mentions first, then the text: a user's words are never turned into a mention. */
export function commentBody(s: Session, mentions: readonly string[], text: string): Rendered<Segment[]> {
  const body: Segment[] = [];
  const problems: string[] = [];
  for (const role of mentions) {
    const person = s.run.roles[role];
    if (!person) problems.push(`role ${role} has nobody to mention`);
    else
      body.push(
        { type: 'mention', accountId: person.accountId, name: person.displayName },
        { type: 'text', text: ' ' },
      );
  }
  body.push({ type: 'text', text });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: body };
}

function one(s: Session, a: Action): Rendered<CommandBody[]> {
  switch (a.do) {
    case 'setFields': {
      const body: CommandBody & { type: 'setFields' } = {
        type: 'setFields',
        issue: issueRef(s, a.issue),
        selects: a.selects.map((x) => ({ fieldName: x.field, option: x.option })),
      };
      if (a.organization) {
        const name = render(s, a.organization.name, 'organization name');
        if (!name.ok) return name;
        if (name.value === '') return { ok: false, problems: ['the organization name is empty'] };
        body.organization = { name: name.value, createIfMissing: a.organization.createIfMissing };
      }
      if (a.requestType !== undefined) body.requestTypeName = a.requestType;
      if (a.reporter) {
        if ('email' in a.reporter) body.reporter = { email: a.reporter.email };
        else {
          const person = s.run.roles[a.reporter.role];
          if (!person) return { ok: false, problems: [`role ${a.reporter.role} has nobody to be reporter`] };
          body.reporter = { accountId: person.accountId };
        }
      }
      return { ok: true, value: [body] };
    }
    case 'addWatchers': {
      const missing = a.roles.filter((r) => !s.run.roles[r]);
      if (missing.length > 0)
        return { ok: false, problems: missing.map((r) => `role ${r} has nobody to add as watcher`) };
      const ids = [...new Set(a.roles.map((r) => s.run.roles[r]?.accountId ?? ''))];
      return {
        ok: true,
        value: ids.map((accountId) => ({ type: 'addWatcher', issue: issueRef(s, a.issue), accountId })),
      };
    }
    case 'comment': {
      const text = render(s, a.text, 'comment text');
      if (!text.ok) return text;
      const body = commentBody(s, a.mentions, text.value);
      if (!body.ok) return body;
      return {
        ok: true,
        value: [{ type: 'comment', issue: issueRef(s, a.issue), visibility: a.visibility, body: body.value }],
      };
    }
    case 'transition': {
      const cmd: CommandBody = { type: 'transition', issue: issueRef(s, a.issue), toStatus: a.to };
      return { ok: true, value: [a.resolution === undefined ? cmd : { ...cmd, resolution: a.resolution }] };
    }
    case 'createIssue': {
      const summary = render(s, a.summary, 'summary');
      if (!summary.ok) return summary;
      const cmd: CommandBody & { type: 'createIssue' } = {
        type: 'createIssue',
        project: a.project,
        issueType: a.issueType,
        summary: summary.value,
      };
      if (a.description !== undefined) {
        const description = render(s, a.description, 'description');
        if (!description.ok) return description;
        cmd.description = description.value;
      }
      if (a.link) cmd.link = { type: a.link.type, direction: a.link.direction, to: s.thisIssue };
      if (a.requestType !== undefined) cmd.requestTypeName = a.requestType;
      if (a.organization) {
        const name = render(s, a.organization.name, 'organization name');
        if (!name.ok) return name;
        if (name.value !== '') cmd.organization = { name: name.value, createIfMissing: a.organization.createIfMissing };
      }
      const reporter = newTicketReporter(s, a.reporter);
      if (!reporter.ok) return reporter;
      if (reporter.value) cmd.reporter = reporter.value;
      return { ok: true, value: [cmd] };
    }
    case 'notifyInterested':
      return registryAction(s, a, render, issueRef(s, a.issue));
    case 'updateRegistry':
      return registryAction(s, a, render, s.thisIssue);
    case 'assign':
      return assignCommand(s, a);
    case 'addParticipants':
      return participantsCommand(s, a);
    case 'setProperty':
      return {
        ok: true,
        value: [{ type: 'setProperty', issue: issueRef(s, a.issue), property: a.key, value: a.value }],
      };
  }
}

type NewReporter = { accountId: string } | { email: string };

/** The reporter of a ticket the run creates; the run's own reporter may be unknown (then the app raises it). */
function newTicketReporter(
  s: Session,
  spec: Extract<Action, { do: 'createIssue' }>['reporter'],
): Rendered<NewReporter | undefined> {
  if (spec === undefined) return { ok: true, value: undefined };
  if ('email' in spec) return { ok: true, value: { email: spec.email } };
  if ('role' in spec) {
    const person = s.run.roles[spec.role];
    if (!person) return { ok: false, problems: [`role ${spec.role} has nobody to be reporter`] };
    return { ok: true, value: { accountId: person.accountId } };
  }
  const own = s.run.issue.reporter;
  if (own?.accountId !== undefined) return { ok: true, value: { accountId: own.accountId } };
  if (own?.email !== undefined) return { ok: true, value: { email: own.email } };
  s.note('create.no-reporter', `${s.run.issueKey} has no known reporter: the new ticket is raised by the app`);
  return { ok: true, value: undefined };
}

/** All of the actions or none: a problem in one means no command at all (nothing half-applied). */
export function renderActions(s: Session, actions: readonly Action[]): Rendered<CommandBody[]> {
  const out: CommandBody[] = [];
  const problems: string[] = [];
  for (const a of actions) {
    const r = one(s, a);
    if (r.ok) out.push(...r.value);
    else problems.push(...r.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

export function internalNote(s: Session, text: string): CommandBody {
  return { type: 'comment', issue: s.thisIssue, visibility: 'internal', body: [{ type: 'text', text }] };
}
