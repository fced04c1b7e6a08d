/** What the run learns from ticket events: links, statuses and field values of its ticket and linked tickets. */
import type { EngineEvent } from './events';
import type { Session } from './session';

type Ev<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;

export function onLinkCreated(s: Session, e: Ev<'linkCreated'>): void {
  const known = s.run.links.find((l) => l.key === e.other.key);
  if (known) {
    if (e.other.status !== undefined) known.status = e.other.status;
    return s.note('link.known', `${e.other.key} was already known as linked`);
  }
  const tracked: Session['run']['links'][number] = {
    key: e.other.key,
    project: e.other.project,
    linkType: e.linkType,
    fields: {},
  };
  if (e.other.status !== undefined) tracked.status = e.other.status;
  s.run.links.push(tracked);
  s.note('link.tracked', `${e.other.key} (${e.other.project}) linked by "${e.linkType}"`);
}

export function onTicketUpdated(s: Session, e: Ev<'ticketUpdated'>): { descriptionChanged?: string } {
  const own = e.issue.key === s.run.issueKey;
  let target = own ? s.run.issue : s.run.links.find((l) => l.key === e.issue.key);
  if (!target) {
    // The shell routes a linked ticket's changes to the runs of the tickets it is linked to.
    const tracked = { key: e.issue.key, project: e.issue.project, fields: {} };
    s.run.links.push(tracked);
    target = tracked;
  }
  let descriptionChanged: string | undefined;
  for (const item of e.items) {
    const field = item.field.toLowerCase();
    if (field === 'status') {
      if (item.to !== null) target.status = item.to;
      s.note('status.changed', `${e.issue.key} is now ${item.to ?? '(none)'}`);
    } else if (field === 'description' && own) descriptionChanged = item.to ?? '';
    else if (field === 'summary' && own && item.to !== null) s.run.issue.summary = item.to;
    else if (item.to !== null) target.fields[item.field] = item.to;
    else delete target.fields[item.field];
  }
  return descriptionChanged === undefined ? {} : { descriptionChanged };
}
