// Issue links. The POST's inwardIssue is the link's source ("A duplicates B" for inwardIssue A, outwardIssue B).
import type { IssueLink, IssueLinkType } from './model';
import type { Store } from './store';

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
  const now = store.now();
  store.issueById(inwardId).updated = now;
  store.issueById(outwardId).updated = now;
  store.emit({
    type: 'avi:jira:created:issuelink',
    actorAccountId: actorId,
    link: { id: link.id, sourceIssueId: inwardId, destinationIssueId: outwardId, typeName: type.name },
  });
  return link;
}

export function findLinkType(store: Store, ref: { id?: string; name?: string } | undefined): IssueLinkType | undefined {
  return store.data.linkTypes.find((t) => t.id === ref?.id || t.name === ref?.name);
}
