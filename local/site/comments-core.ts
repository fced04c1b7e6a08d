// Comments: internal or public (the sd.public.comment property), who sees them, who gets notified.
import type { Adf, Comment, Issue } from './model';
import type { Store } from './store';
import { userRef } from './field-values';
import { adfToText } from './adf';
import { notifyCustomers } from './outbox';

export const PUBLIC_PROPERTY = 'sd.public.comment';

export function isInternal(c: Comment): boolean {
  const v = c.properties[PUBLIC_PROPERTY] as { internal?: unknown } | undefined;
  return v?.internal === true || v?.internal === 'true';
}

export function addComment(
  store: Store,
  issue: Issue,
  actorId: string,
  body: Adf,
  properties: Record<string, unknown> = {},
): Comment {
  const now = store.now();
  const comment: Comment = {
    id: store.nextId(),
    issueId: issue.id,
    author: actorId,
    body,
    created: now,
    updated: now,
    properties,
  };
  store.data.comments.push(comment);
  issue.updated = now;
  const project = store.projectOf(issue);
  if (project.projectTypeKey === 'service_desk' && !isInternal(comment)) {
    const recipients = [issue.reporter, ...issue.participants].filter((id): id is string => !!id && id !== actorId);
    notifyCustomers(store, issue, recipients, 'public-comment', `[${issue.key}] ${issue.summary}`, adfToText(body));
  }
  store.emit({
    type: 'avi:jira:commented:issue',
    actorAccountId: actorId,
    issueId: issue.id,
    issueKey: issue.key,
    commentId: comment.id,
  });
  return comment;
}

/** Customers (portal view) never see internal comments; agents see all. */
export function visibleComments(store: Store, issue: Issue, _viewer: string | null, customerView: boolean): Comment[] {
  return store.data.comments.filter((c) => c.issueId === issue.id && !(customerView && isInternal(c)));
}

export function renderComment(store: Store, c: Comment, baseUrl: string, withProperties = false) {
  const issue = store.issueById(c.issueId);
  const sd = store.projectOf(issue).projectTypeKey === 'service_desk';
  return {
    self: `${baseUrl}/rest/api/3/issue/${c.issueId}/comment/${c.id}`,
    id: c.id,
    author: userRef(store, c.author, baseUrl),
    body: c.body,
    updateAuthor: userRef(store, c.author, baseUrl),
    created: c.created.replace(/Z$/, '+0000'),
    updated: c.updated.replace(/Z$/, '+0000'),
    ...(sd ? { jsdPublic: !isInternal(c) } : {}),
    ...(withProperties ? { properties: Object.entries(c.properties).map(([key, value]) => ({ key, value })) } : {}),
  };
}
