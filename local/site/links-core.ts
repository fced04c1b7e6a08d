// Issue links. The POST's inwardIssue is the link's source ("A duplicates B" for inwardIssue A, outwardIssue B).
import type { IssueLink, IssueLinkType } from './model';
import type { Store } from './store';
import { recordChange } from './issues-core';

export function createLink(
  store: Store,
  actorId: string,
  type: IssueLinkType,
  inwardId: string,
  outwardId: string,
): IssueLink {
  const existing = store.data.links.find(
    (l) => l.typeId === type.id && l.inwardIssueId === inwardId && l.outwardIssueId === outwardId,
  );
  if (existing) return existing;
  const link: IssueLink = { id: store.nextId(), typeId: type.id, inwardIssueId: inwardId, outwardIssueId: outwardId };
  store.data.links.push(link);
  store.emit({
    type: 'avi:jira:created:issuelink',
    actorAccountId: actorId,
    link: { id: link.id, sourceIssueId: inwardId, destinationIssueId: outwardId, typeName: type.name },
  });
  // Jira Cloud also records the link in both issues' history ("Link"), and those are issue updates.
  const source = store.issueById(inwardId);
  const destination = store.issueById(outwardId);
  const item = (other: typeof source, text: string) => ({
    field: 'Link',
    fieldId: 'issuelinks',
    fieldtype: 'jira',
    from: null,
    fromString: null,
    to: other.key,
    toString: `This issue ${text} ${other.key}`,
  });
  recordChange(store, source, actorId, [item(destination, type.outward)]);
  recordChange(store, destination, actorId, [item(source, type.inward)]);
  return link;
}

export function findLinkType(store: Store, ref: { id?: string; name?: string } | undefined): IssueLinkType | undefined {
  return store.data.linkTypes.find((t) => t.id === ref?.id || t.name === ref?.name);
}
